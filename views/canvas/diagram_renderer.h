#pragma once

#include <QRectF>
#include <QString>

namespace scalelab {

class CanvasScene;

/// Writes a scene's diagram to an image file: PNG (raster, at `scale`× for crisp slides),
/// SVG or PDF (vector), chosen by the file's suffix. The whole diagram is drawn inside a
/// margin, on a light background, without selection highlights, whatever the window's
/// zoom or theme.
class DiagramRenderer {
public:
    explicit DiagramRenderer(CanvasScene *scene);

    void setScale(qreal scale) { m_scale = scale; }
    void setMargin(qreal margin) { m_margin = margin; }
    /// Returns an error message, or an empty string on success.
    QString write(const QString &path);

    static bool isSupported(const QString &path);

private:
    QString writePng(const QString &path, const QRectF &source);
    QString writeSvg(const QString &path, const QRectF &source);
    QString writePdf(const QString &path, const QRectF &source);

    CanvasScene *m_scene;
    qreal m_scale = 2.0;
    qreal m_margin = 32.0;
};

} // namespace scalelab

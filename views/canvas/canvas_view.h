#pragma once

#include <QGraphicsView>

namespace scalelab {

class CanvasScene;

/// The window onto the canvas: a dotted grid, zoom under the cursor (Ctrl+wheel), pan by
/// space-drag or the middle button, rubber-band selection and fit to view. Editing
/// gestures belong to the scene.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(QWidget *parent = nullptr);

    CanvasScene *canvasScene() const;
    qreal zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();
    /// Zoom by a factor keeping the scene point under `viewportPos` in place.
    void zoomBy(qreal factor, const QPoint &viewportPos);

signals:
    void zoomChanged(qreal zoom);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool m_spaceHeld = false;
    bool m_panning = false;
    /// Refit on resize (the window and docks settle after a file opens) until the user
    /// zooms or pans.
    bool m_keepFitted = false;
    bool m_fitting = false;
    QPoint m_panLast;
};

} // namespace scalelab

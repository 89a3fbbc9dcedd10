#include "canvas/diagram_renderer.h"

#include "atomic_file.h"
#include "canvas/canvas_scene.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace scalelab {

namespace {

/// Light colours regardless of the window theme: exports go to slides and documents.
QPalette exportPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x11, 0x18, 0x27));
    p.setColor(QPalette::Mid, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    return p;
}

/// Puts the scene in export state for the lifetime of the guard.
class ExportState {
public:
    explicit ExportState(CanvasScene *scene)
        : m_scene(scene), m_palette(scene->palette()), m_selected(scene->selectedItems())
    {
        m_scene->clearSelection();
        m_scene->setPalette(exportPalette());
        m_scene->setItemCachesEnabled(false); // cards and arrows as vectors, not pixmaps
    }
    ~ExportState()
    {
        m_scene->setItemCachesEnabled(true);
        m_scene->setPalette(m_palette);
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
    }
    ExportState(const ExportState &) = delete;
    ExportState &operator=(const ExportState &) = delete;

private:
    CanvasScene *m_scene;
    QPalette m_palette;
    QList<QGraphicsItem *> m_selected;
};

} // namespace

DiagramRenderer::DiagramRenderer(CanvasScene *scene) : m_scene(scene) {}

bool DiagramRenderer::isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
           suffix == QLatin1String("pdf");
}

QString DiagramRenderer::write(const QString &path)
{
    const ExportState state(m_scene);
    QRectF source = m_scene->diagramRect();
    if (source.isEmpty())
        source = QRectF(0, 0, 200, 100);
    source.adjust(-m_margin, -m_margin, m_margin, m_margin);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writePng(path, source);
    if (suffix == QLatin1String("svg"))
        return writeSvg(path, source);
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, source);
    return QObject::tr("Unknown export format \"%1\": use .png, .svg or .pdf").arg(suffix);
}

QString DiagramRenderer::writePng(const QString &path, const QRectF &source)
{
    const QSize size = (source.size() * m_scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        m_scene->render(&painter, QRectF(QPointF(0, 0), size), source, Qt::KeepAspectRatio);
    }
    return atomic_file::write(path, [&image](QIODevice &out) { return image.save(&out, "PNG"); });
}

QString DiagramRenderer::writeSvg(const QString &path, const QRectF &source)
{
    return atomic_file::write(path, [&](QIODevice &out) {
        QSvgGenerator generator;
        generator.setOutputDevice(&out);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(QObject::tr("ScaleLab diagram"));
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source,
                        Qt::KeepAspectRatio);
        return painter.end();
    });
}

QString DiagramRenderer::writePdf(const QString &path, const QRectF &source)
{
    return atomic_file::write(path, [&](QIODevice &out) {
        QPdfWriter writer(&out);
        // One page exactly the diagram's size, one point per scene unit, as in the SVG:
        // QSvgGenerator draws at 72 dpi too. The cards size their fonts in points and
        // measure them on the painter's device, so a higher resolution would scale the
        // text twice (once by the dpi, once by the scene-to-page transform) and elide it.
        writer.setPageSize(QPageSize(source.size(), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setTitle(QObject::tr("ScaleLab diagram"));
        writer.setCreator(QStringLiteral("ScaleLab"));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        const QRectF target(QPointF(0, 0), source.size());
        painter.fillRect(target, Qt::white);
        m_scene->render(&painter, target, source, Qt::KeepAspectRatio);
        return painter.end();
    });
}

} // namespace scalelab

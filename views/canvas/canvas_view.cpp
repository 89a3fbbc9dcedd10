#include "canvas/canvas_view.h"

#include "canvas/canvas_scene.h"

#include <QKeyEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace scalelab {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.2;
} // namespace

CanvasView::CanvasView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setViewportUpdateMode(SmartViewportUpdate);
    // The dot grid is drawn once into a pixmap and reused: during a run the request layer
    // repaints the whole viewport every frame, and an antialiased dot every grid step
    // (about a thousand in a 1600x900 window) costs more than copying the cached pixmap
    // (Qt drops the cache on zoom, scroll and resize; changeEvent drops it on a palette,
    // style or font change).
    setCacheMode(CacheBackground);
    setTransformationAnchor(AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
}

CanvasScene *CanvasView::canvasScene() const
{
    return qobject_cast<CanvasScene *>(scene());
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::zoomBy(qreal factor, const QPoint &viewportPos)
{
    m_keepFitted = false;
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    factor = target / zoom();
    if (qFuzzyCompare(factor, 1.0))
        return;
    // Keep the scene point under the cursor fixed, whatever the anchor does.
    const QPointF before = mapToScene(viewportPos);
    scale(factor, factor);
    const QPointF after = mapToScene(viewportPos);
    const QPointF shift = (after - before) * zoom();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qRound(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(shift.y()));
    emit zoomChanged(zoom());
}

void CanvasView::zoomIn()
{
    zoomBy(kStep, viewport()->rect().center());
}

void CanvasView::zoomOut()
{
    zoomBy(1 / kStep, viewport()->rect().center());
}

void CanvasView::resetZoom()
{
    zoomBy(1 / zoom(), viewport()->rect().center());
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted && !m_fitting)
        fitToView();
}

void CanvasView::fitToView()
{
    // Guarded: fitting can toggle the scroll bars, which resizes the viewport again.
    m_fitting = true;
    m_keepFitted = true;
    struct Done {
        bool &flag;
        ~Done() { flag = false; }
    } done{m_fitting};
    CanvasScene *s = canvasScene();
    QRectF r = s ? s->diagramRect() : QRectF();
    if (r.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
        emit zoomChanged(zoom());
        return;
    }
    r.adjust(-40, -40, 40, 40);
    fitInView(r, Qt::KeepAspectRatio);
    // Never blow a small design up beyond natural size: text would look oversized.
    if (zoom() > 1.0) {
        resetTransform();
        centerOn(r.center());
    }
    emit zoomChanged(zoom());
}

void CanvasView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::FontChange) {
        resetCachedContent();
        if (CanvasScene *s = canvasScene())
            s->invalidateItemCaches();
    }
    QGraphicsView::changeEvent(event);
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Window));
    // A dot grid shows the snapping pitch without competing with the cards.
    const qreal step = CanvasScene::kGridSize * (zoom() < 0.5 ? 4 : 1);
    QColor dot = pal.color(QPalette::WindowText);
    dot.setAlphaF(0.18f);
    painter->setPen(QPen(dot, 1.5 / zoom()));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> points;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), static_cast<int>(points.size()));
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(kStep, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_keepFitted = false;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint d = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    // Releasing space in another window must not leave the view stuck in pan mode.
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

} // namespace scalelab

#include "charts/live_chart.h"

#include "charts/decimated_graph.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace scalelab {

namespace {
constexpr int kAxisMarginsPx = 70; ///< room the axes' labels take from the plot
} // namespace

int faultMarkerKind(const std::string &what)
{
    const auto has = [&what](const char *s) { return what.find(s) != std::string::npos; };
    if (has("alert firing"))
        return 4;
    if (has("alert resolved"))
        return 2;
    if (has("healthy again") || has("recovered") || has("back to normal"))
        return 2;
    if (has("slowed"))
        return 3;
    if (has("fail") || has("down") || has("unhealthy"))
        return 1;
    return 0;
}

LiveChart::LiveChart(QWidget *parent) : QCustomPlot(parent), m_lateReplot(new QTimer(this))
{
    m_lateReplot->setSingleShot(true);
    m_lateReplot->setInterval(kReplotIntervalMs);
    connect(m_lateReplot, &QTimer::timeout, this, [this] { replot(rpQueuedReplot); });
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    axisRect()->setRangeZoom(Qt::Horizontal);
    // Lines without antialiasing: a replot of many points stays cheap. QCustomPlot's "fast
    // polylines" draw each segment with a call of its own; one polyline per series is
    // faster for the thin pens of dense series (measured: about 0.5 ms of a 5 ms replot).
    setNotAntialiasedElements(QCP::aePlottables);
    setPlottingHint(QCP::phFastPolylines, false);

    xAxis->setLabel(tr("simulated time (s)"));
    xAxis->setRange(0, m_window);
    yAxis->setRange(0, 1);
    legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(8.5);
    legend->setFont(legendFont);
    // The legend sits in a row of its own above the plot, so it never hides a line.
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(6);
    legend->setMargins(QMargins(4, 2, 4, 2));

    addLayer(QStringLiteral("markers"), layer(QStringLiteral("grid")), limAbove);
    m_markerLayer = layer(QStringLiteral("markers"));

    m_tracer = new QCPItemTracer(this);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(8);
    m_tracer->setInterpolating(false);
    m_tracer->setVisible(false);
    m_readout = new QCPItemText(this);
    m_readout->position->setType(QCPItemPosition::ptAbsolute);
    m_readout->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_readout->setPadding(QMargins(6, 3, 6, 3));
    m_readout->setVisible(false);
    m_readout->setClipToAxisRect(false);

    // Wide pens are stroked as polygons, thin ones take the raster engine's line path:
    // dense series switch to thin lines before each replot (see adaptPens).
    connect(this, &QCustomPlot::beforeReplot, this, [this] {
        m_sinceReplot.start();
        m_lateReplot->stop(); // this replot draws everything appended so far
        adaptPens();
    });
    applyPalette(palette());
}

void LiveChart::adaptPens()
{
    // Before the first layout the axis rect has no size yet: the widget's width is close.
    const double pixels = std::max({1, axisRect()->width(), width() - 80});
    const QCPRange keys = xAxis->range();
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph *g = graph(i);
        if (!g->visible())
            continue;
        const auto points = g->data();
        const auto n = points->findEnd(keys.upper) - points->findBegin(keys.lower);
        QPen pen = g->pen();
        const qreal width = static_cast<double>(n) > pixels / 2 ? 1.0 : 2.0;
        if (pen.widthF() != width) {
            pen.setWidthF(width);
            g->setPen(pen);
        }
    }
}

void LiveChart::applyPalette(const QPalette &pal)
{
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    setBackground(base);
    for (QCPAxis *axis : axisRect()->axes()) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    QColor legendBack = base;
    legendBack.setAlpha(215);
    legend->setBrush(legendBack);
    legend->setBorderPen(Qt::NoPen);
    legend->setTextColor(text);
    m_tracer->setPen(QPen(text, 1.5));
    m_readout->setColor(pal.color(QPalette::ToolTipText));
    m_readout->setBrush(pal.color(QPalette::ToolTipBase));
    m_readout->setPen(QPen(pal.color(QPalette::Mid)));
    replot(rpQueuedReplot);
}

QCPGraph *LiveChart::addSeries(const QString &name, const QColor &color, Qt::PenStyle style,
                               QCPAxis *valueAxis)
{
    // Registers itself with the plot like addGraph's graphs; draws dense data decimated.
    QCPGraph *g = new DecimatedGraph(xAxis, valueAxis ? valueAxis : yAxis);
    g->setName(name);
    g->setPen(QPen(color, 2, style));
    g->setAdaptiveSampling(true);
    // Keep the x ranges of all series aligned with what the others already hold, so the
    // CSV has one row per time and a series added late starts with gaps.
    if (graphCount() > 1) {
        const QSharedPointer<QCPGraphDataContainer> first = graph(0)->data();
        for (const QCPGraphData &d : *first)
            g->addData(d.key, std::numeric_limits<double>::quiet_NaN());
    }
    return g;
}

void LiveChart::addPoint(QCPGraph *graph, double t, double value)
{
    graph->addData(t, value);
}

void LiveChart::appendColumn(QCPGraph *graph, const Frame &frame, const std::string &name,
                             double scale)
{
    const int col = column(frame, name);
    for (std::size_t row = 0; row < frame.sampleTimes.size(); ++row) {
        const double v = col >= 0 && row < frame.samples.size()
                             ? frame.samples[row][static_cast<std::size_t>(col)] * scale
                             : std::numeric_limits<double>::quiet_NaN();
        graph->addData(frame.sampleTimes[row], v);
    }
}

int LiveChart::column(const Frame &frame, const std::string &name)
{
    const auto it = std::find(frame.columns.begin(), frame.columns.end(), name);
    return it == frame.columns.end() ? -1 : static_cast<int>(it - frame.columns.begin());
}

void LiveChart::setValueLabel(const QString &label, const QString &unit)
{
    yAxis->setLabel(unit.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, unit));
    m_unit = unit;
}

void LiveChart::appendFrame(const Frame &frame, bool mayReplot)
{
    for (const LogEntry &e : frame.newLog)
        addMarker(e);
    observeFrame(frame);
    if (!frame.sampleTimes.empty()) {
        appendSamples(frame);
        m_lastT = std::max(m_lastT, frame.sampleTimes.back());
        dropOldHistory();
    }
    m_lastT = std::max(m_lastT, frame.t_s);
    if (m_follow)
        slideWindow();
    scheduleReplot(mayReplot);
}

void LiveChart::scheduleReplot(bool mayReplot)
{
    const qint64 age = m_sinceReplot.isValid() ? m_sinceReplot.elapsed() : -1;
    if (age < 0 || age >= 3 * kReplotIntervalMs || (mayReplot && age >= kReplotIntervalMs)) {
        replot(rpQueuedReplot);
    } else {
        // Restarted by every deferred frame: while frames keep coming, one of them
        // replots; the timer only fires once they stop (pause, step, end of the run).
        m_lateReplot->start();
    }
}

void LiveChart::clear()
{
    for (int i = 0; i < graphCount(); ++i)
        graph(i)->data()->clear();
    for (auto &[line, label] : m_markers) {
        removeItem(line);
        removeItem(label);
    }
    m_markers.clear();
    m_lastT = 0;
    m_tracer->setVisible(false);
    m_readout->setVisible(false);
    setFollow(true);
    replot(rpQueuedReplot);
}

void LiveChart::dropOldHistory()
{
    const double before = m_lastT - kHistoryS;
    if (before <= 0)
        return;
    for (int i = 0; i < graphCount(); ++i)
        graph(i)->data()->removeBefore(before);
}

void LiveChart::setWindowSeconds(double seconds)
{
    m_window = std::max(1.0, seconds);
    if (m_follow)
        slideWindow();
    replot(rpQueuedReplot);
}

void LiveChart::setFollow(bool on)
{
    if (on == m_follow)
        return;
    m_follow = on;
    if (on) {
        slideWindow();
        replot(rpQueuedReplot);
    }
    emit followChanged(on);
}

void LiveChart::setLogScale(bool on)
{
    if (!m_logAllowed)
        on = false;
    m_log = on;
    if (on) {
        yAxis->setScaleType(QCPAxis::stLogarithmic);
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    } else {
        yAxis->setScaleType(QCPAxis::stLinear);
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    fitTickCounts();
    fitValueAxis();
    replot(rpQueuedReplot);
}

void LiveChart::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    fitTickCounts();
}

void LiveChart::fitTickCounts()
{
    // A time label ("1:02:03", "10 000") is up to ~8 digits wide; a value label one line high.
    const QFontMetrics fm(xAxis->tickLabelFont());
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("00000000"));
    const int labelHeight = fm.height() * 2;
    // The axis rect is laid out at the next replot; the widget less the axes' margins.
    const int plotWidth = width() - kAxisMarginsPx;
    const int plotHeight = height() - kAxisMarginsPx;
    xAxis->ticker()->setTickCount(std::clamp(plotWidth / labelWidth, 2, 8));
    yAxis->ticker()->setTickCount(std::clamp(plotHeight / labelHeight, 2, 6));
}

void LiveChart::slideWindow()
{
    if (!m_follow)
        return;
    const double upper = std::max(m_window, m_lastT);
    xAxis->setRange(upper - m_window, upper);
    fitValueAxis();
    adjustRanges(xAxis->range());
}

void LiveChart::fitValueAxis()
{
    // y fits what is visible, from zero on a linear axis so that growth reads as growth.
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph *g = graph(i);
        if (!g->visible() || g->valueAxis() != yAxis)
            continue;
        bool found = false;
        const QCPRange r =
            g->getValueRange(found, m_log ? QCP::sdPositive : QCP::sdBoth, xAxis->range());
        if (found) {
            lo = std::min(lo, r.lower);
            hi = std::max(hi, r.upper);
        }
    }
    if (m_log)
        yAxis->setRange(hi > 0 ? std::max(1e-6, lo / 1.5) : 0.1, hi > 0 ? hi * 1.5 : 10.0);
    else
        yAxis->setRange(0, hi > 0 ? hi * 1.15 : 1.0);
}

QString LiveChart::formatValue(const QCPGraph *, double value) const
{
    const QString v = QString::number(value, 'g', 4);
    return m_unit.isEmpty() ? v : QStringLiteral("%1 %2").arg(v, m_unit);
}

QCPGraph *LiveChart::series(const QString &name) const
{
    for (int i = 0; i < graphCount(); ++i)
        if (graph(i)->name() == name)
            return graph(i);
    return nullptr;
}

QString LiveChart::readoutAt(const QPointF &pixel)
{
    showHover(pixel);
    return m_readout->visible() ? m_readout->text() : QString();
}

void LiveChart::showHover(const QPointF &pixel)
{
    m_tracer->setVisible(false);
    m_readout->setVisible(false);
    if (!axisRect()->rect().contains(pixel.toPoint()))
        return;
    const double key = xAxis->pixelToCoord(pixel.x());
    QCPGraph *best = nullptr;
    double bestKey = 0, bestValue = 0, bestDistance = 40; // pixels: nearer than this only
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph *g = graph(i);
        if (!g->visible() || g->data()->isEmpty())
            continue;
        auto it = g->data()->findBegin(key, false);
        // The nearer of the two samples around the cursor.
        for (auto cand : {it == g->data()->constBegin() ? it : it - 1, it}) {
            if (cand == g->data()->constEnd() || std::isnan(cand->value))
                continue;
            const double dx = std::abs(xAxis->coordToPixel(cand->key) - pixel.x());
            const double dy = std::abs(g->valueAxis()->coordToPixel(cand->value) - pixel.y());
            if (dx > 30)
                continue;
            const double d = std::hypot(dx * 0.25, dy); // vertical closeness matters most
            if (d < bestDistance) {
                bestDistance = d;
                best = g;
                bestKey = cand->key;
                bestValue = cand->value;
            }
        }
    }
    if (!best)
        return;
    m_tracer->setGraph(best);
    m_tracer->setGraphKey(bestKey);
    m_tracer->setBrush(best->pen().color());
    m_tracer->setVisible(true);
    m_readout->setText(QStringLiteral("%1: %2\nt = %3 s")
                           .arg(best->name(), formatValue(best, bestValue))
                           .arg(bestKey, 0, 'f', 1));
    const QRect area = axisRect()->rect();
    const double px = xAxis->coordToPixel(bestKey);
    const double py = best->valueAxis()->coordToPixel(bestValue);
    // Keep the read-out inside the plot: flip to the left near the right edge.
    const bool left = px > area.center().x();
    m_readout->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) |
                                    (py < area.top() + 50 ? Qt::AlignTop : Qt::AlignBottom));
    m_readout->position->setCoords(px + (left ? -10 : 10), py + (py < area.top() + 50 ? 10 : -10));
    m_readout->setVisible(true);
}

void LiveChart::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        setFollow(false); // a drag pans: the student wants to look back
    QCustomPlot::mouseMoveEvent(event);
    showHover(event->position());
    replot(rpQueuedReplot);
}

void LiveChart::wheelEvent(QWheelEvent *event)
{
    setFollow(false);
    QCustomPlot::wheelEvent(event);
}

void LiveChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    setFollow(true);
}

void LiveChart::leaveEvent(QEvent *event)
{
    m_tracer->setVisible(false);
    m_readout->setVisible(false);
    replot(rpQueuedReplot);
    QCustomPlot::leaveEvent(event);
}

} // namespace scalelab

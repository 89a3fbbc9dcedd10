#pragma once

#include "sim/frame.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QTimer>

#include <string>

class QMenu;

namespace scalelab {

/// The shared behaviour of every live chart: time on x in simulated seconds, a sliding
/// window that follows the newest sample (wheel zoom or drag stops following, a double
/// click resumes it), a hover read-out of the point under the cursor, vertical markers
/// where faults fired (from the frames' log entries), an optional log y axis, and export
/// of the picture (PNG, PDF) and of the series (CSV) from the context menu. Subclasses say
/// which columns of the frames' time-series rows they draw (appendSamples).
class LiveChart : public QCustomPlot {
    Q_OBJECT
public:
    static constexpr double kDefaultWindowS = 120;
    /// Older points are dropped beyond this much history, so a long run stays bounded.
    static constexpr double kHistoryS = 24 * 3600;
    /// At most this many fault markers are kept; the oldest go first.
    static constexpr int kMaxMarkers = 200;

    /// While frames stream in, a chart redraws at most this often (about 20 per second):
    /// the canvas keeps 60 frames per second, a chart reads as moving with far fewer, and
    /// five charts replotting on every frame would eat the GUI's frame budget.
    static constexpr int kReplotIntervalMs = 50;

    explicit LiveChart(QWidget *parent = nullptr);

    /// Adds the frame's new samples and fault markers, slides the window, and schedules a
    /// replot (queued, so several frames in one event-loop turn cost one replot) if the
    /// last one is kReplotIntervalMs old and `mayReplot` (a panel staggers its charts so
    /// they do not all redraw on the same frame); otherwise the replot waits for a later
    /// frame, or for kReplotIntervalMs without frames, so the last data is always drawn.
    /// A chart that has not redrawn for three intervals replots regardless.
    void appendFrame(const Frame &frame, bool mayReplot = true);
    /// Removes all points and markers and resumes following.
    virtual void clear();

    void setWindowSeconds(double seconds);
    double windowSeconds() const { return m_window; }
    /// Following: the x axis shows the last windowSeconds() and y fits the visible data.
    void setFollow(bool on);
    bool follows() const { return m_follow; }
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    bool logScaleAllowed() const { return m_logAllowed; }

    // Pictures: QCustomPlot's savePng / savePdf (width and height 0 = the widget's size).
    /// The series as CSV: header "t_s,<series>,...", one line per sample time; missing
    /// values are empty fields.
    QString toCsv() const;
    bool saveCsv(const QString &path) const;

    /// Colours of background, axes, grid and legend from a palette (light or dark theme).
    void applyPalette(const QPalette &palette);
    /// The graph drawing a series, by its legend name; nullptr if none.
    QCPGraph *series(const QString &name) const;
    int markerCount() const { return static_cast<int>(m_markers.size()); }
    /// The label of the i-th fault marker (oldest first). Labels of faults close in time
    /// are stacked in rows, so "web1" and "lb" a second apart do not print over each other.
    QCPItemText *markerLabel(int i) const
    {
        return m_markers.at(static_cast<std::size_t>(i)).second;
    }
    /// The hover read-out for a point in widget pixels, as shown; empty if none is near.
    QString readoutAt(const QPointF &pixel);

signals:
    void followChanged(bool following);

protected:
    /// Asks the axes for as many ticks as their labels have room for.
    void fitTickCounts();
    /// Sees every frame, with or without new rows, before appendSamples (rates measured
    /// from frames need them all).
    virtual void observeFrame(const Frame &frame) { Q_UNUSED(frame) }
    /// Add the rows of frame.samples (at frame.sampleTimes) to the series.
    virtual void appendSamples(const Frame &frame) = 0;
    /// Called in follow mode after the window slid and y was fitted: fixed ranges, the
    /// right axis.
    virtual void adjustRanges(const QCPRange &keyRange) { Q_UNUSED(keyRange) }
    /// Extra context-menu entries of a concrete chart.
    virtual void addMenuActions(QMenu *menu) { Q_UNUSED(menu) }
    /// A value as the read-out writes it, e.g. "12.5 ms".
    virtual QString formatValue(const QCPGraph *graph, double value) const;

    QCPGraph *addSeries(const QString &name, const QColor &color,
                        Qt::PenStyle style = Qt::SolidLine, QCPAxis *valueAxis = nullptr);
    /// Appends a point, NaN allowed (drawn as a gap).
    static void addPoint(QCPGraph *graph, double t, double value);
    /// Appends every sample row's value of a column (times `scale`); NaN if absent.
    static void appendColumn(QCPGraph *graph, const Frame &frame, const std::string &name,
                             double scale = 1.0);
    /// Index of a column in frame.columns, or -1.
    static int column(const Frame &frame, const std::string &name);
    void setValueLabel(const QString &label, const QString &unit);
    void setLogScaleAllowed(bool allowed) { m_logAllowed = allowed; }
    const QString &unit() const { return m_unit; }
    double lastTime() const { return m_lastT; }

    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    /// Fewer ticks in a narrow or low chart, so tick labels never run together.
    void resizeEvent(QResizeEvent *event) override;

private:
    void addMarker(const LogEntry &entry);
    void scheduleReplot(bool mayReplot);
    void slideWindow();
    void adaptPens();
    void fitValueAxis();
    void dropOldHistory();
    void showHover(const QPointF &pixel);
    void exportDialog(const QString &filter, const QString &suffix);

    double m_window = kDefaultWindowS;
    double m_lastT = 0;
    bool m_follow = true;
    bool m_log = false;
    bool m_logAllowed = false;
    QString m_unit;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_readout = nullptr;
    std::vector<std::pair<QCPItemStraightLine *, QCPItemText *>> m_markers;
    QCPLayer *m_markerLayer = nullptr;
    QElapsedTimer m_sinceReplot; ///< restarted by every replot, whatever asked for it
    QTimer *m_lateReplot;        ///< draws deferred data once frames stop coming
};

/// Whether a log line is worth a marker on the charts: failures, recoveries, slow-downs
/// and health-check verdicts; 0 = not a fault, 1 = bad (red), 2 = good (green), 3 = slow,
/// 4 = an alert fired (purple; one resolving is good, 2).
int faultMarkerKind(const std::string &what);

} // namespace scalelab

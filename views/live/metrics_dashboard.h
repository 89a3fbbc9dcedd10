#pragma once

#include "sim/frame.h"

#include <QElapsedTimer>
#include <QWidget>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;
class QTimer;

namespace scalelab {

class SeriesChart;

/// The Metrics dock's dashboard (stage 11): a tile per tier (every component of one kind)
/// and per group box with its throughput, p95, error rate and utilization over the last
/// second; business tiles (daily active users, revenue, cost and margin per hour); a chart
/// of any one series, chosen by name, with the alert markers; and the scenario's alerts
/// with their state. Everything comes from the frames' time-series rows and alert states.
class MetricsDashboard : public QWidget {
    Q_OBJECT
public:
    explicit MetricsDashboard(QWidget *parent = nullptr);

    void appendFrame(const Frame &frame);
    /// A new run: tiles, history, chart and alerts empty.
    void clear();
    /// Shows the series of this name in the chart (a column the run writes).
    void selectSeries(const QString &name);
    QString selectedSeries() const;
    QStringList seriesNames() const;
    SeriesChart *chart() const { return m_chart; }
    QTableWidget *alertsTable() const { return m_alerts; }
    /// The text of a tile: a tier's name ("web_server", "group.web"), or "business".
    QString tileText(const QString &name) const;

private:
    void showEvent(QShowEvent *event) override;
    /// Tiles, chart and alert list from what the frames brought so far.
    void refresh();
    /// Tiles and alert list from the newest frame.
    void updateTiles();
    void updateTiers(const std::vector<double> &row);
    void updateBusiness(const std::vector<double> &row);
    void updateAlerts(const std::vector<AlertResult> &alerts);
    double valueAt(const std::vector<double> &row, const std::string &name) const;
    QLabel *tile(const QString &name, const QString &title);
    void remember(const Frame &frame);

    QGridLayout *m_tiles;
    std::map<QString, QLabel *> m_tileLabels;
    QComboBox *m_picker;
    SeriesChart *m_chart;
    QTableWidget *m_alerts;
    // Every sample seen, so that another series can be drawn from the start.
    std::vector<double> m_times;
    std::unordered_map<std::string, std::vector<double>> m_history;
    std::vector<std::string> m_columns;
    std::vector<std::vector<double> *> m_columnHistory; ///< m_history's entry of each column
    std::vector<double> m_lastRow;                      ///< the newest sample row
    std::vector<AlertResult> m_lastAlerts;
    /// Frames came while the dock was hidden: the tiles, chart and list wait for showEvent.
    bool m_stale = false;
    static constexpr qint64 kTileIntervalMs = 250;
    QElapsedTimer m_sinceTiles;      ///< since the tiles were last updated
    QTimer *m_tileTimer;             ///< shows the newest figures once frames stop coming
    std::vector<LogEntry> m_markers; ///< log entries the charts mark (the last few hundred)
};

} // namespace scalelab

#include "live/metrics_dashboard.h"

#include "kind_icons.h"

#include "charts/series_chart.h"
#include "live/steady_label.h"

#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace scalelab {

namespace {

constexpr int kTileColumns = 4;
constexpr double kHistoryS = LiveChart::kHistoryS;

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString money(double v)
{
    return std::isfinite(v) ? MetricsDashboard::tr("$%1/h").arg(v, 0, 'f', 2) : QStringLiteral("–");
}

} // namespace

MetricsDashboard::MetricsDashboard(QWidget *parent)
    : QWidget(parent), m_tiles(new QGridLayout), m_picker(new QComboBox), m_chart(new SeriesChart),
      m_alerts(new QTableWidget(0, 5)), m_tileTimer(new QTimer(this))
{
    m_tileTimer->setSingleShot(true);
    connect(m_tileTimer, &QTimer::timeout, this, &MetricsDashboard::updateTiles);
    auto *tiles = new QWidget;
    tiles->setLayout(m_tiles);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    m_tiles->setSpacing(6);

    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setToolTip(tr("The series the chart draws: type part of a name (utilization, "
                            "memory_mb, tier.) to find it"));
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_picker, &QComboBox::textActivated, this, &MetricsDashboard::selectSeries);
    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(new QLabel(tr("Series:")));
    pickRow->addWidget(m_picker, 1);
    chartLayout->addLayout(pickRow);
    m_chart->setMinimumHeight(160);
    chartLayout->addWidget(m_chart, 1);

    m_alerts->setHorizontalHeaderLabels(
        {tr("Alert"), tr("Condition"), tr("State"), tr("Fired"), tr("First fired (s)")});
    m_alerts->horizontalHeader()->setStretchLastSection(true);
    m_alerts->verticalHeader()->hide();
    m_alerts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alerts->setSelectionMode(QAbstractItemView::NoSelection);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tiles);
    split->addWidget(chartBox);
    split->addWidget(m_alerts);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    clear();
}

QLabel *MetricsDashboard::tile(const QString &name, const QString &title)
{
    if (const auto it = m_tileLabels.find(name); it != m_tileLabels.end())
        return it->second;
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(6, 4, 6, 4);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    auto *value = new QLabel;
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(heading);
    box->addWidget(value);
    const int n = static_cast<int>(m_tileLabels.size());
    m_tiles->addWidget(frame, n / kTileColumns, n % kTileColumns);
    m_tileLabels.emplace(name, value);
    return value;
}

QString MetricsDashboard::tileText(const QString &name) const
{
    const auto it = m_tileLabels.find(name);
    return it == m_tileLabels.end() ? QString() : it->second->text();
}

void MetricsDashboard::clear()
{
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_tileLabels.clear();
    m_times.clear();
    m_history.clear();
    m_columns.clear();
    m_columnHistory.clear();
    m_lastRow.clear();
    m_lastAlerts.clear();
    m_stale = false;
    m_markers.clear();
    m_picker->clear();
    m_alerts->setRowCount(0);
    m_chart->clear();
    tile(QStringLiteral("business"), tr("Business"));
}

void MetricsDashboard::remember(const Frame &frame)
{
    if (frame.columns != m_columns) {
        m_columns = frame.columns;
        const QString chosen = m_picker->currentText();
        QStringList names;
        for (const std::string &c : m_columns)
            names << QString::fromStdString(c);
        const QSignalBlocker block(m_picker);
        m_picker->clear();
        m_picker->addItems(names);
        m_picker->setCurrentText(chosen);
        // The map's nodes stay where they are as it grows: a pointer per column saves a
        // lookup by name per column and row.
        m_columnHistory.clear();
        for (const std::string &c : m_columns)
            m_columnHistory.push_back(&m_history[c]);
    }
    for (std::size_t r = 0; r < frame.sampleTimes.size() && r < frame.samples.size(); ++r) {
        m_times.push_back(frame.sampleTimes[r]);
        for (std::size_t c = 0; c < m_columnHistory.size(); ++c) {
            std::vector<double> &h = *m_columnHistory[c];
            h.resize(m_times.size() - 1, std::nan("")); // a column that appeared late
            h.push_back(c < frame.samples[r].size() ? frame.samples[r][c] : std::nan(""));
        }
    }
    if (!frame.samples.empty())
        m_lastRow = frame.samples.back();
    m_lastAlerts = frame.alerts;
    // Bounded like the charts: the oldest day goes first.
    if (!m_times.empty() && m_times.back() - m_times.front() > kHistoryS) {
        const auto drop = static_cast<std::size_t>(m_times.size() / 2);
        m_times.erase(m_times.begin(), m_times.begin() + static_cast<std::ptrdiff_t>(drop));
        for (auto &[name, values] : m_history)
            values.erase(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(
                                                              std::min(drop, values.size())));
    }
    for (const LogEntry &e : frame.newLog)
        if (faultMarkerKind(e.what) != 0)
            m_markers.push_back(e);
    if (m_markers.size() > static_cast<std::size_t>(LiveChart::kMaxMarkers))
        m_markers.erase(m_markers.begin(),
                        m_markers.end() - static_cast<std::ptrdiff_t>(LiveChart::kMaxMarkers));
}

void MetricsDashboard::appendFrame(const Frame &frame)
{
    remember(frame);
    // Hidden (the default for designs without alerts), the dock only keeps the history:
    // labels, table and chart would redraw for nobody on every frame.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_stale || (m_chart->seriesName().empty() && !m_columns.empty())) {
        refresh();
        return;
    }
    m_chart->appendFrame(frame);
    // The tiles and the alert list show the last second: a few updates a second are
    // plenty, and each one lays the tile grid out again. The last frame's figures are
    // always shown, at most kTileIntervalMs late.
    const qint64 age = m_sinceTiles.isValid() ? m_sinceTiles.elapsed() : kTileIntervalMs;
    if (age >= kTileIntervalMs)
        updateTiles();
    else if (!m_tileTimer->isActive())
        m_tileTimer->start(static_cast<int>(kTileIntervalMs - age));
}

void MetricsDashboard::updateTiles()
{
    m_sinceTiles.start();
    m_tileTimer->stop();
    if (!m_lastRow.empty()) {
        updateTiers(m_lastRow);
        updateBusiness(m_lastRow);
    }
    updateAlerts(m_lastAlerts);
}

void MetricsDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MetricsDashboard::refresh()
{
    m_stale = false;
    if (m_columns.empty())
        return;
    const QString chosen = selectedSeries();
    selectSeries(chosen.isEmpty() ? QStringLiteral("p95_ms") : chosen);
    updateTiles();
}

double MetricsDashboard::valueAt(const std::vector<double> &row, const std::string &name) const
{
    for (std::size_t i = 0; i < m_columns.size() && i < row.size(); ++i)
        if (m_columns[i] == name)
            return row[i];
    return std::nan("");
}

void MetricsDashboard::updateTiers(const std::vector<double> &row)
{
    const std::string suffix = ".throughput_rps";
    for (const std::string &c : m_columns) {
        const bool tier = c.rfind("tier.", 0) == 0;
        if ((!tier && c.rfind("group.", 0) != 0) || c.size() <= suffix.size() ||
            c.compare(c.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string base = c.substr(0, c.size() - suffix.size());
        const QString name = QString::fromStdString(tier ? base.substr(5) : base);
        ComponentKind kind{};
        const QString tierName =
            tier && fromString(base.substr(5), kind) ? displayName(kind) : name;
        const QString title = tier ? tr("Tier %1").arg(tierName)
                                   : tr("Group %1").arg(QString::fromStdString(base.substr(6)));
        setSteadyText(tile(name, title),
                      tr("%1 req/s\np95 %2 ms\nerrors %3 %\nutilization %4 %")
                          .arg(number(valueAt(row, c), 0),
                               number(valueAt(row, base + ".p95_ms"), 1),
                               number(100.0 * valueAt(row, base + ".error_rate"), 2),
                               number(100.0 * valueAt(row, base + ".utilization"), 1)));
    }
}

void MetricsDashboard::updateBusiness(const std::vector<double> &row)
{
    const double revenue = valueAt(row, "revenue_per_hour");
    const double cost = valueAt(row, "cost_per_hour");
    setSteadyText(tile(QStringLiteral("business"), tr("Business")),
                  tr("daily active users %1\nrevenue %2\ncost %3\nmargin %4")
                      .arg(number(valueAt(row, "daily_active_users"), 0), money(revenue),
                           money(cost), money(valueAt(row, "margin_per_hour"))));
}

void MetricsDashboard::updateAlerts(const std::vector<AlertResult> &alerts)
{
    m_alerts->setRowCount(static_cast<int>(alerts.size()));
    for (std::size_t i = 0; i < alerts.size(); ++i) {
        const AlertResult &a = alerts[i];
        const int row = static_cast<int>(i);
        const auto set = [&](int col, const QString &text) {
            QTableWidgetItem *item = m_alerts->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_alerts->setItem(row, col, item);
            }
            item->setText(text);
            return item;
        };
        set(0, QString::fromStdString(a.name));
        set(1, (a.above ? tr("%1 above %2 for %3 s") : tr("%1 below %2 for %3 s"))
                   .arg(QString::fromStdString(a.metric))
                   .arg(a.threshold)
                   .arg(a.forS));
        QTableWidgetItem *state = set(2, a.firing ? tr("firing") : tr("ok"));
        state->setForeground(a.firing ? QColor(0xdc, 0x26, 0x26) : QColor(0x16, 0xa3, 0x4a));
        set(3, QString::number(a.fired));
        set(4, std::isnan(a.firstFiredS) ? QStringLiteral("–") : number(a.firstFiredS, 0));
    }
}

void MetricsDashboard::selectSeries(const QString &name)
{
    const std::string key = name.toStdString();
    const auto it = m_history.find(key);
    static const std::vector<double> none;
    const std::vector<double> &values = it == m_history.end() ? none : it->second;
    // Older samples of a column that appeared late are missing at the front.
    const std::size_t skip = m_times.size() - std::min(m_times.size(), values.size());
    m_chart->showSeries(key, std::span<const double>(m_times).subspan(skip), values, m_markers);
    const QSignalBlocker block(m_picker);
    m_picker->setCurrentText(name);
}

QString MetricsDashboard::selectedSeries() const
{
    return QString::fromStdString(m_chart->seriesName());
}

QStringList MetricsDashboard::seriesNames() const
{
    QStringList names;
    for (const std::string &c : m_columns)
        names << QString::fromStdString(c);
    return names;
}

} // namespace scalelab

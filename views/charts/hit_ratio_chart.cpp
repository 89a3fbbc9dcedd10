#include "charts/hit_ratio_chart.h"

#include "analytic/cache_theory.h"

#include <cmath>
#include <limits>

namespace scalelab {

namespace {

const QColor kPalette[] = {QColor(0xd3, 0x2f, 0x2f), QColor(0x25, 0x63, 0xeb),
                           QColor(0x16, 0xa3, 0x4a), QColor(0x93, 0x33, 0xea)};

} // namespace

HitRatioChart::HitRatioChart(QWidget *parent) : LiveChart(parent)
{
    setValueLabel(tr("hit ratio"), QStringLiteral("%"));
}

HitRatioChart::Series &HitRatioChart::seriesFor(const QString &id)
{
    auto it = m_series.find(id);
    if (it != m_series.end())
        return *it;
    const QColor color = kPalette[m_series.size() % std::size(kPalette)];
    Series s;
    s.measured = addSeries(tr("%1 measured").arg(id), color);
    s.theory = addSeries(tr("%1 theory").arg(id), color, Qt::DashLine);
    return *m_series.insert(id, s);
}

void HitRatioChart::setScenario(const Scenario &scenario)
{
    m_theory.clear();
    for (const Component &c : scenario.components) {
        if (!std::holds_alternative<CacheParams>(c.params))
            continue;
        const CachePrediction p = predictHitRatio(scenario, c.id);
        m_theory.insert(QString::fromStdString(c.id),
                        {p.applies ? 100.0 * p.hitRatio : std::numeric_limits<double>::quiet_NaN(),
                         QString::fromStdString(p.whyNot)});
    }
}

double HitRatioChart::theoryPercent(const QString &id) const
{
    return m_theory.value(id, {std::numeric_limits<double>::quiet_NaN(), QString()}).first;
}

QString HitRatioChart::theoryProblem(const QString &id) const
{
    return m_theory.value(id).second;
}

QCPGraph *HitRatioChart::measuredGraph(const QString &id) const
{
    const auto it = m_series.find(id);
    return it == m_series.end() ? nullptr : it->measured;
}

QCPGraph *HitRatioChart::theoryGraph(const QString &id) const
{
    const auto it = m_series.find(id);
    return it == m_series.end() ? nullptr : it->theory;
}

void HitRatioChart::appendSamples(const Frame &frame)
{
    static const std::string suffix = ".hit_ratio";
    for (const std::string &name : frame.columns) {
        if (name.size() <= suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const QString id = QString::fromStdString(name.substr(0, name.size() - suffix.size()));
        Series &s = seriesFor(id);
        appendColumn(s.measured, frame, name, 100.0);
        const double theory = theoryPercent(id);
        for (const double t : frame.sampleTimes)
            addPoint(s.theory, t, theory);
    }
}

void HitRatioChart::adjustRanges(const QCPRange &)
{
    yAxis->setRange(0, 100);
}

void HitRatioChart::clear()
{
    LiveChart::clear();
    for (const Series &s : std::as_const(m_series)) {
        removeGraph(s.measured);
        removeGraph(s.theory);
    }
    m_series.clear();
}

} // namespace scalelab

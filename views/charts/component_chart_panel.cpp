#include "charts/component_chart_panel.h"

#include "charts/component_series_chart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(color.darker(140));
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pm);
}

} // namespace

ComponentChartPanel::ComponentChartPanel(ComponentSeriesChart *chart, QWidget *parent)
    : QWidget(parent), m_chart(chart), m_list(new QListWidget), m_note(new QLabel)
{
    m_chart->setParent(this);
    m_list->setToolTip(tr("Tick the components to draw. The selected one also shows the "
                          "M/M/c queueing-theory prediction as a dashed line."));
    m_note->setWordWrap(true);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);

    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_list, 1);
    side->addWidget(m_note);
    auto *sideWidget = new QWidget;
    sideWidget->setLayout(side);
    // Narrow: ids are short, and the chart needs the width for its time axis.
    sideWidget->setMaximumWidth(115);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(sideWidget);
    layout->addWidget(m_chart, 1);

    connect(m_chart, &ComponentSeriesChart::componentsChanged, this,
            &ComponentChartPanel::syncList);
    connect(m_list, &QListWidget::itemChanged, this, &ComponentChartPanel::onItemChanged);
    connect(m_list, &QListWidget::currentItemChanged, this, &ComponentChartPanel::onCurrentChanged);
    syncList();
}

void ComponentChartPanel::syncList()
{
    const QSignalBlocker block(m_list);
    const QStringList ids = m_chart->components();
    // Components only come and go together (a fresh run): keep the list when it is the
    // start of the chart's, else build it again.
    bool prefix = m_list->count() <= ids.size();
    for (int i = 0; prefix && i < m_list->count(); ++i)
        prefix = m_list->item(i)->text() == ids[i];
    if (!prefix)
        m_list->clear();
    for (int i = m_list->count(); i < ids.size(); ++i) {
        auto *item = new QListWidgetItem(swatch(m_chart->componentColor(ids[i])), ids[i]);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chart->componentVisible(ids[i]) ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    }
    // The first M/M/c-able component gets the theory line until the student picks one.
    if (!m_list->currentItem() && m_list->count() > 0) {
        // After a fresh run, the student's earlier choice when it is there again.
        const auto kept = static_cast<int>(ids.indexOf(m_chart->theoryComponent()));
        int pick = std::max(0, kept);
        for (int i = 0; kept < 0 && i < ids.size(); ++i) {
            if (m_chart->theoryGraph(ids[i])) {
                pick = i;
                break;
            }
        }
        m_list->setCurrentRow(pick);
        m_chart->setTheoryComponent(ids[pick]);
    }
    updateNote();
}

void ComponentChartPanel::onItemChanged(QListWidgetItem *item)
{
    m_chart->setComponentVisible(item->text(), item->checkState() == Qt::Checked);
}

void ComponentChartPanel::onCurrentChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_chart->setTheoryComponent(item ? item->text() : QString());
    updateNote();
}

void ComponentChartPanel::selectComponent(const QString &id)
{
    const QList<QListWidgetItem *> found = m_list->findItems(id, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void ComponentChartPanel::updateNote()
{
    const QString id = m_chart->theoryComponent();
    const QString problem = m_chart->theoryProblem();
    if (id.isEmpty())
        m_note->setText(tr("Select a component to compare it with queueing theory."));
    else if (problem.isEmpty())
        m_note->setText(tr("Dashed: M/M/c theory for %1 at its measured arrival rate.").arg(id));
    else
        m_note->setText(tr("No theory line for %1: %2.").arg(id, problem));
}

} // namespace scalelab

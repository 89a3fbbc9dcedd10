#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace scalelab {

class ComponentSeriesChart;

/// A per-component chart with its chooser: a checkable list of components beside the
/// chart (ticked = drawn), and the current row picks the component whose queueing-theory
/// prediction is drawn dashed; a note under the list says when the theory does not apply.
class ComponentChartPanel : public QWidget {
    Q_OBJECT
public:
    /// Takes ownership of the chart.
    explicit ComponentChartPanel(ComponentSeriesChart *chart, QWidget *parent = nullptr);

    ComponentSeriesChart *chart() const { return m_chart; }
    QListWidget *componentList() const { return m_list; }
    /// Selects a component (e.g. the one selected on the canvas) for the theory line.
    void selectComponent(const QString &id);

private:
    void syncList();
    void onItemChanged(QListWidgetItem *item);
    void onCurrentChanged();
    void updateNote();

    ComponentSeriesChart *m_chart;
    QListWidget *m_list;
    QLabel *m_note;
};

} // namespace scalelab

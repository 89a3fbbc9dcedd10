#pragma once

// The inspector dock's content: every parameter of the selected component or link, or of
// the scenario when nothing is selected, with units, the model's ranges and a tooltip that
// explains each concept. It edits nothing itself: each committed user edit of one field
// emits exactly one signal carrying the whole new value (one edit = one undo step), and
// the owner answers by calling show*() again, which never emits.
//
// Field object names (for tests and integration): component page "id", "label", then each
// declared parameter by its YAML key ("workers", "capacity" with "capacity.none",
// "health_check.interval_s", "service_ms" with children "service_ms.kind", ".mean" ...;
// see ParamForm); link page "probability", "latency", "kind_read", "kind_write",
// "kind_static", "kind_async"; scenario page "name", "duration", "warmup".

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QToolButton;
class QScrollArea;
class QStackedWidget;

namespace scalelab {

class InspectorComponentPage;
class InspectorGroupPage;
class InspectorLinkPage;
class InspectorScenarioPage;

class InspectorWidget : public QWidget {
    Q_OBJECT
public:
    enum class Page { Empty, Component, Link, Scenario, Group };

    explicit InspectorWidget(QWidget *parent = nullptr);
    /// Silences its fields first: a field losing the focus while the widgets die would
    /// report an edit to this half-destroyed inspector.
    ~InspectorWidget() override;

    Page currentPage() const;

    /// Builds the menu of run-time actions (fail, recover, slow down) for a component. When
    /// set, the component page shows a "Faults" button that opens it; the live view owns
    /// the menu, so the canvas's right-click and the inspector offer the same actions.
    using ComponentMenuFactory = std::function<QMenu *(const QString &id, QWidget *parent)>;
    void setComponentMenuFactory(ComponentMenuFactory factory);
    QToolButton *faultsButton() const { return m_faults; }

public slots:
    void showComponent(const scalelab::Component &component);
    void showLink(const scalelab::Link &link, int linkIndex);
    void showScenario(const scalelab::Scenario &scenario);
    /// An autoscaling group's settings.
    void showGroup(const scalelab::Group &group);
    /// Shows a hint and no fields (e.g. several items selected, or no document).
    void clear();

signals:
    void componentEdited(QString id, scalelab::Component newValue);
    void linkEdited(int linkIndex, scalelab::Link newValue);
    void runSettingsEdited(scalelab::RunSettings newValue);
    void sloEdited(scalelab::Slo newValue);
    void nameEdited(QString name);
    void scalingEdited(QString groupId, scalelab::AutoscalingSettings newValue);

private:
    void setPage(QWidget *page);

    QScrollArea *m_scroll = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    InspectorComponentPage *m_component = nullptr;
    InspectorLinkPage *m_link = nullptr;
    InspectorScenarioPage *m_scenario = nullptr;
    InspectorGroupPage *m_group = nullptr;
    QToolButton *m_faults = nullptr;
    ComponentMenuFactory m_menuFactory;
    QString m_componentId;
};

} // namespace scalelab

#include "inspector/inspector_widget.h"

#include "inspector/inspector_component_page.h"
#include "inspector/inspector_group_page.h"
#include "inspector/inspector_link_page.h"
#include "inspector/inspector_scenario_page.h"

#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace scalelab {

InspectorWidget::~InspectorWidget()
{
    blockSignals(true);
    for (QObject *child : findChildren<QObject *>())
        child->blockSignals(true);
}

InspectorWidget::InspectorWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inspector"));
    // Register once so the value types can also cross queued connections.
    qRegisterMetaType<scalelab::Component>();
    qRegisterMetaType<scalelab::Link>();
    qRegisterMetaType<scalelab::RunSettings>();
    qRegisterMetaType<scalelab::Slo>();

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_faults = new QToolButton;
    m_faults->setObjectName(QStringLiteral("faultsButton"));
    m_faults->setText(tr("Faults: fail, recover, slow down…"));
    m_faults->setToolTip(tr("Inject a fault into the running simulation: kill this component, "
                            "bring it back, or slow it down, and watch what the others do."));
    m_faults->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_faults->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_faults->setVisible(false);
    connect(m_faults, &QToolButton::clicked, this, [this] {
        if (!m_menuFactory || m_componentId.isEmpty())
            return;
        QMenu *menu = m_menuFactory(m_componentId, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_faults->mapToGlobal(QPoint(0, m_faults->height())));
    });
    v->addWidget(m_faults);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Fields shrink to the dock's width; only a very narrow dock needs a horizontal bar.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    v->addWidget(m_scroll);

    m_stack = new QStackedWidget;
    m_empty = new QLabel(tr("Select a component or a link to see and edit its parameters."));
    m_empty->setObjectName(QStringLiteral("inspectorHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(12);
    m_component = new InspectorComponentPage;
    m_link = new InspectorLinkPage;
    m_scenario = new InspectorScenarioPage;
    m_group = new InspectorGroupPage;
    for (QWidget *page : {static_cast<QWidget *>(m_empty), static_cast<QWidget *>(m_component),
                          static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_scenario),
                          static_cast<QWidget *>(m_group)})
        m_stack->addWidget(page);
    m_scroll->setWidget(m_stack);

    connect(m_component, &InspectorComponentPage::edited, this, &InspectorWidget::componentEdited);
    connect(m_link, &InspectorLinkPage::edited, this, &InspectorWidget::linkEdited);
    connect(m_group, &InspectorGroupPage::scalingEdited, this, &InspectorWidget::scalingEdited);
    connect(m_scenario, &InspectorScenarioPage::nameEdited, this, &InspectorWidget::nameEdited);
    connect(m_scenario, &InspectorScenarioPage::runSettingsEdited, this,
            &InspectorWidget::runSettingsEdited);
    connect(m_scenario, &InspectorScenarioPage::sloEdited, this, &InspectorWidget::sloEdited);
    setPage(m_empty);
}

InspectorWidget::Page InspectorWidget::currentPage() const
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_component)
        return Page::Component;
    if (page == m_link)
        return Page::Link;
    if (page == m_scenario)
        return Page::Scenario;
    if (page == m_group)
        return Page::Group;
    return Page::Empty;
}

void InspectorWidget::showComponent(const Component &component)
{
    m_component->showComponent(component);
    m_componentId = QString::fromStdString(component.id);
    setPage(m_component);
}

void InspectorWidget::setComponentMenuFactory(ComponentMenuFactory factory)
{
    m_menuFactory = std::move(factory);
    m_faults->setVisible(m_menuFactory && m_stack->currentWidget() == m_component);
}

void InspectorWidget::showLink(const Link &link, int linkIndex)
{
    m_link->showLink(link, linkIndex);
    setPage(m_link);
}

void InspectorWidget::showScenario(const Scenario &scenario)
{
    m_scenario->showScenario(scenario);
    setPage(m_scenario);
}

void InspectorWidget::showGroup(const Group &group)
{
    m_group->showGroup(group);
    setPage(m_group);
}

void InspectorWidget::clear()
{
    setPage(m_empty);
}

void InspectorWidget::setPage(QWidget *page)
{
    m_faults->setVisible(m_menuFactory && page == m_component);
    if (m_stack->currentWidget() == page)
        return; // refreshing the same page keeps the scroll position while typing
    m_stack->setCurrentWidget(page);
    // A stacked widget sizes to its largest page; size it to the shown one instead so a
    // short page does not scroll over the empty space of a long one.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *w = m_stack->widget(i);
        w->setSizePolicy(QSizePolicy::Preferred,
                         w == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_stack->adjustSize();
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace scalelab

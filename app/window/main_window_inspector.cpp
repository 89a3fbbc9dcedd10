// The inspector dock: shows what is selected and turns each committed field edit into
// one undo command.
#include "window/main_window.h"

#include "canvas/canvas_scene.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "document/link_commands.h"
#include "document/scenario_commands.h"
#include "inspector/inspector_widget.h"
#include "scenario/scenario_io.h"

#include <QStatusBar>

namespace scalelab {

namespace {
constexpr int kStatusTimeoutMs = 8000;
} // namespace

void MainWindow::connectInspector()
{
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::refreshInspector);
    connect(m_doc, &Document::scenarioReset, this, &MainWindow::refreshInspector);
    connect(m_doc, &Document::componentChanged, this, &MainWindow::refreshInspector);
    connect(m_doc, &Document::linksChanged, this, &MainWindow::refreshInspector);
    connect(m_doc, &Document::settingsChanged, this, &MainWindow::refreshInspector);

    connect(m_inspector, &InspectorWidget::componentEdited, this,
            [this](const QString &id, const Component &value) {
                const QString newId = QString::fromStdString(value.id);
                const QString refusal =
                    m_doc->pushChecked(new ChangeComponentCommand(m_doc, id, value));
                if (!refusal.isEmpty()) {
                    refuse(refusal);
                    return;
                }
                // A rename replaces the card; keep it selected under its new id.
                if (newId != id)
                    m_scene->selectComponents({newId});
            });
    connect(m_inspector, &InspectorWidget::scalingEdited, this, &MainWindow::changeScaling);
    connect(m_doc, &Document::groupsChanged, this, &MainWindow::refreshInspector);
    connect(m_inspector, &InspectorWidget::linkEdited, this, [this](int index, const Link &value) {
        if (index < 0 || index >= static_cast<int>(m_doc->scenario().links.size()))
            return;
        if (const QString refusal = m_doc->pushChecked(new ChangeLinkCommand(m_doc, index, value));
            !refusal.isEmpty())
            refuse(refusal);
    });
    connect(m_inspector, &InspectorWidget::runSettingsEdited, this, [this](const RunSettings &r) {
        if (const QString refusal = m_doc->pushChecked(makeChangeRunSettingsCommand(m_doc, r));
            !refusal.isEmpty())
            refuse(refusal);
    });
    connect(m_inspector, &InspectorWidget::sloEdited, this, [this](const Slo &slo) {
        if (const QString refusal = m_doc->pushChecked(makeChangeSloCommand(m_doc, slo));
            !refusal.isEmpty())
            refuse(refusal);
    });
    connect(m_inspector, &InspectorWidget::nameEdited, this, [this](const QString &name) {
        m_doc->undoStack()->push(makeRenameScenarioCommand(m_doc, name.toStdString()));
    });
}

void MainWindow::refuse(const QString &why)
{
    // The inspector still shows what was typed: show the design's value again.
    statusBar()->showMessage(tr("Not changed: %1").arg(why), kStatusTimeoutMs);
    refreshInspector();
}

void MainWindow::refreshInspector()
{
    const QStringList ids = m_scene->selectedComponentIds();
    const QList<int> links = m_scene->selectedLinkIndices();
    const Scenario &s = m_doc->scenario();
    if (ids.size() == 1 && links.isEmpty()) {
        if (const Component *c = s.find(ids.front().toStdString())) {
            m_inspector->showComponent(*c);
            return;
        }
    }
    if (ids.isEmpty() && links.size() == 1 && links.front() < static_cast<int>(s.links.size())) {
        m_inspector->showLink(s.links[static_cast<std::size_t>(links.front())], links.front());
        return;
    }
    const QStringList groups = m_scene->selectedGroupIds();
    if (ids.isEmpty() && links.isEmpty() && groups.size() == 1) {
        for (const Group &g : s.groups)
            if (g.kind == GroupKind::Autoscaling && g.id == groups.front().toStdString()) {
                m_inspector->showGroup(g);
                return;
            }
    }
    if (ids.isEmpty() && links.isEmpty()) {
        m_inspector->showScenario(s);
        return;
    }
    m_inspector->clear();
}

} // namespace scalelab

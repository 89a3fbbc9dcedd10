#include "window/simulation_menu.h"

#include "canvas/canvas_view.h"
#include "document/document.h"
#include "document/problem_text.h"
#include "live/run_toolbar.h"
#include "run/run_controller.h"
#include "window/capacity_dialog.h"
#include "window/chaos_dialog.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/run_summary_dock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace scalelab {

SimulationMenu::SimulationMenu(MainWindow *window, LiveView *live)
    : QObject(window), m_window(window), m_live(live)
{
    RunToolbar *bar = live->toolbar();
    m_menu = window->menuBar()->addMenu(tr("&Simulation"));
    m_menu->setObjectName(QStringLiteral("SimulationMenu"));

    m_toggle = new QAction(tr("Run / &Pause"), window);
    m_toggle->setObjectName(QStringLiteral("runPauseAction"));
    m_toggle->setShortcut(Qt::Key_Space);
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_toggle->setToolTip(tr("Run, or pause a running simulation (Space)"));
    connect(m_toggle, &QAction::triggered, this, &SimulationMenu::toggleRun);
    window->addAction(m_toggle);

    m_menu->addAction(m_toggle);
    m_menu->addActions({bar->runAction(), bar->pauseAction()});
    m_menu->addSeparator();
    m_menu->addActions({bar->stepEventAction(), bar->stepSecondAction()});
    m_menu->addSeparator();
    m_menu->addAction(bar->resetAction());
    m_menu->addSeparator();

    // A deploy renews the static assets: CDNs' copies become misses (versioned URLs).
    m_deploy = m_menu->addAction(tr("&Deploy New Version"));
    m_deploy->setObjectName(QStringLiteral("deployAction"));
    m_deploy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deploy->setToolTip(tr("Deploy a new version of the site now: every static asset gets a "
                            "new URL, so each CDN fetches it from the origin once"));
    m_deploy->setStatusTip(m_deploy->toolTip());
    connect(m_deploy, &QAction::triggered, this,
            [live] { live->controller()->deployAssets(QString()); });
    // Enabled while the design has something holding assets: kept up to date with the
    // design, since the shortcut works without the menu being opened.
    const auto updateDeploy = [this] {
        bool assets = false;
        for (const Component &c : m_window->document()->scenario().components)
            assets = assets || traitsOf(c.kind).servesAssets;
        m_deploy->setEnabled(assets);
    };
    Document *doc = m_window->document();
    connect(doc, &Document::componentAdded, this, updateDeploy);
    connect(doc, &Document::componentRemoved, this, updateDeploy);
    connect(doc, &Document::scenarioReset, this, updateDeploy);
    updateDeploy();
    m_menu->addSeparator();

    // The speed, as in the toolbar's combo, which stays the one place that holds it.
    QMenu *speed = m_menu->addMenu(tr("S&peed"));
    speed->setObjectName(QStringLiteral("SpeedMenu"));
    auto *speeds = new QActionGroup(speed);
    QComboBox *combo = bar->speedCombo();
    for (int i = 0; i < combo->count(); ++i) {
        QAction *a = speed->addAction(combo->itemText(i));
        a->setCheckable(true);
        a->setChecked(i == combo->currentIndex());
        speeds->addAction(a);
        connect(a, &QAction::triggered, combo, [combo, i] { combo->setCurrentIndex(i); });
    }
    connect(combo, &QComboBox::currentIndexChanged, speed, [speeds](int i) {
        if (i >= 0 && i < speeds->actions().size())
            speeds->actions().at(i)->setChecked(true);
    });
    m_menu->addSeparator();
    // The design's resilience and capacity, measured by many runs in the background.
    QAction *chaos = m_menu->addAction(tr("Chaos &Test…"));
    chaos->setObjectName(QStringLiteral("chaosTestAction"));
    chaos->setStatusTip(tr("Fail each component in turn and see whether the design keeps "
                           "its SLO (availability and p99) after the failure"));
    connect(chaos, &QAction::triggered, this, [this] { openAnalysis(Analysis::Chaos); });
    QAction *capacity = m_menu->addAction(tr("&Capacity Curve…"));
    capacity->setObjectName(QStringLiteral("capacityCurveAction"));
    capacity->setStatusTip(tr("Run the design at a series of loads and draw its latency "
                              "against the load: the hockey stick"));
    connect(capacity, &QAction::triggered, this, [this] { openAnalysis(Analysis::Capacity); });
    m_menu->addSeparator();
    m_menu->addAction(live->summary()->toggleViewAction());

    qApp->installEventFilter(this);
}

QDialog *SimulationMenu::openAnalysis(Analysis which)
{
    const Scenario &scenario = m_window->document()->scenario();
    const std::vector<ScenarioError> errors = validateScenario(scenario);
    if (!errors.empty()) {
        QMessageBox::information(
            m_window, which == Analysis::Chaos ? tr("Chaos Test") : tr("Capacity Curve"),
            tr("The design cannot run yet: %1").arg(describeProblem(scenario, errors.front())));
        return nullptr;
    }
    QDialog *dialog = nullptr;
    if (which == Analysis::Chaos) {
        dialog = new ChaosDialog(scenario, m_window);
    } else {
        auto *capacity = new CapacityDialog(scenario, m_window);
        capacity->start();
        dialog = capacity;
    }
    dialog->show();
    return dialog;
}

void SimulationMenu::toggleRun()
{
    RunToolbar *bar = m_live->toolbar();
    if (m_live->controller()->isRunning())
        bar->pauseAction()->trigger();
    else
        bar->runAction()->trigger();
}

bool SimulationMenu::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress &&
        type != QEvent::KeyRelease && type != QEvent::MouseButtonPress)
        return QObject::eventFilter(watched, event);
    auto *w = qobject_cast<QWidget *>(watched);
    if (!w || w->window() != m_window)
        return QObject::eventFilter(watched, event);
    // The view takes the keys, its viewport the mouse.
    const bool onCanvas = qobject_cast<CanvasView *>(w) != nullptr ||
                          qobject_cast<CanvasView *>(w->parentWidget()) != nullptr;
    if (type == QEvent::MouseButtonPress) {
        if (onCanvas && m_spaceOnCanvas)
            m_spaceDragged = true; // Space + drag pans the canvas: no run toggle then
        return QObject::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    if (type == QEvent::ShortcutOverride) {
        // Before a shortcut fires, the focused widget is asked whether it wants the key.
        // Space types a blank, presses a button, ticks a box or opens a combo there; on
        // the canvas it is held to pan, and a tap toggles the run on release (below).
        if (onCanvas || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractItemView *>(w)) {
            event->accept();
            return true;
        }
    } else if (onCanvas && !key->isAutoRepeat()) {
        if (type == QEvent::KeyPress) {
            m_spaceOnCanvas = true;
            m_spaceDragged = false;
        } else if (m_spaceOnCanvas) {
            m_spaceOnCanvas = false;
            if (!m_spaceDragged)
                toggleRun();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace scalelab

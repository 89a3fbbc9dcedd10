#include "window/presenter_mode.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "canvas/presenter_style.h"
#include "live/run_toolbar.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/lesson_catalog.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <limits>
#include <set>

namespace scalelab {

namespace {

bool contains(const std::set<std::string> &ids, const std::string &id)
{
    return ids.count(id) > 0;
}

QString stateMark(GoalState s)
{
    switch (s) {
    case GoalState::Met:
        return QStringLiteral("<span style='color:#2e7d32'>✔</span>");
    case GoalState::Failed:
        return QStringLiteral("<span style='color:#c62828'>✘</span>");
    case GoalState::Pending:
        break;
    }
    return QStringLiteral("<span style='color:#757575'>…</span>");
}

} // namespace

Scenario PresenterMode::revealed(const Scenario &s, int step)
{
    if (s.reveal.empty())
        return s;
    const std::vector<std::string> shownList = revealedAt(s.reveal, step);
    const std::set<std::string> shown(shownList.begin(), shownList.end());
    Scenario part = s;
    part.components.clear();
    for (const Component &c : s.components)
        if (contains(shown, c.id))
            part.components.push_back(c);
    part.links.clear();
    for (const Link &l : s.links)
        if (contains(shown, l.from) && contains(shown, l.to))
            part.links.push_back(l);
    part.faults.clear();
    for (const Fault &f : s.faults)
        if (contains(shown, f.component))
            part.faults.push_back(f);
    part.groups.clear();
    for (Group g : s.groups) {
        std::erase_if(g.members, [&](const std::string &id) { return !contains(shown, id); });
        if (!g.members.empty())
            part.groups.push_back(std::move(g));
    }
    part.reveal.clear(); // the part is shown whole
    part.goals.clear();
    for (const Goal &g : s.goals) {
        const bool needsHidden = (!g.component.empty() && !contains(shown, g.component)) ||
                                 (!g.survives.empty() && !contains(shown, g.survives));
        if (!needsHidden)
            part.goals.push_back(g);
    }
    return part;
}

PresenterMode::PresenterMode(const Scenario &scenario, bool fullScreen, QObject *parent)
    : QObject(parent), m_full(scenario), m_autoRun(fullScreen)
{
    m_window = new MainWindow;
    m_window->setDialogsEnabled(false);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setWindowTitle(tr("ScaleLab presenter"));
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        bar->setVisible(bar == LiveView::of(m_window)->toolbar());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        const QString name = dock->objectName();
        const bool keep =
            name == QLatin1String("latencyDock") || name == QLatin1String("errorsDock");
        dock->setVisible(keep);
        if (keep) {
            m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
            dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
        }
    }
    QFont big = m_window->font();
    big.setPixelSize(20);
    m_window->setFont(big);
    m_window->scene()->setProperty(presenter::kSceneProperty, true);
    m_window->view()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_window->view()->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_goals = new QLabel(m_window->view());
    m_goals->setObjectName(QStringLiteral("presenterGoals"));
    m_goals->setTextFormat(Qt::RichText);
    m_goals->setWordWrap(true);
    m_goals->setStyleSheet(QStringLiteral("QLabel { background: rgba(255,255,255,225); color: "
                                          "#202020; border: 2px solid #9e9e9e; border-radius: "
                                          "10px; padding: 12px; font-size: 24px; }"));
    m_caption = new QLabel(m_window->view());
    m_caption->setObjectName(QStringLiteral("presenterStep"));
    m_caption->setStyleSheet(QStringLiteral("QLabel { background: rgba(32,32,32,200); color: "
                                            "white; border-radius: 10px; padding: 10px 16px; "
                                            "font-size: 30px; }"));

    // Slide keys, wherever the focus is: clickers send PageDown/PageUp or the arrows.
    auto key = [this](QList<QKeySequence> keys, auto slot) {
        auto *a = new QAction(m_window);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_window->addAction(a);
    };
    key({Qt::Key_PageDown, Qt::Key_Right, Qt::Key_Down, Qt::Key_Space}, [this] { next(); });
    key({Qt::Key_PageUp, Qt::Key_Left, Qt::Key_Up}, [this] { previous(); });
    key({Qt::Key_Escape}, [this] { m_window->close(); });
    // No presenter inside the presenter; and the editing keys stay off on a projector.
    for (QAction *a : m_window->findChildren<QAction *>(QStringLiteral("presenterAction")))
        a->setEnabled(false);

    m_window->installEventFilter(this);
    m_window->view()->installEventFilter(this);
    connect(LiveView::of(m_window)->controller(), &RunController::frameShown, this,
            &PresenterMode::showFrame);

    // The whole design's extent, so that cards keep their places from step to step.
    m_window->openUntitled(m_full);
    for (QGraphicsItem *item : m_window->scene()->items())
        if (qgraphicsitem_cast<ComponentItem *>(item))
            m_fullRect = m_fullRect.united(item->sceneBoundingRect());
    m_fullRect.adjust(-40, -40, 40, 40);
    m_step = 0;
    showStep(1);
    if (fullScreen)
        m_window->showFullScreen();
    else
        m_window->show();
}

PresenterMode::~PresenterMode()
{
    if (m_window) {
        m_window->removeEventFilter(this);
        m_window->view()->removeEventFilter(this);
        delete m_window.data();
    }
}

int PresenterMode::stepCount() const
{
    return std::max<int>(1, static_cast<int>(m_full.reveal.size()));
}

void PresenterMode::showStep(int step)
{
    step = std::clamp(step, 1, stepCount());
    if (step == m_step)
        return;
    m_step = step;
    const Scenario part = revealed(m_full, step);
    m_shownGoals = part.goals;
    m_window->openUntitled(part);
    if (!validateScenario(part).empty()) {
        // Nothing can run yet (say, users that reach no server): the run gets an empty
        // design instead of going on with the previous step's.
        LiveView::of(m_window)->controller()->simulation()->load(Scenario{});
    }
    m_window->scene()->setProperty(presenter::kSceneProperty, true);
    m_window->scene()->update();
    updateCaption();
    showFrame(nullptr);
    fit();
    if (m_autoRun) // on a projector the run starts by itself, like a slide's animation
        QTimer::singleShot(0, this, [this] {
            if (m_window)
                LiveView::of(m_window)->controller()->run();
        });
    emit stepChanged(m_step);
}

void PresenterMode::fit()
{
    // The design fills the band between the step caption (top left) and the goals
    // (bottom right), never below 1:1, so its text keeps its projector size.
    placeOverlays();
    CanvasView *view = m_window->view();
    const QRect vp = view->viewport()->rect();
    const int margin = 16;
    const int top = m_caption->geometry().bottom() + margin;
    const int bottom = m_goals->isVisible() ? m_goals->height() + 2 * margin : margin;
    const qreal bandHeight = std::max(1, vp.height() - top - bottom);
    const qreal zoom =
        std::max<qreal>(1.0, std::min((vp.width() - 2.0 * margin) / m_fullRect.width(),
                                      bandHeight / m_fullRect.height()));
    view->resetTransform();
    view->scale(zoom, zoom);
    const QPointF bandCentre(vp.width() / 2.0, top + bandHeight / 2.0);
    view->centerOn(m_fullRect.center() + (QPointF(vp.center()) - bandCentre) / zoom);
}

void PresenterMode::updateCaption()
{
    QString title;
    if (!m_full.reveal.empty())
        title = lessonText(m_full.reveal[static_cast<std::size_t>(m_step - 1)].title.c_str());
    m_caption->setText(tr("Step %1 of %2").arg(m_step).arg(stepCount()) +
                       (title.isEmpty() ? QString() : QStringLiteral(" — ") + title));
    m_caption->adjustSize();
}

void PresenterMode::showFrame(const std::shared_ptr<const Frame> &frame)
{
    const std::vector<Goal> &goals = m_shownGoals;
    if (goals.empty()) {
        m_goals->hide();
        return;
    }
    QString html = QStringLiteral("<b>%1</b>").arg(tr("Goals"));
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const Goal &g = goals[i];
        const bool have = frame && frame->goals.size() == goals.size();
        const GoalState state = have ? frame->goals[i].state : GoalState::Pending;
        const double value =
            have ? frame->goals[i].value : std::numeric_limits<double>::quiet_NaN();
        html += QStringLiteral("<br>%1 %2 <span style='color:#555'>(%3)</span>")
                    .arg(stateMark(state), goalTitle(g).toHtmlEscaped(), goalValue(g, value));
    }
    m_goals->setText(html);
    m_goals->show();
    placeOverlays();
}

void PresenterMode::placeOverlays()
{
    QWidget *view = m_window->view();
    const int margin = 16;
    m_goals->setFixedWidth(std::min(900, view->width() / 2));
    m_goals->adjustSize();
    m_goals->move(view->width() - m_goals->width() - margin,
                  view->height() - m_goals->height() - margin);
    m_caption->move(margin, margin);
    m_goals->raise();
    m_caption->raise();
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        // Not the editor's close: no save prompt, and the editor's layout is not rewritten.
        event->ignore();
        m_window->hide();
        emit closed();
        return true;
    }
    if (watched == m_window->view() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace scalelab

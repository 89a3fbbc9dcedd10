#include "window/lessons_dock.h"

#include "document/document.h"
#include "run/run_controller.h"
#include "scenario/scenario_io.h"
#include "window/lesson_catalog.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scalelab {

namespace {

const QString kDoneKey = QStringLiteral("lessons/done");

/// The lesson whose file has this scenario name (a lesson opened with File ▸ Open, or
/// saved under another name), or -1.
int lessonNamed(const std::string &name)
{
    static std::vector<std::string> names;
    if (names.empty())
        for (const Lesson &l : lessons()) {
            const LoadResult r = loadScenarioFile(lessonPath(l).toStdString());
            names.push_back(r.ok() ? r.scenario->name : std::string());
        }
    for (std::size_t i = 0; i < names.size(); ++i)
        if (!name.empty() && names[i] == name)
            return static_cast<int>(i);
    return -1;
}

enum GoalColumn { ColumnState, ColumnGoal, ColumnValue };

QString stateText(GoalState s)
{
    switch (s) {
    case GoalState::Pending:
        return LessonsDock::tr("pending");
    case GoalState::Met:
        return LessonsDock::tr("met");
    case GoalState::Failed:
        return LessonsDock::tr("failed");
    }
    return {};
}

QColor stateColor(GoalState s)
{
    switch (s) {
    case GoalState::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case GoalState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case GoalState::Pending:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

LessonsDock::LessonsDock(MainWindow *window) : QDockWidget(tr("Lessons"), window), m_window(window)
{
    setObjectName(QStringLiteral("LessonsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(body);
    layout->addWidget(m_list);
    auto *split = new QSplitter(Qt::Vertical, body);
    m_list->setToolTip(tr("The chapter, stage by stage. Double-click a lesson to open it."));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_text = new QTextBrowser(split);
    m_text->setOpenLinks(false);
    auto *goalsBox = new QWidget(split);
    auto *goalsLayout = new QVBoxLayout(goalsBox);
    goalsLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(goalsBox);
    m_summary->setWordWrap(true);
    m_goals = new QTreeWidget(goalsBox);
    m_goals->setRootIsDecorated(false);
    m_goals->setWordWrap(true);
    m_goals->setHeaderLabels({tr("State"), tr("Goal"), tr("Measured")});
    m_goals->header()->setSectionResizeMode(ColumnGoal, QHeaderView::Stretch);
    m_goals->header()->setStretchLastSection(false);
    goalsLayout->addWidget(m_summary);
    goalsLayout->addWidget(m_goals);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_goals->header()->setSectionResizeMode(ColumnState, QHeaderView::ResizeToContents);
    m_goals->header()->setSectionResizeMode(ColumnValue, QHeaderView::ResizeToContents);
    m_goals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(340);
    layout->addWidget(split);
    setWidget(body);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openLesson(m_list->row(item)); });
    Document *doc = window->document();
    connect(doc, &Document::scenarioReset, this, [this] {
        if (!m_opening)
            m_current = lessonNamed(m_window->document()->scenario().name); // File > Open too
        showLessonText();
        rebuildGoals();
    });
    RunController *run = LiveView::of(window)->controller();
    connect(run, &RunController::frameShown, this, &LessonsDock::showFrame);
    connect(run, &RunController::runCleared, this, &LessonsDock::rebuildGoals);
    refreshList();
    showLessonText();
    rebuildGoals();
}

QStringList LessonsDock::doneLessons()
{
    return QSettings().value(kDoneKey).toStringList();
}

void LessonsDock::setDone(const QString &id, bool done)
{
    QStringList ids = doneLessons();
    ids.removeAll(id);
    if (done)
        ids.append(id);
    QSettings().setValue(kDoneKey, ids);
}

bool LessonsDock::openLesson(int index)
{
    if (index < 0 || index >= static_cast<int>(lessons().size()))
        return false;
    const Lesson &lesson = lessons()[static_cast<std::size_t>(index)];
    const QString path = lessonPath(lesson);
    const LoadResult loaded = loadScenarioFile(path.toStdString());
    if (!loaded.ok()) {
        m_text->setPlainText(tr("The lesson's file cannot be read:\n%1")
                                 .arg(path.isEmpty() ? QString::fromLatin1(lesson.file)
                                                     : QString::fromStdString(loaded.message())));
        return false;
    }
    if (m_window->document()->isModified() && m_window->isVisible() &&
        QMessageBox::question(m_window, tr("Open lesson"),
                              tr("The design has unsaved changes. Open the lesson anyway "
                                 "and lose them?")) != QMessageBox::Yes)
        return false;
    m_opening = true;
    m_current = index;
    m_window->openUntitled(*loaded.scenario); // a copy: Save never overwrites the lesson
    m_opening = false;
    m_list->setCurrentRow(index);
    showLessonText();
    rebuildGoals();
    return true;
}

void LessonsDock::refreshList()
{
    const QStringList done = doneLessons();
    m_list->clear();
    for (const Lesson &lesson : lessons()) {
        const bool isDone = done.contains(QString::fromLatin1(lesson.id));
        auto *item = new QListWidgetItem((isDone ? QStringLiteral("✓ ") : QStringLiteral("    ")) +
                                             lessonText(lesson.title),
                                         m_list);
        item->setData(Qt::UserRole, isDone);
        item->setToolTip(isDone ? tr("Done: every goal was met") : tr("Not done yet"));
    }
    if (m_current >= 0)
        m_list->setCurrentRow(m_current);
    // Every lesson in sight without scrolling: the list is as tall as its rows.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * m_list->count() + 2 * m_list->frameWidth() +
                           4);
}

void LessonsDock::showLessonText()
{
    if (m_current < 0) {
        const Scenario &s = m_window->document()->scenario();
        m_text->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                            .arg(QString::fromStdString(s.name).toHtmlEscaped(),
                                 s.goals.empty()
                                     ? tr("Double-click a lesson above to open it.")
                                     : tr("This design has goals of its own: run it to see "
                                          "whether they are met.")));
        return;
    }
    const Lesson &l = lessons()[static_cast<std::size_t>(m_current)];
    m_text->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p>")
                        .arg(lessonText(l.title).toHtmlEscaped(),
                             lessonText(l.about).toHtmlEscaped(), tr("Try:"),
                             lessonText(l.tryThis).toHtmlEscaped(), tr("Watch:"),
                             lessonText(l.watch).toHtmlEscaped()));
}

void LessonsDock::rebuildGoals()
{
    m_goals->clear();
    const std::vector<Goal> &goals = m_window->document()->scenario().goals;
    for (const Goal &g : goals) {
        auto *item = new QTreeWidgetItem(m_goals);
        item->setText(ColumnState, stateText(GoalState::Pending));
        item->setForeground(ColumnState, stateColor(GoalState::Pending));
        item->setText(ColumnGoal, goalTitle(g));
        item->setToolTip(ColumnGoal, goalCondition(g));
        item->setText(ColumnValue, QStringLiteral("–"));
    }
    m_summary->setText(goals.empty() ? tr("This design has no goals.")
                                     : tr("Goals: run the design to judge them."));
}

void LessonsDock::showFrame(const std::shared_ptr<const Frame> &frame)
{
    const std::vector<Goal> &goals = m_window->document()->scenario().goals;
    if (!frame || frame->goals.size() != goals.size() ||
        m_goals->topLevelItemCount() != static_cast<int>(goals.size()))
        return;
    int met = 0;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const GoalStatus &st = frame->goals[i];
        QTreeWidgetItem *item = m_goals->topLevelItem(static_cast<int>(i));
        item->setText(ColumnState, stateText(st.state));
        item->setForeground(ColumnState, stateColor(st.state));
        item->setText(ColumnValue, goalValue(goals[i], st.value));
        item->setToolTip(ColumnValue, st.note.empty() ? goalCondition(goals[i])
                                                      : QString::fromStdString(st.note));
        met += st.state == GoalState::Met;
    }
    m_summary->setText(tr("%1 of %2 goals met").arg(met).arg(goals.size()));
    if (m_current >= 0 && met == static_cast<int>(goals.size()) && met > 0) {
        const QString id = QString::fromLatin1(lessons()[static_cast<std::size_t>(m_current)].id);
        if (!doneLessons().contains(id)) {
            setDone(id, true);
            refreshList();
            emit lessonDone(m_current);
        }
    }
}

} // namespace scalelab

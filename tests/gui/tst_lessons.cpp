// The lessons of stages 1-4: each one's goals are met by the edits a student would make
// (pushed as undo commands, as the GUI does) and, where the lesson says so, failed on the
// untouched design. The Lessons panel opens them, shows their goals live, and remembers
// the lessons done.
#include "document/component_commands.h"
#include "document/document.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "sim/goal_tracker.h"
#include "window/lesson_catalog.h"
#include "window/lessons_dock.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace scalelab;

namespace {

std::vector<GoalState> states(const Scenario &s)
{
    std::vector<GoalState> out;
    for (const GoalStatus &st : evaluateGoals(s))
        out.push_back(st.state);
    return out;
}

QString describe(const Scenario &s)
{
    QString text;
    const std::vector<GoalStatus> st = evaluateGoals(s);
    for (std::size_t i = 0; i < st.size(); ++i)
        text += QStringLiteral("\n  %1 %2 = %3")
                    .arg(QString::fromLatin1(toString(st[i].state)),
                         QString::fromStdString(describeGoal(s.goals[i])))
                    .arg(st[i].value);
    return text;
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    LessonsDock *m_dock = nullptr;

    Document *doc() const { return m_window->document(); }
    /// Pushes a changed copy of a component as the inspector would.
    template <typename Edit> void change(const char *id, Edit edit)
    {
        Component c = *doc()->scenario().find(id);
        edit(c);
        const QString refused = doc()->pushChecked(new ChangeComponentCommand(doc(), id, c));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }
    void setRate(double rps)
    {
        change("users", [rps](Component &c) { c.as<ClientsParams>().rate_rps = rps; });
    }
    void expect(const std::vector<GoalState> &wanted)
    {
        const Scenario &s = doc()->scenario();
        QVERIFY2(states(s) == wanted, qPrintable(describe(s)));
    }
    void expectAllMet()
    {
        expect(std::vector<GoalState>(doc()->scenario().goals.size(), GoalState::Met));
    }
    void open(int lesson)
    {
        QVERIFY(m_dock->openLesson(lesson));
        QCOMPARE(m_dock->currentLesson(), lesson);
        QVERIFY(doc()->scenario().goals.size() >= 2 && doc()->scenario().goals.size() <= 4);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // progress goes to a test settings store
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLabTest"));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("lessons/done"));
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_dock = m_window->findChild<LessonsDock *>();
        QVERIFY(m_dock);
    }
    void cleanup() { m_window.reset(); }

    void panelListsTheChapterInOrder()
    {
        QCOMPARE(m_dock->lessonList()->count(), static_cast<int>(lessons().size()));
        QVERIFY(m_dock->lessonList()->item(0)->text().contains("single server"));
        QVERIFY(m_dock->lessonList()->item(3)->text().contains("load balancer"));
    }

    void stage1HockeyStick()
    {
        open(0);
        using G = GoalState;
        expect({G::Met, G::Failed, G::Met}); // untouched: p99 stays under 1 s
        change("users", [](Component &c) { c.as<ClientsParams>().curve.back().rate_rps = 110; });
        expectAllMet();
    }

    void stage2Bottleneck()
    {
        open(1);
        using G = GoalState;
        expect({G::Met, G::Failed, G::Failed});              // the database is the bottleneck
        change("web", [](Component &c) { c.workers = 64; }); // the wrong tier: no help
        expect({G::Met, G::Failed, G::Failed});
        doc()->undoStack()->undo();
        change("db", [](Component &c) { c.workers = 4; });
        expectAllMet();
    }

    void stage3ScaleUp()
    {
        open(2);
        using G = GoalState;
        expect({G::Failed, G::Met, G::Met});
        setRate(2000); // more load on the same machine: the hockey stick again
        expect({G::Failed, G::Failed, G::Met});
        change("big", [](Component &c) {
            c.workers = 64;
            c.speed = 4;
            c.cost_per_hour = 19.2;
        });
        expectAllMet();
    }

    void stage4ScaleOut()
    {
        open(3);
        using G = GoalState;
        expect({G::Failed, G::Met, G::Met, G::Met});
        setRate(1000); // one server left cannot carry 1,000 requests/s
        const std::vector<GoalState> overloaded = states(doc()->scenario());
        QCOMPARE(overloaded[0], G::Met);
        // The survivor drowns: its queue grows (p99), or, where queues are bounded and
        // users give up, requests fail (availability). Either way the lesson is not done.
        QVERIFY(overloaded[1] == G::Failed || overloaded[2] == G::Failed);
        Component web3 = *doc()->scenario().find("web1");
        web3.id = "web3";
        web3.position = Position{300, 360};
        const QString refused = doc()->pushChecked(new AddItemsCommand(
            doc(), QStringLiteral("Add web3"), {web3},
            {Link{"lb", "web3", 1.0, 0.2, {}}, Link{"web3", "db", 0.5, 0.5, {}}}));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        expectAllMet();
        // A bigger design costs more: four servers break the budget.
        Component web4 = web3;
        web4.id = "web4";
        QVERIFY(doc()
                    ->pushChecked(new AddItemsCommand(doc(), QStringLiteral("Add web4"), {web4},
                                                      {Link{"lb", "web4", 1.0, 0.2, {}}}))
                    .isEmpty());
        QCOMPARE(states(doc()->scenario())[3], G::Failed);
    }

    void goalsShowLiveAndProgressIsRemembered()
    {
        open(1);
        change("db", [](Component &c) { c.workers = 4; });
        QTreeWidget *goals = m_dock->goalsView();
        QCOMPARE(goals->topLevelItemCount(), 3);
        QCOMPARE(goals->topLevelItem(1)->text(0), QStringLiteral("pending"));
        m_window->show();
        RunController *run = LiveView::of(m_window.get())->controller();
        run->simulation()->pauseAt(doc()->scenario().run.duration_s);
        run->setSpeed(SimulationThread::kAsFastAsPossible);
        run->syncNow(); // the edit reaches the run before it starts
        run->run();
        QVERIFY(run->simulation()->waitUntilPaused(60000));
        QTRY_VERIFY(run->lastFrame() && run->lastFrame()->t_s >= doc()->scenario().run.duration_s);
        for (int i = 0; i < 3; ++i)
            QTRY_COMPARE(goals->topLevelItem(i)->text(0), QStringLiteral("met"));
        QVERIFY(goals->topLevelItem(1)->text(2).endsWith('%'));
        QVERIFY(LessonsDock::doneLessons().contains(QStringLiteral("stage-2")));
        QVERIFY(m_dock->lessonList()->item(1)->text().startsWith(QStringLiteral("✓")));
        QVERIFY(!m_dock->lessonList()->item(0)->text().startsWith(QStringLiteral("✓")));
        // Remembered by a new window (the next session).
        m_window.reset();
        MainWindow again;
        auto *dock = again.findChild<LessonsDock *>();
        QVERIFY(dock->lessonList()->item(1)->text().startsWith(QStringLiteral("✓")));
    }
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"

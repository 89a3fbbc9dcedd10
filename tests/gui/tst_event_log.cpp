// The event log lists entries with their times, filters them, and a click on an entry
// names its component.
#include "live/event_log_widget.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace scalelab;

class TestEventLog : public QObject {
    Q_OBJECT
private slots:
    void entriesFromFrames();
    void clickEmitsComponent();
    void filterNarrows();
    void longRowsShowWhole();
};

namespace {

Frame frameWithLog()
{
    Frame f;
    f.t_s = 12;
    f.newLog = {{10.25, "web1", "failed (by hand)"},
                {11.0, "lb", "health check: web1 marked unhealthy after 2 failed checks"},
                {11.5, "web2", "rejecting requests: queue full"}};
    return f;
}

} // namespace

void TestEventLog::entriesFromFrames()
{
    EventLogWidget log;
    log.appendFrame(frameWithLog());
    log.appendFrame(Frame{}); // nothing new
    QCOMPARE(log.entryCount(), 3);
    const QAbstractItemModel *m = log.view()->model();
    QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("10.250"));
    QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("web1"));
    QCOMPARE(m->index(1, 2).data().toString(),
             QStringLiteral("health check: web1 marked unhealthy after 2 failed checks"));
    log.clear();
    QCOMPARE(log.entryCount(), 0);
}

void TestEventLog::clickEmitsComponent()
{
    EventLogWidget log;
    log.resize(600, 300);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    log.appendFrame(frameWithLog());
    QSignalSpy spy(&log, &EventLogWidget::componentActivated);
    QTableView *view = log.view();
    const QRect cell = view->visualRect(view->model()->index(1, 2));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("lb"));
}

void TestEventLog::filterNarrows()
{
    EventLogWidget log;
    log.appendFrame(frameWithLog());
    log.setFilterText("WEB2");
    QCOMPARE(log.visibleCount(), 1);
    log.setFilterText("web1");
    QCOMPARE(log.visibleCount(), 2); // the entry of web1 and the health check about it
    log.setFilterText({});
    QCOMPARE(log.visibleCount(), 3);
}

void TestEventLog::longRowsShowWhole()
{
    // In a narrow dock the text column is cut; the whole entry is each cell's tooltip.
    EventLogWidget log;
    log.resize(220, 300);
    log.show();
    log.appendFrame(frameWithLog());
    const QAbstractItemModel *m = log.view()->model();
    const QString whole =
        QStringLiteral("11.000 s, lb: health check: web1 marked unhealthy after 2 failed checks");
    for (int col = 0; col < 3; ++col)
        QCOMPARE(m->index(1, col).data(Qt::ToolTipRole).toString(), whole);
}

QTEST_MAIN(TestEventLog)
#include "tst_event_log.moc"

// Rolling the mouse wheel over the inspector scrolls it; a field changes on the wheel only
// when it has the focus (it used to change the value under the pointer: an undo step and
// the file marked modified without the student meaning to edit).
#include "inspector/inspector_widget.h"
#include "scenario/scenario_io.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace scalelab;

namespace {

/// Rolls the wheel one notch down over the middle of a widget.
void wheelDown(QWidget *w)
{
    const QPointF pos(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

} // namespace

class TestInspectorWheel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { Q_INIT_RESOURCE(resources); }

    void wheelScrollsUnlessFocused()
    {
        // A short inspector, so the form scrolls; the wheel rolls over CPU speed, unfocused.
        InspectorWidget inspector;
        inspector.resize(320, 300);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.activateWindow();
        QSignalSpy edited(&inspector, &InspectorWidget::componentEdited);
        Component web = defaultComponent(ComponentKind::WebServer, "web1");
        web.speed = 1.0;
        inspector.showComponent(web);
        QApplication::processEvents();
        auto *speed = inspector.findChild<QDoubleSpinBox *>(QStringLiteral("speed"));
        auto *shape = inspector.findChild<QComboBox *>(QStringLiteral("service_ms.kind"));
        QVERIFY(speed && shape);
        QScrollBar *bar = inspector.findChild<QScrollArea *>()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        speed->clearFocus();
        QVERIFY(!speed->hasFocus());
        const int shapeIndex = shape->currentIndex();

        wheelDown(speed);
        wheelDown(shape);
        QCOMPARE(speed->value(), 1.0);
        QCOMPARE(shape->currentIndex(), shapeIndex);
        QVERIFY(!speed->hasFocus());
        QVERIFY(bar->value() > 0); // the wheel went to the scroll area
        // Focus elsewhere commits whatever changed: nothing did.
        speed->setFocus();
        speed->clearFocus();
        QCOMPARE(edited.count(), 0);

        // With the focus, the wheel is the field's again: one notch down steps the value.
        speed->setFocus();
        QVERIFY(speed->hasFocus());
        wheelDown(speed);
        QVERIFY(speed->value() < 1.0);
    }
};

QTEST_MAIN(TestInspectorWheel)
#include "tst_inspector_wheel.moc"

// The inspector's fields come from the kinds' declarations: for every kind, every declared
// parameter has its field, named by its key, with its unit, its range and its tooltip, and
// an edit of it changes that parameter alone. A new kind gets these checks for free.
#include "inspector/param_form.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace scalelab;

class TestParamForm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<scalelab::Component>(); }

    void everyParameterHasItsField_data()
    {
        QTest::addColumn<int>("kind");
        for (const ComponentKind kind : allComponentKinds())
            QTest::newRow(toString(kind)) << static_cast<int>(kind);
    }

    void everyParameterHasItsField()
    {
        QFETCH(int, kind);
        const auto k = static_cast<ComponentKind>(kind);
        ParamForm form;
        form.resize(360, 900);
        form.show();
        form.setComponent(defaultComponent(k, "x"));
        for (const ParamSpec *p : paramsOf(k)) {
            const QString key = QString::fromLatin1(p->key.data(), p->key.size());
            const QString tip = ParamForm::tooltip(*p);
            QVERIFY(!tip.isEmpty());
            QWidget *w = form.findChild<QWidget *>(key);
            if (p->type == ParamType::Distribution)
                w = form.findChild<QComboBox *>(key + QStringLiteral(".kind"));
            QVERIFY2(w != nullptr, qPrintable(key));
            QVERIFY2(w->isVisible(), qPrintable(key));
            if (p->type != ParamType::Distribution)
                QVERIFY2(w->toolTip() == tip, qPrintable(key));
            if (auto *spin = qobject_cast<QDoubleSpinBox *>(w)) {
                QCOMPARE(spin->maximum(), p->max);
                QVERIFY2(p->minOpen ? spin->minimum() > p->min : spin->minimum() == p->min,
                         qPrintable(key));
                if (!p->unit.empty())
                    QVERIFY2(spin->suffix().contains(
                                 QString::fromUtf8(p->unit.data(), int(p->unit.size()))),
                             qPrintable(key));
            }
            if (auto *spin = qobject_cast<QSpinBox *>(w)) {
                QCOMPARE(spin->maximum(), static_cast<int>(p->max));
                QCOMPARE(spin->minimum(), static_cast<int>(p->min));
            }
            if (p->isOptional())
                QVERIFY2(form.findChild<QCheckBox *>(key + QStringLiteral(".none")),
                         qPrintable(key));
            // Its label reads the declared label.
            bool labelled = false;
            for (const QLabel *l : form.findChildren<QLabel *>())
                labelled = labelled || l->text() == ParamForm::label(*p);
            QVERIFY2(labelled || p->type == ParamType::Distribution, qPrintable(key));
        }
    }

    void anEditChangesOneParameter()
    {
        ParamForm form;
        form.show();
        const Component lb = defaultComponent(ComponentKind::LoadBalancer, "lb");
        form.setComponent(lb);
        QSignalSpy spy(&form, &ParamForm::edited);
        auto *interval =
            form.findChild<QDoubleSpinBox *>(QStringLiteral("health_check.interval_s"));
        QVERIFY(interval);
        interval->setFocus();
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("2"));
        QTest::keyClick(interval, Qt::Key_Enter);
        QCOMPARE(spy.count(), 1);
        Component expected = lb;
        expected.as<LoadBalancerParams>().health_check.interval_s = 2.0;
        QVERIFY(spy.at(0).at(0).value<Component>() == expected);

        // Another kind: the fields follow it, and showing never emits.
        form.setComponent(defaultComponent(ComponentKind::Dns, "dns"));
        QVERIFY(!form.findChild<QDoubleSpinBox *>(QStringLiteral("health_check.interval_s")));
        QVERIFY(form.findChild<QDoubleSpinBox *>(QStringLiteral("ttl_s")));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestParamForm)
#include "tst_param_form.moc"

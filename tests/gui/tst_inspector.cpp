// The inspector shows every parameter of what is selected and turns each committed edit
// of one field into exactly one signal with the whole new value; refilling it is silent.
// The link page: tst_inspector_link.cpp.
#include "common/clients_helpers.h"
#include "common/typing.h"
#include "inspector/inspector_widget.h"
#include "scenario/scenario_io.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace scalelab;
using namespace scalelab::test;

namespace {

Scenario sampleScenario()
{
    Scenario s;
    s.name = "Stage 4";
    s.components = {defaultComponent(ComponentKind::LoadBalancer, "lb"),
                    defaultComponent(ComponentKind::WebServer, "web1"),
                    defaultComponent(ComponentKind::Database, "db")};
    s.links = {Link{"lb", "web1", 1.0, 0.5, {}}, Link{"web1", "db", 1.0, 0.5, {RequestKind::Read}}};
    addClients(s, "lb", 100.0);
    return s;
}

} // namespace

class TestInspector : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showComponentFillsFields();
    void kindGroupsFollowTheKind();
    void showEmitsNothing();
    void typingWorkersEmitsOnce();
    void renamingKeepsTheOldIdAsKey();
    void capacityUnboundedToggle();
    void distributionEdit();
    void clientsEdit();
    void runSettingsAndName();
    void rangesRefuseNegatives();
    void editsKeepTheScenarioValid();

private:
    template <typename T> T *field(const char *name)
    {
        return childNamed<T>(m_inspector.get(), name);
    }
    int totalSignals() const
    {
        return m_componentSpy->count() + m_linkSpy->count() + m_runSpy->count() +
               m_nameSpy->count();
    }

    std::unique_ptr<InspectorWidget> m_inspector;
    std::unique_ptr<QSignalSpy> m_componentSpy;
    std::unique_ptr<QSignalSpy> m_linkSpy;
    std::unique_ptr<QSignalSpy> m_runSpy;
    std::unique_ptr<QSignalSpy> m_nameSpy;
};

void TestInspector::initTestCase()
{
    // The icons live in the scalelab_app static library; its resources need registering.
    Q_INIT_RESOURCE(resources);
}

void TestInspector::init()
{
    m_inspector = std::make_unique<InspectorWidget>();
    m_inspector->resize(320, 800);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    m_inspector->activateWindow();
    InspectorWidget *w = m_inspector.get();
    m_componentSpy = std::make_unique<QSignalSpy>(w, &InspectorWidget::componentEdited);
    m_linkSpy = std::make_unique<QSignalSpy>(w, &InspectorWidget::linkEdited);
    m_runSpy = std::make_unique<QSignalSpy>(w, &InspectorWidget::runSettingsEdited);
    m_nameSpy = std::make_unique<QSignalSpy>(w, &InspectorWidget::nameEdited);
}

void TestInspector::cleanup()
{
    m_componentSpy.reset();
    m_linkSpy.reset();
    m_runSpy.reset();
    m_nameSpy.reset();
    m_inspector.reset();
}

void TestInspector::showComponentFillsFields()
{
    Component web = defaultComponent(ComponentKind::WebServer, "web1");
    web.label = "Web A";
    web.workers = 12;
    web.capacity = 300;
    web.timeout_ms = 2500.0;
    web.speed = 2.0;
    web.service_ms = Distribution::exponential(35.0);
    m_inspector->showComponent(web);

    QCOMPARE(m_inspector->currentPage(), InspectorWidget::Page::Component);
    QCOMPARE(field<QLineEdit>("id")->text(), QStringLiteral("web1"));
    QVERIFY(!field<QLineEdit>("id")->isReadOnly() && field<QLineEdit>("id")->validator());
    QCOMPARE(field<QLineEdit>("label")->text(), QStringLiteral("Web A"));
    QCOMPARE(field<QSpinBox>("workers")->value(), 12);
    QCOMPARE(field<QSpinBox>("capacity")->value(), 300);
    QVERIFY(!field<QCheckBox>("capacity.none")->isChecked());
    QCOMPARE(field<QDoubleSpinBox>("timeout_ms")->value(), 2500.0);
    QVERIFY(!field<QCheckBox>("timeout_ms.none")->isChecked());
    QCOMPARE(field<QDoubleSpinBox>("speed")->value(), 2.0);
    QCOMPARE(field<QDoubleSpinBox>("cost_per_hour")->value(), 0.10);
    QCOMPARE(field<QDoubleSpinBox>("service_ms.mean")->value(), 35.0);
    QCOMPARE(field<QComboBox>("service_ms.kind")->currentText(), QStringLiteral("Exponential"));
    QCOMPARE(field<QDoubleSpinBox>("cost_per_hour")->suffix(), QStringLiteral(" $/h"));
    QCOMPARE(field<QDoubleSpinBox>("service_ms.mean")->suffix(), QStringLiteral(" ms"));
    // Every field explains itself.
    for (const char *name : {"label", "workers", "capacity", "timeout_ms", "speed", "cost_per_hour",
                             "service_ms.mean", "service_ms.kind"})
        QVERIFY2(!field<QWidget>(name)->toolTip().isEmpty(), name);
}

void TestInspector::kindGroupsFollowTheKind()
{
    // The fields are those the kind declares, and only those.
    m_inspector->showComponent(defaultComponent(ComponentKind::WebServer, "web1"));
    QVERIFY(!m_inspector->findChild<QSpinBox *>(QStringLiteral("health_check.unhealthy_after")));
    QVERIFY(!m_inspector->findChild<QDoubleSpinBox *>(QStringLiteral("ttl_s")));
    QVERIFY(field<QSpinBox>("workers")->isVisible());

    Component lb = defaultComponent(ComponentKind::LoadBalancer, "lb");
    lb.as<LoadBalancerParams>().algorithm = LbAlgorithm::LeastConnections;
    lb.as<LoadBalancerParams>().health_check = HealthCheck{10.0, 3, 2};
    m_inspector->showComponent(lb);
    QVERIFY(field<QSpinBox>("health_check.unhealthy_after")->isVisible());
    QCOMPARE(field<QDoubleSpinBox>("health_check.interval_s")->value(), 10.0);
    QCOMPARE(field<QSpinBox>("health_check.unhealthy_after")->value(), 3);
    QCOMPARE(field<QSpinBox>("health_check.healthy_after")->value(), 2);
    QCOMPARE(field<QComboBox>("algorithm")->currentText(), QStringLiteral("Least connections"));
    QVERIFY(field<QDoubleSpinBox>("health_check.interval_s")
                ->toolTip()
                .contains(QStringLiteral("probes")));

    Component db = defaultComponent(ComponentKind::Database, "db");
    db.as<DatabaseParams>().write_ms = Distribution{DistKind::Uniform, 15.0, 10.0, 20.0};
    m_inspector->showComponent(db);
    QVERIFY(field<QComboBox>("model")->isVisible());
    QVERIFY(field<QDoubleSpinBox>("write_ms.min")->isVisible());
    QVERIFY(!field<QDoubleSpinBox>("write_ms.mean")->isVisible());
    QCOMPARE(field<QDoubleSpinBox>("write_ms.max")->value(), 20.0);
    QVERIFY(!m_inspector->findChild<QSpinBox *>(QStringLiteral("health_check.unhealthy_after")));
}

void TestInspector::showEmitsNothing()
{
    const Scenario s = sampleScenario();
    for (int round = 0; round < 2; ++round) {
        for (const Component &c : s.components)
            m_inspector->showComponent(c);
        Component changed = s.components[1];
        changed.workers = 99;
        changed.capacity = 5;
        changed.service_ms = Distribution{DistKind::Erlang, 7.0, 0, 0, 1.0, 4};
        m_inspector->showComponent(changed);
        m_inspector->showLink(s.links[1], 1);
        m_inspector->showScenario(s);
        m_inspector->clear();
    }
    // Focus passing through fields without a change commits nothing either.
    m_inspector->showComponent(s.components[1]);
    auto *workers = field<QSpinBox>("workers");
    workers->setFocus();
    QMetaObject::invokeMethod(workers, "editingFinished");
    QTest::keyClick(workers, Qt::Key_Enter);
    QCOMPARE(totalSignals(), 0);
}

void TestInspector::renamingKeepsTheOldIdAsKey()
{
    m_inspector->showComponent(defaultComponent(ComponentKind::WebServer, "web1"));
    auto *id = field<QLineEdit>("id");
    QVERIFY(!id->isReadOnly());
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("front end")); // the space is not allowed
    QCOMPARE(id->text(), QStringLiteral("frontend"));
    QTest::keyClick(id, Qt::Key_Enter);
    QCOMPARE(m_componentSpy->count(), 1);
    const QList<QVariant> args = m_componentSpy->takeFirst();
    QCOMPARE(args.at(0).toString(), QStringLiteral("web1")); // which component to change
    QCOMPARE(args.at(1).value<Component>().id, std::string("frontend"));
}

void TestInspector::typingWorkersEmitsOnce()
{
    const Component web = defaultComponent(ComponentKind::WebServer, "web1");
    m_inspector->showComponent(web);
    auto *workers = field<QSpinBox>("workers");
    QVERIFY(!workers->keyboardTracking());

    workers->setFocus();
    workers->selectAll();
    QTest::keyClicks(workers, QStringLiteral("16"));
    QCOMPARE(m_componentSpy->count(), 0); // nothing while typing
    QTest::keyClick(workers, Qt::Key_Enter);
    QCOMPARE(m_componentSpy->count(), 1);
    // Focus leaving after Enter finishes the same edit again: still one signal.
    field<QLineEdit>("label")->setFocus();
    QMetaObject::invokeMethod(workers, "editingFinished");
    QCOMPARE(m_componentSpy->count(), 1);
    QCOMPARE(totalSignals(), 1);

    const QList<QVariant> args = m_componentSpy->takeFirst();
    QCOMPARE(args.at(0).toString(), QStringLiteral("web1"));
    Component expected = web;
    expected.workers = 16;
    QVERIFY(args.at(1).value<Component>() == expected);
}

void TestInspector::capacityUnboundedToggle()
{
    // A web server's default capacity is bounded (512); start from an unbounded one.
    Component web = defaultComponent(ComponentKind::WebServer, "web1");
    web.capacity.reset();
    m_inspector->showComponent(web);
    auto *unbounded = field<QCheckBox>("capacity.none");
    QVERIFY(unbounded->isChecked());
    QVERIFY(!field<QSpinBox>("capacity")->isEnabled());
    unbounded->click();
    QCOMPARE(m_componentSpy->count(), 1);
    const Component bounded = m_componentSpy->at(0).at(1).value<Component>();
    QVERIFY(bounded.capacity.has_value());
    QCOMPARE(*bounded.capacity, field<QSpinBox>("capacity")->value());
    QVERIFY(field<QSpinBox>("capacity")->isEnabled());

    typeInto(field<QSpinBox>("capacity"), QStringLiteral("40"));
    QCOMPARE(m_componentSpy->count(), 2);
    QCOMPARE(m_componentSpy->at(1).at(1).value<Component>().capacity, std::optional<int>(40));

    // Capacity below workers is the validator's rule, not the form's: the form passes the
    // edit on as typed, and the document refuses it (tst_checked_edits).
    typeInto(field<QSpinBox>("workers"), QStringLiteral("64"));
    QCOMPARE(m_componentSpy->count(), 3);
    const Component more = m_componentSpy->at(2).at(1).value<Component>();
    QCOMPARE(more.workers, 64);
    QCOMPARE(more.capacity, std::optional<int>(40));
    QCOMPARE(field<QSpinBox>("capacity")->minimum(), 1);
}

void TestInspector::distributionEdit()
{
    const Component web = defaultComponent(ComponentKind::WebServer, "web1");
    m_inspector->showComponent(web);
    typeInto(field<QDoubleSpinBox>("service_ms.mean"), QStringLiteral("42.5"));
    QCOMPARE(m_componentSpy->count(), 1);
    QCOMPARE(m_componentSpy->at(0).at(1).value<Component>().service_ms.mean, 42.5);

    // Switching the shape to uniform keeps the mean, centred range, one signal.
    auto *shape = field<QComboBox>("service_ms.kind");
    shape->setCurrentIndex(shape->findText(QStringLiteral("Uniform")));
    QCOMPARE(m_componentSpy->count(), 2);
    const Distribution d = m_componentSpy->at(1).at(1).value<Component>().service_ms;
    QCOMPARE(d.kind, DistKind::Uniform);
    QCOMPARE(d.min, 0.0);
    QCOMPARE(d.max, 85.0);
    QCOMPARE((d.min + d.max) / 2.0, 42.5);
    QVERIFY(field<QDoubleSpinBox>("service_ms.max")->isVisible());
    QVERIFY(!field<QDoubleSpinBox>("service_ms.mean")->isVisible());
}

void TestInspector::clientsEdit()
{
    // The load is the users' card: its declared parameters, with their units.
    const Scenario s = sampleScenario();
    const Component users = *s.firstClients();
    m_inspector->showComponent(users);
    QCOMPARE(m_inspector->currentPage(), InspectorWidget::Page::Component);
    QCOMPARE(field<QDoubleSpinBox>("rate_rps")->value(), 100.0);
    QCOMPARE(field<QDoubleSpinBox>("rate_rps")->suffix(), QStringLiteral(" rps"));
    QVERIFY(!m_inspector->findChild<QSpinBox *>(QStringLiteral("workers"))); // no queue

    typeInto(field<QDoubleSpinBox>("rate_rps"), QStringLiteral("250"));
    QCOMPARE(m_componentSpy->count(), 1);
    Component expected = users;
    expected.as<ClientsParams>().rate_rps = 250.0;
    QVERIFY(m_componentSpy->at(0).at(1).value<Component>() == expected);

    typeInto(field<QDoubleSpinBox>("mix.write"), QStringLiteral("1"));
    QCOMPARE(m_componentSpy->count(), 2);
    QCOMPARE(m_componentSpy->at(1).at(1).value<Component>().as<ClientsParams>().mix[1], 1.0);

    typeInto(field<QSpinBox>("keys.count"), QStringLiteral("5000"));
    QCOMPARE(m_componentSpy->last().at(1).value<Component>().as<ClientsParams>().keys.count, 5000);
    QCOMPARE(totalSignals(), 3);
}

void TestInspector::runSettingsAndName()
{
    m_inspector->showScenario(sampleScenario());
    typeInto(field<QDoubleSpinBox>("duration"), QStringLiteral("30"));
    QCOMPARE(m_runSpy->count(), 1);
    const RunSettings r = m_runSpy->at(0).at(0).value<RunSettings>();
    QCOMPARE(r.duration_s, 30.0);
    // The old 60 s warm-up now outlasts the run: the validator says so, and the document
    // refuses the edit with its sentence (the form does not repeat the rule).
    QCOMPARE(r.warmup_s, 60.0);

    auto *name = field<QLineEdit>("name");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("My design"));
    QTest::keyClick(name, Qt::Key_Enter);
    QCOMPARE(m_nameSpy->count(), 1);
    QCOMPARE(m_nameSpy->at(0).at(0).toString(), QStringLiteral("My design"));
    QCOMPARE(totalSignals(), 2);
}

void TestInspector::rangesRefuseNegatives()
{
    m_inspector->showComponent(defaultComponent(ComponentKind::WebServer, "web1"));
    auto *workers = field<QSpinBox>("workers");
    QCOMPARE(workers->minimum(), 1);
    typeInto(workers, QStringLiteral("-5"));
    QVERIFY(workers->value() >= 1);
    for (const QList<QVariant> &args : *m_componentSpy)
        QVERIFY(args.at(1).value<Component>().workers >= 1);

    auto *mean = field<QDoubleSpinBox>("service_ms.mean");
    QVERIFY(mean->minimum() > 0.0);
    typeInto(mean, QStringLiteral("-3"));
    QVERIFY(mean->value() > 0.0);

    m_inspector->showLink(Link{"a", "b", 1.0, 0.5, {}}, 0);
    auto *probability = field<QDoubleSpinBox>("probability");
    QCOMPARE(probability->minimum(), 0.0);
    QCOMPARE(probability->maximum(), 1.0);
    typeInto(probability, QStringLiteral("-0.5"));
    QVERIFY(probability->value() >= 0.0);
    typeInto(field<QDoubleSpinBox>("latency"), QStringLiteral("-2"));
    QVERIFY(field<QDoubleSpinBox>("latency")->value() >= 0.0);
    for (const QList<QVariant> &args : *m_linkSpy) {
        const Link l = args.at(1).value<Link>();
        QVERIFY(l.probability >= 0.0 && l.latency_ms >= 0.0);
    }
}

void TestInspector::editsKeepTheScenarioValid()
{
    // The rules between two fields (capacity >= workers, warm-up < run length) are the
    // validator's alone: the form passes such an edit on as typed, and the validator names
    // it, so the document can refuse it with that sentence.
    Scenario s = sampleScenario();
    s.components[1].capacity = 10;
    QVERIFY(validateScenario(s).empty());

    m_inspector->showComponent(s.components[1]);
    typeInto(field<QSpinBox>("workers"), QStringLiteral("50"));
    QCOMPARE(m_componentSpy->count(), 1);
    s.components[1] = m_componentSpy->last().at(1).value<Component>();
    QCOMPARE(s.components[1].workers, 50);
    const auto errors = validateScenario(s);
    QCOMPARE(errors.size(), std::size_t(1));
    QVERIFY(errors[0].message.find("at least workers (50)") != std::string::npos);

    // A mean of 0 is refused by the spin box's declared range (above 0) as it is typed.
    auto *shape = field<QComboBox>("service_ms.kind");
    shape->setCurrentIndex(shape->findText(QStringLiteral("Exponential")));
    QVERIFY(field<QDoubleSpinBox>("service_ms.mean")->minimum() > 0.0);
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"

// Values that pass every range but would make a run endless, slow or surprising are refused
// at their line and column, with a sentence that says why and what to write instead.

#include "scenario/scenario_io.h"

#include <QtTest>

using namespace scalelab;

namespace {

// Valid lines every row builds on; the row's own text starts on line 5.
const char *kHead = "scalelab: 1\n"
                    "run: {duration_s: 100, warmup_s: 10}\n"
                    "components:\n"
                    "  - {id: a, kind: service}\n";

QByteArray head(const char *rest)
{
    return QByteArray(kHead) + rest;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("denormal curve time")
            << head("  - {id: u, kind: clients, curve: [{t_s: 0, rate_rps: 5}, {t_s: 1e-320, "
                    "rate_rps: 50}]}\nlinks:\n  - {from: u, to: a}\n")
            << 5 << 65 << QByteArray("components[1].curve[1].t_s")
            << QByteArray("must be 0 or at least 0.001");
        QTest::newRow("negative zero rate")
            << head("  - {id: u, kind: clients, rate_rps: -0}\nlinks:\n  - {from: u, to: a}\n") << 5
            << 38 << QByteArray("components[1].rate_rps") << QByteArray("zero with a minus sign");
        QTest::newRow("negative zero service time")
            << head("  - {id: u, kind: clients}\n  - {id: b, kind: service, service_ms: {dist: "
                    "constant, mean: -0.0}}\nlinks:\n  - {from: u, to: a}\n")
            << 6 << 63 << QByteArray("components[2].service_ms.mean")
            << QByteArray("zero with a minus sign");
        QTest::newRow("negative zero whole number")
            << head("  - {id: u, kind: clients, users: -0}\nlinks:\n  - {from: u, to: a}\n") << 5
            << 35 << QByteArray("components[1].users") << QByteArray("zero with a minus sign");
        QTest::newRow("tiny health-check interval")
            << head("  - {id: u, kind: clients}\n  - {id: lb, kind: load_balancer, health_check: "
                    "{interval_s: 1e-7}}\nlinks:\n  - {from: u, to: lb}\n  - {from: lb, to: a}\n")
            << 6 << 62 << QByteArray("components[2].health_check.interval_s")
            << QByteArray("must be 0 or at least 0.1, got 1e-07: real health checks run every");
        QTest::newRow("tiny mtbf")
            << head("  - {id: u, kind: clients}\nlinks:\n  - {from: u, to: a}\nfaults:\n"
                    "  - {component: a, mtbf_s: 1e-300, mttr_s: 5}\n")
            << 9 << 28 << QByteArray("faults[0].mtbf_s")
            << QByteArray("must be at least 1 and at most");
        QTest::newRow("tiny mttr")
            << head("  - {id: u, kind: clients}\nlinks:\n  - {from: u, to: a}\nfaults:\n"
                    "  - {component: a, mtbf_s: 100, mttr_s: 1e-9}\n")
            << 9 << 41 << QByteArray("faults[0].mttr_s")
            << QByteArray("must be at least 0.1 and at most");
        QTest::newRow("huge total rate")
            << head("  - {id: u, kind: clients, rate_rps: 800000}\n"
                    "  - {id: v, kind: clients, curve: [{t_s: 0, rate_rps: 1}, {t_s: 9, "
                    "rate_rps: 900000}]}\nlinks:\n  - {from: u, to: a}\n  - {from: v, to: a}\n")
            << 4 << 3 << QByteArray("components")
            << QByteArray("all users together send up to 1700000 requests per second");
        QTest::newRow("users not linked")
            << head("  - {id: u, kind: clients}\n") << 5 << 5 << QByteArray("components[1]")
            << QByteArray("'u' is not connected");
        QTest::newRow("workload without target")
            << QByteArray("scalelab: 1\nworkload:\n  rate_rps: 5\ncomponents:\n  - {id: a, "
                          "kind: service}\n")
            << 3 << 3 << QByteArray("workload.target") << QByteArray("the workload has no target");
    }
    void refused()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, message);
        const LoadResult r = parseScenario(yaml.toStdString(), "t.yaml");
        QVERIFY2(!r.ok(), "accepted");
        const ScenarioError &e = r.errors.front();
        const QByteArray text = QByteArray::fromStdString(e.format());
        QVERIFY2(QByteArray::fromStdString(e.message).contains(message), text.constData());
        QCOMPARE(QByteArray::fromStdString(e.field), field);
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
    }

    void zeroAndFloorValuesAccepted()
    {
        // 0 keeps its meaning (the balancer learns at once), 0.1 s is the floor itself.
        for (const char *interval : {"0", "0.1", "5"}) {
            const QByteArray yaml =
                head("  - {id: u, kind: clients, rate_rps: 0}\n  - {id: lb, kind: "
                     "load_balancer, health_check: {interval_s: ") +
                interval + "}}\nlinks:\n  - {from: u, to: lb}\n  - {from: lb, to: a}\n";
            const LoadResult r = parseScenario(yaml.toStdString());
            QVERIFY2(r.ok(), r.message().c_str());
        }
    }

    void unboundedRoundTrips()
    {
        // The defaults bound every queue and give users a timeout; an explicit unbounded
        // value stays writable and comes back from the writer.
        const LoadResult r =
            parseScenario(head("  - {id: u, kind: clients, timeout_ms: none}\n"
                               "  - {id: b, kind: web_server, capacity: unbounded}\n"
                               "links:\n  - {from: u, to: a}\n")
                              .toStdString());
        QVERIFY2(r.ok(), r.message().c_str());
        const Scenario &s = *r.scenario;
        QCOMPARE(s.find("a")->capacity, std::optional<int>(1000));
        QVERIFY(!s.find("b")->capacity.has_value());
        QVERIFY(!s.find("u")->as<ClientsParams>().timeout_ms.has_value());
        const std::string text = writeScenario(s);
        QVERIFY2(text.find("capacity: unbounded") != std::string::npos, text.c_str());
        QVERIFY2(text.find("timeout_ms: none") != std::string::npos, text.c_str());
        const LoadResult again = parseScenario(text);
        QVERIFY2(again.ok(), again.message().c_str());
        QVERIFY(*again.scenario == s);
    }

    void defaultsAreBounded()
    {
        // Every queueing kind has a capacity by default and users give up after 10 s.
        const LoadResult r = parseScenario("scalelab: 1\ncomponents:\n"
                                           "  - {id: u, kind: clients}\n"
                                           "  - {id: d, kind: dns}\n"
                                           "  - {id: lb, kind: load_balancer}\n"
                                           "  - {id: w, kind: web_server}\n"
                                           "  - {id: db, kind: database}\n"
                                           "  - {id: s, kind: service}\n"
                                           "links:\n  - {from: u, to: d}\n  - {from: d, to: lb}\n"
                                           "  - {from: lb, to: w}\n  - {from: w, to: db}\n"
                                           "  - {from: w, to: s}\n");
        QVERIFY2(r.ok(), r.message().c_str());
        for (const Component &c : r.scenario->components) {
            if (c.kind == ComponentKind::Clients)
                QCOMPARE(c.as<ClientsParams>().timeout_ms, std::optional<double>(10000.0));
            else
                QVERIFY2(c.capacity && *c.capacity >= c.workers, c.id.c_str());
        }
        QCOMPARE(r.scenario->find("w")->capacity, std::optional<int>(512));
        QCOMPARE(r.scenario->find("db")->capacity, std::optional<int>(151));
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"

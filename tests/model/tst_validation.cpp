// The defaults bound every queue and give users a timeout; unbounded stays writable.

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

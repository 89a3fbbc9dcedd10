// Reading and writing scenarios: the documented example parses into the expected values,
// defaults fill omitted keys, every enum name is known, and write/parse round-trips.

#include "scenario/scenario_io.h"

#include "common/clients_helpers.h"

#include <QtTest>

#include <cstdio>
#include <fstream>

using namespace scalelab;
using namespace scalelab::test;

namespace {

const char *kExample = R"(scalelab: 1                      # format version (required, must be 1)
name: Two services in a row
description: optional text
seed: 42                         # optional
run: {duration_s: 3600, warmup_s: 300}
workload: {rate_rps: 40, arrival: poisson, target: front, users: 1000, timeout_ms: 2000,
           mix: {read: 0.8, write: 0.2}, curve: [{t_s: 0, rate_rps: 10}, {t_s: 600, rate_rps: 100}]}
components:
  - {id: front, kind: service, workers: 2, service_ms: {dist: exponential, mean: 20}}
  - {id: back, kind: service, workers: 1, capacity: 8, service_ms: {dist: exponential, mean: 15}, timeout_ms: 500}
  - {id: lb, kind: load_balancer, algorithm: round_robin, health_check: {interval_s: 5, unhealthy_after: 2, healthy_after: 1}}
  - {id: db, kind: database, model: relational, workers: 4, read_ms: {dist: exponential, mean: 5}, write_ms: {dist: lognormal, mean: 10, cv: 0.5}}
  - {id: dns, kind: dns, ttl_s: 300, service_ms: {dist: constant, mean: 20}}
  - {id: w1, kind: web_server, workers: 8, speed: 1.5, cost_per_hour: 0.2, label: "Web 1", position: {x: 100, y: 40}}
links:
  - {from: front, to: back, probability: 0.6, latency_ms: 0.5, kinds: [read, write]}
faults:
  - {at_s: 600, component: back, action: fail}      # also recover, and slow with factor: 3
  - {component: front, mtbf_s: 300, mttr_s: 30}     # random failures
groups:
  - {id: dc, kind: data_center, label: "Data center", members: [lb, w1, db]}
  - {id: net, kind: private_network, members: [w1]}
)";

Scenario parsed(const std::string &text)
{
    const LoadResult r = parseScenario(text, "test.yaml");
    if (!r.ok())
        qWarning("%s", r.message().c_str());
    return r.scenario.value_or(Scenario{});
}

/// A scenario that uses every field with non-default values.
Scenario richScenario()
{
    Scenario s;
    s.name = "Every field: \"quoted\", #hash, colon: here\nsecond line \xC3\xA9";
    s.description = "null";
    s.seed = 18446744073709551615ull;
    s.run = {7200.0, 0.1};
    Component dns = defaultComponent(ComponentKind::Dns, "dns");
    dns.as<DnsParams>().ttl_s = 60.0;
    dns.label = "123";
    Component lb = defaultComponent(ComponentKind::LoadBalancer, "lb");
    lb.as<LoadBalancerParams>().algorithm = LbAlgorithm::LeastConnections;
    lb.as<LoadBalancerParams>().health_check = {0.0, 3, 2};
    Component web = defaultComponent(ComponentKind::WebServer, "web-1");
    web.capacity = 100;
    web.timeout_ms = 1000.0;
    web.speed = 2.5;
    web.cost_per_hour = 0.1 + 0.2;
    web.service_ms = {DistKind::Erlang, 12.5, 0.0, 0.0, 1.0, 4};
    web.position = Position{-12.25, 1e-7};
    Component db = defaultComponent(ComponentKind::Database, "db");
    db.as<DatabaseParams>().model = DbModel::KeyValue;
    db.as<DatabaseParams>().read_ms = {DistKind::Uniform, 3.0, 1.0, 5.0, 1.0, 2};
    db.as<DatabaseParams>().write_ms = {DistKind::Lognormal, 7.0, 0.0, 0.0, 0.3, 2};
    Component svc = defaultComponent(ComponentKind::Service, "svc");
    svc.service_ms = Distribution::constant(0.0);
    s.components = {dns, lb, web, db, svc};
    Component users = defaultComponent(ComponentKind::Clients, "users");
    ClientsParams &u = users.as<ClientsParams>();
    u.rate_rps = 1.0 / 3.0;
    u.arrival = ArrivalProcess::Constant;
    u.users = 123456;
    u.timeout_ms = 2500.125;
    u.mix[0] = 0.7;
    u.mix[1] = 0.1;
    u.mix[2] = 0.15;
    u.mix[3] = 0.05;
    u.curve = {{0.0, 10.0}, {60.5, 1e6}, {7200.0, 2.2250738585072014e-308}};
    u.web_share = 0.625;
    u.keys = {5000, 1.25, 0.01};
    u.region = "asia";
    users.position = Position{-300, 0};
    s.components.insert(s.components.begin(), users);
    s.links = {{"users", "dns", 1.0, 0.0, {}},
               {"dns", "lb", 1.0, 0.5, {}},
               {"lb", "web-1", 1.0, 0.25, {}},
               {"web-1", "db", 0.3, 0.1, {RequestKind::Write, RequestKind::Read}},
               {"web-1", "svc", 1.0, 0.5, {RequestKind::Async}}};
    Fault slow;
    slow.component = "db";
    slow.at_s = 100.0;
    slow.action = FaultAction::Slow;
    slow.factor = 3.0;
    Fault recover;
    recover.component = "db";
    recover.at_s = 200.0;
    recover.action = FaultAction::Recover;
    Fault random;
    random.component = "web-1";
    random.mtbf_s = 1e4;
    random.mttr_s = 60.0;
    s.faults = {slow, recover, random};
    s.groups = {
        {"private", GroupKind::PrivateNetwork, "Private network 10.0.0.0/24", {"web-1", "svc"}},
        {"dc.east", GroupKind::DataCenter, "", {"db", "lb", "web-1", "svc"}}};
    return s;
}

} // namespace

class TestScenarioIo : public QObject {
    Q_OBJECT

private slots:
    void parsesTheDocumentedExample()
    {
        const LoadResult r = parseScenario(kExample, "example.yaml");
        QVERIFY2(r.ok(), r.message().c_str());
        const Scenario &s = *r.scenario;
        QCOMPARE(s.version, 1);
        QCOMPARE(s.name, std::string("Two services in a row"));
        QCOMPARE(s.description, std::string("optional text"));
        QCOMPARE(s.seed.value_or(0), std::uint64_t(42));
        QCOMPARE(s.run.duration_s, 3600.0);
        QCOMPARE(s.run.warmup_s, 300.0);
        // The top-level workload of the older form becomes a clients component at the end,
        // linked (without latency) to its target.
        const Component *users = s.find("users");
        QVERIFY(users != nullptr && users->kind == ComponentKind::Clients);
        const ClientsParams &w = users->as<ClientsParams>();
        QCOMPARE(w.rate_rps, 40.0);
        QCOMPARE(s.links.back().from, std::string("users"));
        QCOMPARE(s.links.back().to, std::string("front"));
        QCOMPARE(s.links.back().latency_ms, 0.0);
        QCOMPARE(w.timeout_ms.value_or(0), 2000.0);
        QCOMPARE(w.mix[0], 0.8);
        QCOMPARE(w.mix[1], 0.2);
        QCOMPARE(w.mix[2], 0.0);
        QCOMPARE(w.curve.size(), std::size_t(2));
        QCOMPARE(w.curve[1].t_s, 600.0);
        QCOMPARE(w.curve[1].rate_rps, 100.0);
        QCOMPARE(s.components.size(), std::size_t(7));
        const Component *back = s.find("back");
        QVERIFY(back != nullptr);
        QCOMPARE(back->capacity.value_or(0), 8);
        QCOMPARE(back->service_ms.mean, 15.0);
        QCOMPARE(back->timeout_ms.value_or(0), 500.0);
        const Component *db = s.find("db");
        QVERIFY(db != nullptr);
        QCOMPARE(db->as<DatabaseParams>().write_ms.kind, DistKind::Lognormal);
        QCOMPARE(db->as<DatabaseParams>().write_ms.cv, 0.5);
        const Component *dns = s.find("dns");
        QVERIFY(dns != nullptr);
        QCOMPARE(dns->service_ms, Distribution::constant(20.0));
        const Component *w1 = s.find("w1");
        QVERIFY(w1 != nullptr);
        QCOMPARE(w1->label, std::string("Web 1"));
        QCOMPARE(w1->speed, 1.5);
        QCOMPARE(w1->position.value_or(Position{}), (Position{100.0, 40.0}));
        QCOMPARE(s.indexOf("w1"), 5);
        QCOMPARE(s.indexOf("nobody"), -1);
        QCOMPARE(s.links.size(), std::size_t(2)); // and the workload's link, last
        QCOMPARE(s.links[0].probability, 0.6);
        QCOMPARE(s.links[0].kinds,
                 (std::vector<RequestKind>{RequestKind::Read, RequestKind::Write}));
        QCOMPARE(s.faults.size(), std::size_t(2));
        QCOMPARE(s.faults[0].at_s.value_or(-1), 600.0);
        QVERIFY(!s.faults[0].isRandom());
        QVERIFY(s.faults[1].isRandom());
        QCOMPARE(s.faults[1].mttr_s.value_or(0), 30.0);
        QCOMPARE(s.groups.size(), std::size_t(2));
        QCOMPARE(s.groups[0].id, std::string("dc"));
        QCOMPARE(s.groups[0].kind, GroupKind::DataCenter);
        QCOMPARE(s.groups[0].label, std::string("Data center"));
        QCOMPARE(s.groups[0].members, (std::vector<std::string>{"lb", "w1", "db"}));
        QCOMPARE(s.groups[1].kind, GroupKind::PrivateNetwork);
        QVERIFY(s.groups[1].label.empty());
    }

    void omittedKeysTakeTheKindDefaults()
    {
        const Scenario s = parsed("scalelab: 1\nworkload: {target: w}\ncomponents:\n"
                                  "  - {id: w, kind: web_server}\n  - {id: d, kind: database}\n"
                                  "  - {id: n, kind: dns, service_ms: {mean: 30}}\n"
                                  "  - {id: b, kind: load_balancer}\n  - {id: s, kind: service}\n");
        QCOMPARE(s.components.size(), std::size_t(6)); // and the users of the workload
        QCOMPARE(s.components[0], defaultComponent(ComponentKind::WebServer, "w"));
        QCOMPARE(s.components[1], defaultComponent(ComponentKind::Database, "d"));
        QCOMPARE(s.components[3], defaultComponent(ComponentKind::LoadBalancer, "b"));
        QCOMPARE(s.components[4], defaultComponent(ComponentKind::Service, "s"));
        // Only the mean was given: the dns keeps its constant lookup time.
        QCOMPARE(s.components[2].service_ms, Distribution::constant(30.0));
        QCOMPARE(s.run, RunSettings{});
        QCOMPARE(s.components[5].as<ClientsParams>().rate_rps, ClientsParams{}.rate_rps);
        QCOMPARE(s.components[5].as<ClientsParams>().mix[0], 1.0);
        QVERIFY(!s.seed);
    }

    void kindDefaultsMatchTheBrief()
    {
        const Component web = defaultComponent(ComponentKind::WebServer, "w");
        QCOMPARE(web.id, std::string("w"));
        QCOMPARE(web.workers, 8);
        QCOMPARE(web.service_ms, Distribution::exponential(20.0));
        const Component db = defaultComponent(ComponentKind::Database, "d");
        QCOMPARE(db.workers, 4);
        QCOMPARE(db.as<DatabaseParams>().read_ms.mean, 5.0);
        QCOMPARE(db.as<DatabaseParams>().write_ms.mean, 10.0);
        QCOMPARE(db.as<DatabaseParams>().model, DbModel::Relational);
        const Component lb = defaultComponent(ComponentKind::LoadBalancer, "b");
        QCOMPARE(lb.workers, 64);
        QCOMPARE(lb.service_ms, Distribution::constant(0.1));
        const Component dns = defaultComponent(ComponentKind::Dns, "n");
        QCOMPARE(dns.workers, 16);
        QCOMPARE(dns.service_ms.mean, 20.0);
        QCOMPARE(dns.as<DnsParams>().ttl_s, 300.0);
        const Component svc = defaultComponent(ComponentKind::Service, "s");
        QCOMPARE(svc.workers, 1);
        QCOMPARE(svc.service_ms, Distribution::exponential(10.0));
        const Component cache = defaultComponent(ComponentKind::Cache, "c");
        QCOMPARE(cache.service_ms, Distribution::constant(0.5));
        QCOMPARE(cache.as<CacheParams>().max_keys, 1000);
        QCOMPARE(cache.as<CacheParams>().ttl_s, 60.0);
        QCOMPARE(cache.as<CacheParams>().eviction, Eviction::Lru);
        const Component store = defaultComponent(ComponentKind::SessionStore, "st");
        QCOMPARE(store.service_ms, Distribution::exponential(1.0));
        QCOMPARE(defaultComponent(ComponentKind::WebServer, "w").as<WebServerParams>().session,
                 SessionMode::None);
        const Component queue = defaultComponent(ComponentKind::Queue, "q");
        QCOMPARE(queue.capacity, std::optional<int>(100000));
        QCOMPARE(queue.as<QueueParams>().visibility_timeout_s, 30.0);
        const Component geo = defaultComponent(ComponentKind::GeoDns, "g");
        QCOMPARE(geo.as<GeoDnsParams>().ttl_s, 60.0);
        QCOMPARE(geo.as<GeoDnsParams>().health_check_s, 10.0);
        const Component router = defaultComponent(ComponentKind::ShardRouter, "r");
        QCOMPARE(router.as<ShardRouterParams>().scheme, ShardScheme::Modulo);
        QCOMPARE(router.as<ShardRouterParams>().vnodes, 100);
        QCOMPARE(router.as<ShardRouterParams>().join_share, 0.0);
        QCOMPARE(allComponentKinds().size(), std::size_t(12));
        for (const ComponentKind k : allComponentKinds()) {
            QVERIFY(std::string(describe(k)).size() > 20);
            QCOMPARE(defaultComponent(k, "x").kind, k);
            QVERIFY(validateScenario(Scenario{}).size() > 0); // no target: never valid empty
        }
    }

    void everyEnumNameRoundTrips()
    {
        const auto check = [](auto first, int count, std::vector<std::string> names) {
            using E = decltype(first);
            QCOMPARE(static_cast<int>(names.size()), count);
            for (int i = 0; i < count; ++i) {
                const E e = static_cast<E>(i);
                QCOMPARE(std::string(toString(e)), names[static_cast<std::size_t>(i)]);
                E back = static_cast<E>(count - 1 - i);
                QVERIFY(fromString(names[static_cast<std::size_t>(i)], back));
                QCOMPARE(back, e);
            }
            E untouched = first;
            QVERIFY(!fromString("no_such_name", untouched));
            QVERIFY(!fromString("", untouched));
        };
        check(RequestKind::Read, 4, {"read", "write", "static", "async"});
        check(DistKind::Exponential, 5,
              {"exponential", "constant", "uniform", "lognormal", "erlang"});
        check(ComponentKind::Service, 9,
              {"service", "dns", "load_balancer", "web_server", "database", "clients", "cache",
               "cdn", "session_store"});
        QCOMPARE(std::string(toString(LbAlgorithm::Sticky)), std::string("sticky"));
        QCOMPARE(std::string(toString(SessionMode::Store)), std::string("store"));
        QCOMPARE(std::string(toString(SessionMode::Local)), std::string("local"));
        check(ArrivalProcess::Poisson, 2, {"poisson", "constant"});
        check(FaultAction::Fail, 5, {"fail", "recover", "slow", "promote", "deploy"});
        check(GroupKind::PrivateNetwork, 2, {"private_network", "data_center"});
    }

    void constantAcceptsValueAsAlias()
    {
        const Scenario s =
            parsed("scalelab: 1\nworkload: {target: a}\ncomponents:\n"
                   "  - {id: a, kind: service, service_ms: {dist: constant, value: 7}}\n"
                   "  - {id: b, kind: service, service_ms: {dist: uniform, min: 2, max: 4}}\n");
        QCOMPARE(s.components.size(), std::size_t(3));
        QCOMPARE(s.components[0].service_ms, Distribution::constant(7.0));
        QCOMPARE(s.components[1].service_ms.mean, 3.0);
    }

    void roundTripIsExact_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("example") << "example";
        QTest::newRow("rich") << "rich";
        QTest::newRow("minimal") << "minimal";
    }

    void roundTripIsExact()
    {
        QFETCH(QString, which);
        Scenario s;
        if (which == "example") {
            s = parsed(kExample);
        } else if (which == "rich") {
            s = richScenario();
        } else {
            s.components = {defaultComponent(ComponentKind::Service, "a")};
            addClients(s, "a");
        }
        const std::vector<ScenarioError> problems = validateScenario(s);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().format().c_str());
        const std::string text = writeScenario(s);
        const LoadResult back = parseScenario(text, "written.yaml");
        QVERIFY2(back.ok(), (back.message() + "\n" + text).c_str());
        QVERIFY2(*back.scenario == s, text.c_str());
        QCOMPARE(writeScenario(*back.scenario), text);
    }

    // Found by the fuzzer: yaml-cpp decodes "\N" and "\_" to the bytes 0x85 and 0xA0,
    // which are not UTF-8, and the written file was then refused as "not valid UTF-8".
    void escapesDecodeToUtf8AndRoundTrip()
    {
        const LoadResult first = parseScenario("scalelab: 1\n"
                                               "name: \"a\\Nb\\_c\"\n"
                                               "components: []\n",
                                               "escapes.yaml", Completeness::Part);
        QVERIFY2(first.ok(), first.message().c_str());
        QCOMPARE(first.scenario->name, std::string("a\xC2\x85"
                                                   "b\xC2\xA0"
                                                   "c"));
        const std::string text = writeScenario(*first.scenario);
        const LoadResult again = parseScenario(text, "written.yaml", Completeness::Part);
        QVERIFY2(again.ok(), (again.message() + "\n" + text).c_str());
        QCOMPARE(again.scenario->name, first.scenario->name);
    }

    void writerUsesStableOrderAndSkipsDefaults()
    {
        const std::string text = writeScenario(parsed(kExample));
        const std::vector<std::string> order = {
            "scalelab: 1\n",   "\nname: ",   "\ndescription: ", "\nseed: 42\n", "\nrun:\n",
            "\ncomponents:\n", "\nlinks:\n", "\nfaults:\n",     "\ngroups:\n"};
        std::size_t last = 0;
        for (const std::string &key : order) {
            const std::size_t at = text.find(key);
            QVERIFY2(at != std::string::npos && at >= last, key.c_str());
            last = at;
        }
        QVERIFY(text.find("  - id: front\n    kind: service\n    workers: 2\n") !=
                std::string::npos);
        // lb and dns used only defaults: nothing but id and kind is written for them.
        QVERIFY(text.find("  - id: lb\n    kind: load_balancer\n  - id: db\n") !=
                std::string::npos);
        QVERIFY(text.find("  - id: dns\n    kind: dns\n  - id: w1\n") != std::string::npos);
        // Only the users' link (no latency, not the default 0.5) writes its latency.
        QVERIFY(text.find("latency_ms") == text.rfind("latency_ms"));
        QVERIFY(text.find("    latency_ms: 0\n") != std::string::npos);
        QVERIFY(text.find("probability: 0.6\n") != std::string::npos);
        QVERIFY(text.find("groups:\n  - id: dc\n    kind: data_center\n    label: Data center\n"
                          "    members: [lb, w1, db]\n  - id: net\n    kind: private_network\n"
                          "    members: [w1]\n") != std::string::npos);
    }

    void loadsAFileAndNamesAMissingOne()
    {
        const std::string path = QDir::temp().filePath("scalelab_tst_io.yaml").toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            out << kExample;
        }
        const LoadResult r = loadScenarioFile(path);
        std::remove(path.c_str());
        QVERIFY2(r.ok(), r.message().c_str());
        QCOMPARE(r.scenario->components.size(), std::size_t(7));

        const LoadResult missing = loadScenarioFile("/nonexistent/dir/nothing.yaml");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errors.size(), std::size_t(1));
        QCOMPARE(missing.errors[0].file, std::string("/nonexistent/dir/nothing.yaml"));
        QVERIFY(missing.message().find("nothing.yaml") != std::string::npos);
        QVERIFY(missing.message().find("does not exist") != std::string::npos);
    }

    void errorFormatLeavesOutUnknownParts()
    {
        QCOMPARE(ScenarioError({"a.yaml", 3, 7, "components[0].workers", "bad"}).format(),
                 std::string("a.yaml:3:7: components[0].workers: bad"));
        QCOMPARE(ScenarioError({"", 3, 7, "", "bad"}).format(), std::string("3:7: bad"));
        QCOMPARE(ScenarioError({"a.yaml", 0, 0, "f", "bad"}).format(),
                 std::string("a.yaml: f: bad"));
        QCOMPARE(ScenarioError({"", 0, 0, "", "bad"}).format(), std::string("bad"));
    }
};

QTEST_APPLESS_MAIN(TestScenarioIo)
#include "tst_scenario_io.moc"

// Every kind's declaration, walked generically: each parameter round-trips through YAML,
// is refused out of range with its line and field, and is documented in
// docs/scenario-format.md exactly as declared. A new kind or parameter gets these tests
// without a line of its own.
#include "scenario/kinds/kind_reference.h"
#include "scenario/scenario_io.h"

#include <QtTest>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

using namespace scalelab;

namespace {

/// A value of the parameter's type that differs from `current` and is in range.
ParamValue otherValue(const ParamSpec &p, const ParamValue &current, const Component &c)
{
    switch (p.type) {
    case ParamType::Number: {
        double v = std::min(p.max, p.min + 0.75);
        if (const double *now = std::get_if<double>(&current); now && *now == v)
            v = std::min(p.max, p.min + 0.5);
        return v;
    }
    case ParamType::Integer: {
        int v = static_cast<int>(std::min(p.max, p.min + 2));
        if (const int *now = std::get_if<int>(&current); now && *now == v)
            v = static_cast<int>(std::min(p.max, p.min + 3));
        return v;
    }
    case ParamType::OptionalNumber:
        return std::optional<double>(std::min(p.max, p.min + 123.5));
    case ParamType::OptionalInteger:
        // Capacity must hold the workers: stay above them.
        return std::optional<int>(static_cast<int>(std::min(p.max, 500.0 + c.workers)));
    case ParamType::Choice:
        return (std::get<int>(current) + 1) % static_cast<int>(p.choices.size());
    case ParamType::Distribution:
        return Distribution{DistKind::Erlang, 7.5, 0, 0, 1.0, 3};
    case ParamType::Curve:
        return std::vector<RatePoint>{{0.0, 5.0}, {100.0, 50.0}};
    case ParamType::Text:
        return std::string("asia");
    }
    return current;
}

/// A value just outside the declared range, or nothing for types without one.
std::optional<double> outOfRange(const ParamSpec &p)
{
    switch (p.type) {
    case ParamType::Number:
    case ParamType::OptionalNumber:
    case ParamType::Integer:
    case ParamType::OptionalInteger:
        return p.max + 1.0;
    default:
        return std::nullopt;
    }
}

/// The YAML of one component of `kind` whose parameter `p` reads `valueText`.
std::string withValue(const KindTraits &t, const ParamSpec &p, const std::string &valueText)
{
    std::string text =
        "scalelab: 1\ncomponents:\n  - id: x\n    kind: " + std::string(t.yamlName) + "\n";
    if (p.mapKey().empty())
        text += "    " + std::string(p.key) + ": " + valueText + "\n";
    else
        text += "    " + std::string(p.mapKey()) + ": {" + std::string(p.leafKey()) + ": " +
                valueText + "}\n";
    return text;
}

std::string docsPath()
{
    return std::string(SCALELAB_EXAMPLES_DIR) + "/../docs/scenario-format.md";
}

} // namespace

class TestKindDeclarations : public QObject {
    Q_OBJECT
private slots:
    void declarationsAreComplete()
    {
        std::set<std::string> stems;
        for (const ComponentKind kind : allComponentKinds()) {
            const KindTraits &t = traitsOf(kind);
            QCOMPARE(t.kind, kind);
            QVERIFY(!t.yamlName.empty() && !t.displayName.empty() && !t.outgoingText.empty());
            QVERIFY2(t.description.size() > 30, t.yamlName.data());
            QVERIFY2(stems.insert(std::string(t.idStem)).second, t.idStem.data());
            QVERIFY(t.applyDefaults != nullptr);
            std::set<std::string> keys;
            for (const ParamSpec *p : paramsOf(kind)) {
                const std::string where = std::string(t.yamlName) + "." + std::string(p->key);
                QVERIFY2(keys.insert(std::string(p->key)).second, where.c_str());
                QVERIFY2(!p->label.empty() && !p->group.empty(), where.c_str());
                QVERIFY2(p->tooltip.size() > 20, where.c_str());
                QVERIFY2(p->get != nullptr && p->set != nullptr, where.c_str());
                QVERIFY2(p->type != ParamType::Choice || p->choices.size() >= 2, where.c_str());
                // The default component is of the kind and its value is in range.
                Scenario s;
                s.components = {defaultComponent(kind, "x")};
                const auto errors = validateScenario(s, Completeness::Part);
                QVERIFY2(
                    errors.empty(),
                    (where + ": " + (errors.empty() ? std::string() : errors[0].format())).c_str());
            }
        }
    }

    void everyParameterRoundTrips_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        for (const ComponentKind kind : allComponentKinds())
            for (const ParamSpec *p : paramsOf(kind))
                QTest::newRow((std::string(toString(kind)) + "." + std::string(p->key)).c_str())
                    << static_cast<int>(kind) << QString::fromLatin1(p->key.data(), p->key.size());
    }

    void everyParameterRoundTrips()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        const auto k = static_cast<ComponentKind>(kind);
        const ParamSpec *p = nullptr;
        for (const ParamSpec *q : paramsOf(k))
            if (QString::fromLatin1(q->key.data(), q->key.size()) == key)
                p = q;
        QVERIFY(p);
        Component c = defaultComponent(k, "x");
        const ParamValue before = p->get(c);
        p->set(c, otherValue(*p, before, c));
        QVERIFY(!(p->get(c) == before));
        // A rule between this parameter and its siblings (keys.zipf needs keys.count):
        // give the siblings of its map values of their own too.
        const KindTraits &t = traitsOf(k);
        if (t.check && !t.check(c).empty())
            for (const ParamSpec *q : paramsOf(k))
                if (q != p && !q->mapKey().empty() && q->mapKey() == p->mapKey())
                    q->set(c, otherValue(*q, q->get(c), c));
        Scenario s;
        s.components = {c};
        // A name of another component (replica_of) needs that component in the design.
        if (t.checkInDesign && p->type == ParamType::Text)
            s.components.push_back(defaultComponent(k, std::get<std::string>(p->get(c))));
        const auto problems = validateScenario(s, Completeness::Part);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems[0].format().c_str());
        const std::string text = writeScenario(s);
        const LoadResult back = parseScenario(text, "kind.yaml", Completeness::Part);
        QVERIFY2(back.ok(), (back.message() + "\n" + text).c_str());
        QVERIFY2(back.scenario->components[0] == c, text.c_str());
        QVERIFY2(p->get(back.scenario->components[0]) == p->get(c), text.c_str());
    }

    void outOfRangeIsRefusedWithItsPlace_data() { everyParameterRoundTrips_data(); }

    void outOfRangeIsRefusedWithItsPlace()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        const auto k = static_cast<ComponentKind>(kind);
        for (const ParamSpec *p : paramsOf(k)) {
            if (QString::fromLatin1(p->key.data(), p->key.size()) != key)
                continue;
            const std::optional<double> bad = outOfRange(*p);
            if (!bad)
                QSKIP("no numeric range");
            std::ostringstream number;
            number.precision(17);
            number << *bad;
            const std::string text = withValue(traitsOf(k), *p, number.str());
            const LoadResult r = parseScenario(text, "bad.yaml", Completeness::Part);
            QVERIFY2(!r.ok(), text.c_str());
            const std::string field = "components[0]." + std::string(p->key);
            bool placed = false;
            for (const ScenarioError &e : r.errors)
                placed = placed || (e.field == field && e.line == 5 && e.column > 4);
            QVERIFY2(placed, (r.message() + "\nwanted " + field + " at line 5").c_str());
        }
    }

    void aKeyOfAnotherKindIsExplained()
    {
        const LoadResult r =
            parseScenario("scalelab: 1\ncomponents:\n  - {id: w, kind: web_server, ttl_s: 5}\n",
                          "x.yaml", Completeness::Part);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().find("applies only to dns, geo_dns, cdn or cache components") !=
                     std::string::npos,
                 r.message().c_str());
        QCOMPARE(r.errors[0].line, 3);
    }

    void formatDocMatchesTheDeclarations()
    {
        std::ifstream in(docsPath(), std::ios::binary);
        QVERIFY2(in.good(), docsPath().c_str());
        std::ostringstream all;
        all << in.rdbuf();
        std::string doc = all.str();
        const std::string begin = "<!-- kinds:begin -->\n";
        const std::string end = "<!-- kinds:end -->";
        const auto a = doc.find(begin);
        const auto b = doc.find(end);
        QVERIFY(a != std::string::npos && b != std::string::npos && a < b);
        const std::string generated = kindReference();
        if (std::getenv("SCALELAB_UPDATE_DOCS") != nullptr) {
            doc.replace(a + begin.size(), b - a - begin.size(), generated);
            std::ofstream(docsPath(), std::ios::binary) << doc;
            QSKIP("docs/scenario-format.md rewritten");
        }
        QVERIFY2(doc.substr(a + begin.size(), b - a - begin.size()) == generated,
                 "docs/scenario-format.md's kind tables differ from the declarations; run "
                 "tst_kind_declarations with SCALELAB_UPDATE_DOCS=1");
    }
};

QTEST_APPLESS_MAIN(TestKindDeclarations)
#include "tst_kind_declarations.moc"

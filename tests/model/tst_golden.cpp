// Golden numbers: every example and a handful of kernel scenarios give exactly the summary,
// event log and per-second time series committed in tests/golden/. Comparing two runs of
// one binary cannot catch a change that moves every result; comparing with stored numbers
// can. Where a change moves them on purpose, regenerate with SCALELAB_UPDATE_GOLDEN=1 and
// say why in the commit.
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace scalelab;
namespace fs = std::filesystem;

namespace {

Scenario load(const fs::path &path)
{
    const LoadResult r = loadScenarioFile(path.string());
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

/// FNV-1a, 64 bits: enough to notice any change in a few megabytes of CSV.
std::uint64_t fnv1a(const std::string &text)
{
    std::uint64_t h = 1469598103934665603ull;
    for (const unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

/// The run's JSON summary without its wall-clock line, then the time series' hash and
/// row count, then the event log.
std::string fingerprint(Simulation &sim)
{
    std::ostringstream json;
    writeJson(json, sim.result());
    std::string text = json.str();
    const auto at = text.find("  \"wall_s\"");
    text.erase(at, text.find('\n', at) - at + 1);
    std::ostringstream csv;
    sim.timeSeries().writeCsv(csv);
    std::ostringstream out;
    out << text << "timeseries rows " << sim.timeSeries().rows() << " columns "
        << sim.timeSeries().columnCount() << " fnv1a " << std::hex << fnv1a(csv.str()) << std::dec
        << "\n";
    for (const LogEntry &e : sim.log())
        out << "log " << e.t_s << ' ' << e.component << ' ' << e.what << "\n";
    return out.str();
}

std::string runScenario(const Scenario &s)
{
    Simulation sim(s);
    sim.setRecordTimeSeries(true);
    sim.run();
    return fingerprint(sim);
}

/// Stage 4 scaled out while it runs: a third web server joins at 200 s, the first server's
/// workers double at 250 s, the load rises at 260 s. Live edits go through compile() again,
/// which a refactor of the kernel's tables must keep exact.
std::string runLiveEdits()
{
    Scenario s = load(fs::path(SCALELAB_EXAMPLES_DIR) / "04-load-balancer.yaml");
    Simulation sim(s);
    sim.setRecordTimeSeries(true);
    sim.runUntil(200);
    Component web3 = *s.find("web2");
    web3.id = "web3";
    s.components.push_back(web3);
    s.links.push_back({"lb", "web3", 1.0, 0.2, {}});
    s.links.push_back({"web3", "db", 0.5, 0.5, {}});
    sim.applyScenario(s);
    sim.runUntil(250);
    s.find("web1")->workers = 32;
    sim.applyScenario(s);
    sim.runUntil(260);
    sim.failComponent("web3");
    sim.runUntil(280);
    sim.recoverComponent("web3");
    sim.slowComponent("db", 2.0);
    sim.run();
    return fingerprint(sim);
}

std::string firstDifference(const std::string &want, const std::string &got)
{
    std::istringstream a(want);
    std::istringstream b(got);
    std::string la;
    std::string lb;
    for (int line = 1;; ++line) {
        const bool moreA = static_cast<bool>(std::getline(a, la));
        const bool moreB = static_cast<bool>(std::getline(b, lb));
        if (!moreA && !moreB)
            return "identical";
        if (!moreA || !moreB || la != lb)
            return "line " + std::to_string(line) + ":\n  golden: " + (moreA ? la : "<end>") +
                   "\n  now:    " + (moreB ? lb : "<end>");
    }
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private slots:
    void matchesStoredNumbers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("scenario");
        std::vector<fs::path> files;
        for (const fs::path &dir : {fs::path(SCALELAB_EXAMPLES_DIR), fs::path(SCALELAB_GOLDEN_DIR)})
            for (const auto &entry : fs::directory_iterator(dir))
                if (entry.path().extension() == ".yaml")
                    files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path &f : files)
            QTest::newRow(f.stem().c_str())
                << QString::fromStdString(f.stem().string()) << QString::fromStdString(f.string());
        QTest::newRow("live-edits") << QStringLiteral("live-edits") << QString();
    }

    void matchesStoredNumbers()
    {
        QFETCH(QString, name);
        QFETCH(QString, scenario);
        const std::string got =
            scenario.isEmpty() ? runLiveEdits() : runScenario(load(scenario.toStdString()));
        const fs::path golden =
            fs::path(SCALELAB_GOLDEN_DIR) / (name.toStdString() + ".golden.txt");
        if (std::getenv("SCALELAB_UPDATE_GOLDEN") != nullptr) {
            std::ofstream(golden, std::ios::binary) << got;
            QSKIP("golden file rewritten");
        }
        std::ifstream in(golden, std::ios::binary);
        QVERIFY2(in.good(), ("no golden file " + golden.string() +
                             "; run with SCALELAB_UPDATE_GOLDEN=1 to create it")
                                .c_str());
        std::ostringstream want;
        want << in.rdbuf();
        QVERIFY2(want.str() == got,
                 ("differs from " + golden.string() + " at " + firstDifference(want.str(), got))
                     .c_str());
    }
};

QTEST_APPLESS_MAIN(TestGolden)
#include "tst_golden.moc"

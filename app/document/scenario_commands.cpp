#include "document/scenario_commands.h"

namespace scalelab {

QUndoCommand *makeChangeRunSettingsCommand(Document *doc, const RunSettings &r)
{
    return new ChangeValueCommand<RunSettings>(
        doc, QObject::tr("Edit run settings"), [](const Scenario &s) { return s.run; },
        [](Document &d, const RunSettings &v) { d.setRunSettings(v); }, r);
}

QUndoCommand *makeChangeSloCommand(Document *doc, const Slo &slo)
{
    return new ChangeValueCommand<std::optional<Slo>>(
        doc, QObject::tr("Edit the SLO"), [](const Scenario &s) { return s.slo; },
        [](Document &d, const std::optional<Slo> &v) { d.setSlo(v); }, slo);
}

QUndoCommand *makeRenameScenarioCommand(Document *doc, const std::string &name)
{
    return new ChangeValueCommand<std::string>(
        doc, QObject::tr("Rename design"), [](const Scenario &s) { return s.name; },
        [](Document &d, const std::string &v) { d.setName(v); }, name);
}

QUndoCommand *makeChangeRegionLatenciesCommand(Document *doc,
                                               const std::vector<RegionLatency> &table)
{
    return new ChangeValueCommand<std::vector<RegionLatency>>(
        doc, QObject::tr("Edit region latencies"),
        [](const Scenario &s) { return s.region_latency; },
        [](Document &d, const std::vector<RegionLatency> &v) { d.setRegionLatencies(v); }, table);
}

} // namespace scalelab

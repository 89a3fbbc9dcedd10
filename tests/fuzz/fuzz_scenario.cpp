// libFuzzer target for the scenario reader: any bytes must give either a scenario or
// errors (never a crash, a hang, a sanitizer report or unbounded memory), and a scenario
// it accepts must survive the writer: parse(write(s)) gives s back, as scenario_io.h
// promises. Built with clang (see `bash .ci/build.sh fuzz 60` and docs/testing.md).
#include "scenario/scenario_io.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace scalelab;
    const std::string text(reinterpret_cast<const char *>(data), size);
    for (const Completeness completeness : {Completeness::Whole, Completeness::Part}) {
        const LoadResult first = parseScenario(text, "fuzz.yaml", completeness);
        if (!first.ok()) {
            if (first.errors.empty() || first.message().empty())
                std::abort(); // refused without saying why
            continue;
        }
        const std::string written = writeScenario(*first.scenario);
        const LoadResult again = parseScenario(written, "written.yaml", completeness);
        if (!again.ok() || !(*again.scenario == *first.scenario)) {
            std::fprintf(stderr, "round trip failed:\n%s\n%s\n", written.c_str(),
                         again.message().c_str());
            std::abort();
        }
    }
    return 0;
}

#pragma once

// The chapter's example files, loaded for a test.
#include "scenario/scenario_io.h"

#include <QtGlobal>

#include <string>

namespace scalelab::test {

/// examples/<name>, or the test stops with the loader's message.
inline Scenario example(const char *name)
{
    const LoadResult r = loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR "/") + name);
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

} // namespace scalelab::test

#pragma once

// What the headless commands share beyond the usage table: reading numbers from arguments,
// writing an output file (atomically) or standard output, and following runs that go on in
// other threads (ParallelRuns) with a progress bar and Ctrl+C.

#include "cli/progress.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>

namespace scalelab::cli {

/// A finite number, the whole argument (no trailing text).
bool parseNumber(const char *text, double &out);
/// A whole number in [min, max].
bool parseInteger(const char *text, long long min, long long max, long long &out);
/// A random seed: a whole number from 0 to 2^64-1.
bool parseSeed(const char *text, std::uint64_t &out);
/// The --jobs of a command that runs simulations in parallel: 1 to ParallelRuns::kMaxJobs.
bool parseJobs(const char *text, int &out);
/// Writes text to path ("-" = standard output) through the atomic write; on failure
/// prints "scalelab COMMAND: why" and answers false.
bool writeOutput(const std::string &command, const std::string &path, const std::string &text);

/// Waits for runs that go on in other threads (anything with progress(), finished(),
/// cancel() and wait()), drawing the progress on a terminal; Ctrl+C cancels them. False
/// when interrupted.
template <typename Runs> bool follow(Runs &runs, const std::string &label)
{
    const InterruptGuard interrupt;
    ProgressBar progress(label);
    while (!runs.finished()) {
        if (interrupt.raised()) {
            runs.cancel();
            runs.wait();
            return false;
        }
        progress.update(runs.progress());
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    runs.wait();
    return true;
}

} // namespace scalelab::cli

#pragma once

// ParallelRuns: independent simulations on several threads (the chaos test's one run per
// component, the capacity sweep's one run per load level). A Simulation shares nothing
// mutable with another (the model has no mutable globals; the kinds' tables are const),
// so each thread owns its runs outright. The caller's thread polls progress() and may
// cancel(); the command line and the GUI drive the same object.

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace scalelab {

class ParallelRuns {
public:
    /// What a run calls as it goes: its fraction done in [0, 1]; false means stop now.
    using Progress = std::function<bool(double fraction)>;
    /// Run number `index` of `count`; it must call progress now and then and stop when it
    /// answers false. An exception it throws becomes that run's error().
    using Task = std::function<void(std::size_t index, const Progress &progress)>;

    /// Starts min(jobs, count) threads at once; jobs is clamped to [1, kMaxJobs].
    ParallelRuns(std::size_t count, int jobs, Task task);
    /// Cancels what is still running and waits for the threads.
    ~ParallelRuns();
    ParallelRuns(const ParallelRuns &) = delete;
    ParallelRuns &operator=(const ParallelRuns &) = delete;

    /// Mean fraction done over all runs, in [0, 1].
    double progress() const;
    /// Every thread has ended (all runs done, or cancelled).
    bool finished() const { return m_running.load() == 0; }
    void cancel() { m_cancel.store(true); }
    bool cancelled() const { return m_cancel.load(); }
    /// Blocks until finished().
    void wait();
    /// Whether run `index` ran to its end (not cancelled, no error).
    bool done(std::size_t index) const { return m_done[index].load(); }
    /// Why run `index` failed ("not enough memory"), or empty.
    std::string error(std::size_t index) const;

    /// The machine's cores (at least 1), capped at kMaxJobs: the default for --jobs.
    static int defaultJobs();
    /// More threads than this buys nothing on any machine a student has.
    static constexpr int kMaxJobs = 64;

private:
    void work();

    std::size_t m_count;
    Task m_task;
    std::atomic<bool> m_cancel{false};
    std::atomic<std::size_t> m_next{0};
    std::atomic<int> m_running{0};
    std::unique_ptr<std::atomic<double>[]> m_fraction;
    std::unique_ptr<std::atomic<bool>[]> m_done;
    std::vector<std::string> m_errors; ///< written by the run's own thread before it ends
    std::vector<std::thread> m_threads;
};

} // namespace scalelab

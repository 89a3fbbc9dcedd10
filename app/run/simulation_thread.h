#pragma once

#include "scenario/scenario.h"
#include "sim/frame.h"
#include "sim/run_result.h"

#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

/// What the GUI asks of a run. Commands queue up and are applied by the simulation thread
/// between batches of events, each at a simulated time it records (see journal()).
struct SimCommand {
    enum class Type {
        Load,
        Run,
        Pause,
        StepEvent,
        StepSecond,
        Reset,
        SetSpeed,
        Apply,
        Fail,
        Recover,
        Promote,
        Deploy,
        Slow,
        PauseAt
    };
    Type type = Type::Run;
    std::shared_ptr<const Scenario> scenario; ///< Load (null: no run), Apply
    std::string component;                    ///< Fail, Recover, Promote, Slow, Deploy
    double value = 0;                         ///< speed, slow factor, pause time
    std::optional<double> at_s;               ///< Apply/Fail/Recover/Slow: at this sim time
    std::uint64_t generation = 0;             ///< Load: numbers the runs
};

/// A command as it was applied: replaying the journal's edits at the same times into a
/// fresh run gives the same numbers.
struct AppliedCommand {
    double t_s = 0;
    SimCommand command;
};

/// Owns the Simulation on its own thread so the window never freezes. The GUI sends
/// commands (thread-safe, non-blocking); the thread runs batches of events paced to the
/// chosen speed (0.1x..100x of real time, or as fast as possible), applies commands at
/// batch boundaries, and publishes immutable frames into a latest-wins mailbox at most
/// ~60 times per real second, announcing each with frameReady() (queued to the GUI, at
/// most one pending). The GUI pulls with takeFrame(); nothing else crosses threads.
class SimulationThread : public QThread {
    Q_OBJECT
public:
    static constexpr double kAsFastAsPossible = 0;

    explicit SimulationThread(QObject *parent = nullptr);
    ~SimulationThread() override;

    // Commands, from any thread.
    void load(const Scenario &scenario); ///< a fresh run, paused at 0
    /// Stops and drops the run: no frames until the next load (a design that cannot run).
    void unload();
    void runSimulation();
    void pause();
    void stepEvent();
    void stepSecond();
    void reset(); ///< back to 0 with the design as last applied
    /// Simulated seconds per real second; kAsFastAsPossible for no pacing.
    void setSpeed(double factor);
    /// Live edit at the current time, or at `at_s` (while running, the run stops there).
    void applyScenario(const Scenario &scenario, std::optional<double> at_s = {});
    void failComponent(const std::string &id, std::optional<double> at_s = {});
    void recoverComponent(const std::string &id, std::optional<double> at_s = {});
    /// A replica becomes its set's primary (the event log says what was lost).
    void promoteReplica(const std::string &id, std::optional<double> at_s = {});
    /// A new version of the static assets, to one CDN or (empty id) the whole site.
    void deployAssets(const std::string &id, std::optional<double> at_s = {});
    void slowComponent(const std::string &id, double factor, std::optional<double> at_s = {});
    /// Pause when the clock reaches t (scripted runs, tests, benchmarks).
    void pauseAt(double t_s);

    /// The newest frame, or null if none was published since the last take.
    std::shared_ptr<const Frame> takeFrame();
    /// The report of the run that reached its end (what `scalelab run` prints), or null if
    /// none did since the last take or the run was replaced since.
    std::shared_ptr<const RunResult> takeResult();
    /// Blocks until every command sent so far has been applied and a frame published
    /// after it (false on timeout). Scheduled (at_s) commands count once queued.
    bool waitForCommands(int timeoutMs = 5000);
    /// Blocks until the run is paused (false on timeout).
    bool waitUntilPaused(int timeoutMs = 10000);

    bool isRunningSimulation() const { return m_running.load(); }
    double speed() const { return m_speed.load(); }
    /// The simulated clock at the last batch boundary.
    double simTime() const { return m_simTime.load(); }
    std::vector<AppliedCommand> journal() const;

signals:
    void frameReady();
    /// The run reached its duration; takeResult() has its report.
    void runFinished();
    void runningChanged(bool running);

protected:
    void run() override;

private:
    class Worker;
    void post(SimCommand c);
    friend class Worker;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<SimCommand> m_commands;
    std::uint64_t m_sent = 0;               ///< guarded by m_mutex
    std::uint64_t m_processed = 0;          ///< guarded by m_mutex
    std::shared_ptr<const Frame> m_mailbox; ///< guarded by m_mutex
    std::uint64_t m_mailboxGeneration = 0;  ///< the run the mailbox frame is from
    std::uint64_t m_loads = 0;             ///< Load commands sent; frames of older runs are dropped
    std::vector<AppliedCommand> m_journal; ///< guarded by m_mutex
    std::shared_ptr<const RunResult> m_result; ///< guarded by m_mutex
    std::uint64_t m_resultGeneration = 0;      ///< the run m_result is from

    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_notified{false};
    std::atomic<double> m_speed{1.0};
    std::atomic<double> m_simTime{0.0};
};

} // namespace scalelab

#pragma once

// What a long headless command shows while it works, and how Ctrl+C stops it.
// ProgressBar draws "[#####.....]  42%  12 s left" on stderr, only when stderr is a
// terminal (a log file or a pipe gets no progress bytes), at most ten times a second.
// InterruptGuard turns SIGINT into a flag the command polls, so it can stop cleanly and
// report what it has; the previous handler is back when the guard goes.

#include <chrono>
#include <csignal>
#include <string>

namespace scalelab {

class ProgressBar {
public:
    /// `label` precedes the bar ("run", "snapshot"); drawn only if stderr is a TTY.
    explicit ProgressBar(std::string label);
    ~ProgressBar();
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

    /// fraction in [0, 1]; cheap to call often, it redraws only now and then.
    void update(double fraction);
    /// Erases the bar, so that the report starts on a clean line.
    void clear();

    /// "1:05" or "42 s": the time left at the measured pace.
    static std::string formatSeconds(double seconds);

private:
    std::string m_label;
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    /// Whether SIGINT arrived since the guard was made.
    bool raised() const;
    /// The shell's convention for "ended by SIGINT".
    static constexpr int kExitCode = 130;

private:
    struct sigaction m_previous {};
};

} // namespace scalelab

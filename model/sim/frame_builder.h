#pragma once

// FrameBuilder: turns the state of a running Simulation into a Frame for the live view.
// It remembers what the previous frame saw (busy-time integrals, link traversal counters,
// time-series rows, log entries) so that each frame carries rates averaged since the
// previous one and only the samples and log lines that are new.

#include "sim/frame.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

class Simulation;

class FrameBuilder {
public:
    struct Options {
        std::size_t maxDots = 20000; ///< more requests on links than this are sampled evenly
        double failureWindowS = 2.0; ///< failures younger than this (simulated s) are drawn
    };

    FrameBuilder() = default;
    explicit FrameBuilder(Options options) : m_options(options) {}

    /// The order in which components appear in frames: the scenario's (stations the
    /// scenario does not name, e.g. removed ones, are left out). Without it, kernel order.
    void setComponentOrder(const std::vector<std::string> &ids) { m_order = ids; }
    /// Forget everything seen: the next frame starts afresh (after a reset of the run).
    void restart();

    /// A frame of the simulation as it is now. Call from the thread that drives it.
    Frame build(const Simulation &sim);

    const Options &options() const { return m_options; }

private:
    struct LinkMemory {
        std::uint32_t from;
        std::uint32_t to;
        std::uint64_t traversals;
        double rate;
    };
    struct StationMemory {
        double busyArea = 0;
        double utilization = 0;
    };

    void addComponents(const Simulation &sim, Frame &f, double dt,
                       std::vector<std::int32_t> &frameIndexOfStation);
    void addLinks(const Simulation &sim, Frame &f, double dt);
    void addDots(const Simulation &sim, Frame &f) const;
    void addFailures(const Simulation &sim, Frame &f,
                     const std::vector<std::int32_t> &frameIndexOfStation) const;
    void addSamples(const Simulation &sim, Frame &f);
    void addLog(const Simulation &sim, Frame &f);

    Options m_options;
    std::vector<std::string> m_order;
    bool m_first = true;
    double m_lastT = 0;
    std::vector<StationMemory> m_stations; ///< by kernel station index
    std::vector<LinkMemory> m_links;
    std::size_t m_rowsSeen = 0;
    std::size_t m_logSeen = 0;
};

} // namespace scalelab

#pragma once

#include "sim/frame.h"

#include <QString>

#include <limits>
#include <map>
#include <string>

namespace scalelab {

/// What queueing theory predicts for one station at a measured arrival rate: M/M/c when
/// the queue is unbounded, M/M/c/K when the component has a capacity. Infinite results
/// (an overloaded M/M/c) are NaN so that charts draw a gap rather than a spike.
struct MmcPrediction {
    bool stable = false;
    double lambda = 0; ///< arrivals per second
    double mu = 0;     ///< services per second of one worker
    int servers = 0;   ///< c
    int capacity = -1; ///< K, -1 = unbounded
    double utilization = std::numeric_limits<double>::quiet_NaN(); ///< 0..1
    double L = std::numeric_limits<double>::quiet_NaN();           ///< mean in system
    double Lq = std::numeric_limits<double>::quiet_NaN();          ///< mean waiting
    double W_ms = std::numeric_limits<double>::quiet_NaN();        ///< mean response
};

/// Empty if the component is an M/M/c station (exponential service and no calls to other
/// components, so its response is its own), else the reason it is not, for the student.
QString mmcStationProblem(const Scenario &scenario, const std::string &id);

/// The one consumer of message queue `id` (the target of its one link), or nullptr.
const Component *queueConsumer(const Scenario &scenario, const std::string &id);
/// Empty if message queue `id` with its consumer is an M/M/c queue (one consumer, a
/// service with exponential service time), else why it is not.
QString queueConsumerProblem(const Scenario &scenario, const std::string &id);

/// The prediction for `config` at arrival rate lambda with the live worker count,
/// capacity (-1 = unbounded) and slow-down factor of the frame.
MmcPrediction predictMmc(const Component &config, double lambda, int workers, int capacity,
                         double slowFactor);

/// Measures each component's arrival rate from frames: the traffic of the links into it
/// (frame.links, weighted by the simulated time each frame covers), the users' link too.
class ArrivalRateMeter {
public:
    void setScenario(const Scenario &) {}
    /// Call once per frame, before reading rates for its sample rows.
    void addFrame(const Frame &frame);
    /// Arrival rate into `id` for sample row `row` of the frame last given to addFrame.
    double rate(const Frame &frame, std::size_t row, const std::string &id) const;
    void clear();

private:
    double m_lastT = -1;
    double m_time = 0;                     ///< simulated s accumulated since the last rows
    std::map<std::string, double> m_count; ///< requests into each component since then
    std::map<std::string, double> m_rate;  ///< per second, over the interval before the rows
};

} // namespace scalelab

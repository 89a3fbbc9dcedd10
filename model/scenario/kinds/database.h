#pragma once

// database: stores the data; reads and writes take their own times. A database may be a
// replica of another (replica_of): the primary takes the writes and sends each one to its
// replicas (replication: mode and lag), the replicas answer reads. The primary's settings
// say how the set replicates and fails over.

#include "scenario/basic_types.h"

#include <cstdint>
#include <optional>
#include <string>

namespace scalelab {

struct KindTraits;

enum class DbModel : std::uint8_t { Relational, KeyValue };
/// When a write's answer goes back: at once (async), after the first replica has applied
/// it (semi_sync), after every replica has (sync).
enum class ReplicationMode : std::uint8_t { Async, SemiSync, Sync };
/// What happens to the writes a failover lost: nothing, or re-applied by a recovery script
/// when the old primary is back.
enum class Recovery : std::uint8_t { None, Replay };

struct ReplicationSettings {
    ReplicationMode mode = ReplicationMode::Async;
    /// From the primary's commit until the replica receives the write.
    Distribution lag_ms = Distribution::constant(100.0);
    /// How often the application checks its databases (dead replicas, a dead primary).
    double check_s = 2.0;
    bool operator==(const ReplicationSettings &) const = default;
};

struct DatabaseParams {
    DbModel model = DbModel::Relational;
    Distribution read_ms = Distribution::exponential(5.0);
    Distribution write_ms = Distribution::exponential(10.0);
    std::string replica_of; ///< the primary it copies; empty: it is no replica
    ReplicationSettings replication;
    /// After the primary's failure is noticed, a replica is promoted this much later;
    /// none: only by hand.
    std::optional<double> failover_s = 30.0;
    Recovery recovery = Recovery::None;
    bool operator==(const DatabaseParams &) const = default;
};

/// The most replicas one primary may have.
inline constexpr int kMaxReplicas = 63;

const KindTraits &databaseTraits();
const char *toString(DbModel m);
const char *toString(ReplicationMode m);

} // namespace scalelab

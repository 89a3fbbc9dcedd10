#include "scenario/kinds/cache.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"

namespace scalelab {

namespace {

constexpr const char *kCache = QT_TRANSLATE_NOOP("scalelab::Param", "Cache");

std::vector<ParamSpec> cacheParams()
{
    using P = CacheParams;
    return {
        bound<int>({.key = "max_keys",
                    .type = ParamType::Integer,
                    .label = QT_TRANSLATE_NOOP("scalelab::Param", "Size (keys)"),
                    .shortLabel = "keys",
                    .min = 1,
                    .max = kMaxCacheKeys,
                    .tooltip = QT_TRANSLATE_NOOP(
                        "scalelab::Param",
                        "How many keys the cache holds at most. When it is full, filling a "
                        "new key evicts one (see Eviction). A bigger cache hits more often, "
                        "most of all when a few keys are very popular."),
                    .group = kCache},
                   [](Component &c) -> int & { return c.as<P>().max_keys; }),
        bound<double>(
            {.key = "ttl_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Time to live"),
             .shortLabel = "TTL",
             .unit = "s",
             .min = 0,
             .max = kMaxDurationS,
             .decimals = 1,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "An entry expires this long after it was filled (a hit does not extend it); "
                 "the next read of that key is a miss that fetches it again. 0: entries never "
                 "expire. A short TTL keeps data fresh but hits less; a long one hits more "
                 "but may serve old data."),
             .group = kCache},
            [](Component &c) -> double & { return c.as<P>().ttl_s; }),
        bound<Eviction>(
            {.key = "eviction",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Eviction"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Which key makes room when the cache is full. LRU: the least recently "
                 "used. LFU: the least often used. FIFO: the oldest filled, however popular."),
             .group = kCache,
             .choices =
                 {{"lru", QT_TRANSLATE_NOOP("scalelab::Param", "Least recently used (LRU)")},
                  {"lfu", QT_TRANSLATE_NOOP("scalelab::Param", "Least frequently used (LFU)")},
                  {"fifo", QT_TRANSLATE_NOOP("scalelab::Param", "First in, first out (FIFO)")}}},
            [](Component &c) -> Eviction & { return c.as<P>().eviction; }),
        bound<WritePolicy>(
            {.key = "write_policy",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "On a write"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Invalidate: a write that passes through the cache removes its key, so the "
                 "next read fetches the new value. None: the cached value stays until it "
                 "expires, and reads answered from it are stale."),
             .group = kCache,
             .choices = {{"invalidate", QT_TRANSLATE_NOOP("scalelab::Param", "Invalidate the key")},
                         {"none",
                          QT_TRANSLATE_NOOP("scalelab::Param", "Keep it until it expires")}}},
            [](Component &c) -> WritePolicy & { return c.as<P>().write_policy; }),
        bound<double>(
            {.key = "entry_kb",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Memory per entry"),
             .unit = "KB",
             .min = 0,
             .max = 1e6,
             .decimals = 2,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param", "The memory one cached key and its value take: the memory "
                                    "figure of the host counts the keys held times this."),
             .group = QT_TRANSLATE_NOOP("scalelab::Param", "Host")},
            [](Component &c) -> double & { return c.as<P>().entry_kb; }),
    };
}

} // namespace

const KindTraits &cacheTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::Cache,
        .yamlName = "cache",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Cache"),
        .idStem = "cache",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Keeps recently read data in memory: a hit is answered at once, a miss is fetched "
            "from what it caches and then kept, so the database behind it does less work."),
        .colour = 0xd32f2f,
        .diagramShape = DiagramShape::Cylinder,
        .maxOutgoing = 1,
        .needsOutgoing = true,
        .outgoingRefusal = "it caches one component (its one link goes to what it caches; "
                           "a primary database and its replicas count as one)",
        .outgoing = OutgoingUse::CallsEach,
        .outgoingText = "a read that misses, and every other request, is passed on along its "
                        "one link, holding a worker until the answer comes back; a hit is "
                        "answered at once",
        .params = cacheParams(),
        .cardKeys = {"max_keys", "ttl_s"},
        .applyDefaults =
            [](Component &c) {
                c.workers = 32;
                c.capacity = 10000;
                c.service_ms = Distribution::constant(0.5);
                c.cost_per_hour = 0.05;
                c.params = CacheParams{};
            },
    };
    return traits;
}

const char *toString(Eviction e)
{
    return choiceName(cacheTraits().params[2], static_cast<int>(e)).data();
}

const char *toString(WritePolicy w)
{
    return choiceName(cacheTraits().params[3], static_cast<int>(w)).data();
}

} // namespace scalelab

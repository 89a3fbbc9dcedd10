#include "window/lesson_catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace scalelab {

namespace {

// The goals' sentences in the lesson files, so lupdate offers them for translation; a
// goal text a teacher writes that is not listed here is shown as written.
[[maybe_unused]] constexpr const char *kGoalTexts[] = {
    QT_TRANSLATE_NOOP("scalelab::Lesson", "At low load the latency is flat"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "Raise the end of the load curve until p99 passes 1 s: the hockey stick"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "While the one server is down, every request fails"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The web tier is not the bottleneck"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "Find the tier that saturates first and give it room: below 70 % busy"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Then p99 falls below 150 ms at the same load"),
    QT_TRANSLATE_NOOP(
        "scalelab::Lesson",
        "Raise the load to 2,000 requests/s and scale the big machine up to carry it"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Keep p99 below 300 ms while it does"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "However big, it is one machine: when it fails, everything fails"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Raise the load to 1,000 requests/s"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "Survive web2's death: at least 99 % availability once the health check "
                      "notices"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "...and p99 below 300 ms on the servers that are left (scale out)"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "For at most $2.10 an hour: compare with the big machine of stage 3"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "All 400 requests/s served: the replicas share the reads"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Survive replica1's death: its reads move to replica2"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Fewer than 2 % of reads stale (a shorter lag, or "
                                          "semi-sync or sync replication)"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Lose no write when the primary dies at 400 s"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Most reads are hits: at least 65 %"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The database has little to do: below 50 % busy"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "Survive the cache's death at 400 s: at least 99 % availability"),
    // Reveal step titles.
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The balancer and the web tier"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The primary takes the writes"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Replicas answer the reads"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The cache in front of it"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Users and the balancer"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Users"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "DNS gives them the server's address"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "One server does everything"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The web tier"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The data tier, on its own machine"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "One big machine"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Its database"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Users and DNS"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The balancer's public address"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Web servers on a private network"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The shared database"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "At least 99 % of requests answered through the sale and the replica's "
                      "death"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "Once the group has scaled out, pages are quick again during the sale"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The automation pays only for what the load needs"),
    // Stage 13's goals and reveal steps.
    QT_TRANSLATE_NOOP("scalelab::Lesson", "The SLO, all day: p99 below 300 ms"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "…and at least 99.9 % of requests answered"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "A million users at their evening peak: more than 20,000 requests/s served"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "The CDN answers the static assets: a hit ratio of at least 95 %"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "All of it for less than $5 an hour, the web tier growing only for the "
                      "evening"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "A million users, a geoDNS and a balancer"),
    QT_TRANSLATE_NOOP("scalelab::Lesson",
                      "A stateless web tier that scales itself, sessions in a store"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "A cache, and data sharded over primaries with replicas"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "A CDN for static assets"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "A second data center"),
    QT_TRANSLATE_NOOP("scalelab::Lesson", "Queues and workers in both data centers"),
};

const std::vector<Lesson> kLessons = {
    {"stage-1", "01-single-server.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "1. A single server"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Everything runs on one machine: the web app, the database and the cache. "
                       "Users look the name up in DNS, get the server's IP address and send it "
                       "their HTTP requests. It is the simplest design there is, and the one "
                       "every system starts from."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it. Then select the users and raise the last point of their load "
                       "curve above the server's capacity of 100 requests per second, and run "
                       "again."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "The latency chart: flat while the server has spare workers, then a steep "
                       "climb as the load nears capacity (the hockey stick). At 1500 s the server "
                       "dies and every request fails: one machine is a single point of failure.")},
    {"stage-2", "02-web-and-data-tier.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "2. Web tier and data tier apart"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "The web server and the database now run on machines of their own, so "
                       "each tier can grow by itself. Each web request holds a worker while it "
                       "waits for the database. A relational database joins tables and scales "
                       "up; a key-value store answers faster and scales out."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it and compare the two cards' utilization. Give the busier tier more "
                       "room (more workers, or faster queries) and run again."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "The tier that saturates first is the bottleneck: adding web servers "
                       "would not help while the database is the one that is full.")},
    {"stage-3", "03-scale-up.yaml", QT_TRANSLATE_NOOP("scalelab::Lesson", "3. Scale up"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Scaling up (vertical scaling): a bigger machine, with more cores and a "
                       "faster CPU. It is simple and it works, up to the largest machine there "
                       "is (128 cores, 4x CPU), and its price grows faster than its capacity."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Raise the users' rate to 2,000 requests per second, then give the big "
                       "machine more cores or a faster CPU until it keeps up. Note its cost per "
                       "hour."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "However big, it is still one machine: at 600 s it fails and so does "
                       "every request. Compare its cost with the scale-out design of lesson 4.")},
    {"stage-4", "04-load-balancer.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "4. A load balancer"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Scaling out (horizontal scaling): more machines of the same size behind "
                       "a load balancer. Users reach the balancer's public address; the web "
                       "servers sit on private addresses behind it. Health checks find a dead "
                       "server and take it out."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Raise the load to 1,000 requests per second. Add a web server (copy "
                       "web1, link the balancer to it and it to the database) until the design "
                       "survives web2's death at 300 s."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 300 s: a short burst of errors until the health check notices, then "
                       "all traffic on the servers that are left. The event log shows when the "
                       "balancer marked web2 unhealthy.")},
    {"stage-5", "05-replication.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "5. Database replication"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "A primary database takes every write; replicas hold copies and answer "
                       "the reads, which are most of the traffic. The primary sends each write "
                       "to the replicas, which get it a little later (the replication lag): a "
                       "read answered before then is stale. If a replica dies its reads move to "
                       "the others; if the primary dies a replica is promoted."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it and watch the replicas' lag and the stale reads. Then select the "
                       "primary and set its replication to synchronous, and run again: compare "
                       "the stale reads, the writes lost at 400 s and the write latency."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 200 s replica1 dies and its reads move to replica2 at the next check. "
                       "At 400 s the primary dies: writes fail (failover) until a replica "
                       "is promoted, and the event log counts the writes that were lost with "
                       "it.")},
    {"stage-6", "06-cache.yaml", QT_TRANSLATE_NOOP("scalelab::Lesson", "6. A cache"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "A cache keeps recently read data in memory. A read that finds its key "
                       "there (a hit) is answered at once; a miss reads the database and fills "
                       "the cache. A few keys are far more popular than the rest, so a cache "
                       "holding a tenth of them answers most reads."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it and compare the hit-ratio chart with the theory line. Make the "
                       "cache smaller or give its entries a shorter TTL and run again: watch the "
                       "hit ratio and the database's load. Then make the design survive the "
                       "cache's death at 400 s."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 400 s the cache dies: every read goes to the database, which cannot "
                       "carry them (a cascade of errors). At 460 s it comes back empty and the "
                       "hit ratio climbs again as it warms up.")},
    {"stage-7", "07-cdn.yaml", QT_TRANSLATE_NOOP("scalelab::Lesson", "7. A CDN"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Most of what a page loads is static: images, scripts, style sheets. A "
                       "CDN serves them from edge servers near the users. A hit is answered at "
                       "the edge, a few milliseconds away; a miss is fetched from the origin "
                       "(the web servers, far away) and kept for the TTL."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it and compare the latency of static requests with the others, and "
                       "the web servers' load with the CDN's hit ratio. Try Simulation > Deploy "
                       "New Version and watch the origin take the burst. Then make the design "
                       "survive the CDN's outage at 400 s."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 250 s a new version is deployed: every asset has a new URL, so each "
                       "is fetched from the origin once. At 400 s the CDN dies: static requests "
                       "fail until the site points pages at the origin 10 s later, and the web "
                       "servers carry every request until the CDN is back at 520 s.")},
    {"stage-8", "08-stateless.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "8. Sessions, a stateless web tier and autoscaling"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Logged-in users carry a session. Kept in a web server's memory, it ties "
                       "each user to that server: a sticky balancer must send them back there, "
                       "and when the server fails or is removed its users are logged out. Kept "
                       "in a shared session store, any server can answer anyone: the web tier "
                       "is stateless, and an autoscaling group can add and remove servers as "
                       "the load moves, paying for what each hour needs."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run the day and watch the group grow for the afternoon and shrink in "
                       "the evening: each removed server logs its users out. Then add a session "
                       "store, link web1 and web2 to it, set their session to Session store, "
                       "and run again until nobody is logged out."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "From about 250 s the load outgrows the servers: the group boots copies "
                       "of web1, which serve 30 s later. At 600 s web2 fails and its sessions "
                       "are gone. From 750 s the load falls and the group drains and removes "
                       "servers, and their sessions with them.")},
    {"stage-9", "09-data-centers.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "9. Data centers and a geoDNS"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Users far away wait for the distance: a second data center near them "
                       "serves them quickly, and a geoDNS sends each user to the nearest one "
                       "that passes its health checks. Data is replicated between the data "
                       "centers, an ocean apart."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it: each region's latency is low for its own users. At 300 s the "
                       "us-east data center dies. Its users keep their DNS answer for the TTL "
                       "and fail until it expires, then move to Europe at a higher latency. "
                       "Set the geoDNS's TTL to 10 s and run again: users move sooner and "
                       "availability stays above 97.5 %, but the geoDNS answers more than twice "
                       "as many lookups. Set db-us's replication to sync: no write is lost, but "
                       "every write waits for the ocean twice."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 300 s the whole us-east data center fails (right-click a data "
                       "center's title to fail it by hand). The European replica is promoted "
                       "20 s after the primary is noticed down; the writes it had not received "
                       "are lost.")},
    {"stage-10", "10-message-queue.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "10. A message queue"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Work the user need not wait for (resizing a photo, sending an e-mail) "
                       "goes into a message queue: the web server publishes it and answers at "
                       "once. Workers take messages only when they are free, so a burst waits "
                       "in the queue instead of overloading anyone, and the workers scale on "
                       "their own, apart from the web tier."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it and watch the Message queue chart through the burst at 200 s: "
                       "the depth climbs, then drains at the workers' spare rate, while the "
                       "async latency stays low. Give the workers service twice as many "
                       "workers (live, while it runs) and watch the backlog drain in less than "
                       "half the time: the spare rate, the workers' rate less the publishes', "
                       "more than doubles."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 200 s a flash sale brings five times the load for 20 s. At 210 s the "
                       "workers crash and are back at 215 s: the messages they held are "
                       "delivered again after the 30 s visibility timeout, and none is lost.")},
    {"stage-11", "11-metrics.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "11. Logs, metrics and automation"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "A system you cannot see, you cannot run. Monitoring measures every host "
                       "(CPU, memory, disk writes, network), every tier (throughput, p95, "
                       "errors, utilization) and the business (daily active users, revenue "
                       "against cost), and alert rules watch the figures: each fires when its "
                       "metric stays past a threshold for a while, and resolves when it is "
                       "back. Automation acts on the same figures: the autoscaling group adds "
                       "servers when the web tier is busy."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Open the Metrics dock (View menu) and run it. Pick series in its chart: "
                       "db.disk_writes_ps, cache.memory_mb, tier.web_server.utilization. Take "
                       "the web tier's autoscaling away (ungroup it) and run the sale again: "
                       "web_tier_hot and slow_pages stay firing and the errors alert joins them."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 240 s a flash sale brings four times the load: web_tier_hot fires, "
                       "the group scales out, and the alert resolves once the new servers have "
                       "booted. At 600 s replica1 dies: replica_down fires that second and "
                       "resolves when it is back. The event log lists every alert, failure "
                       "and scaling action with its simulated time.")},
    {"stage-12", "12-sharding.yaml",
     QT_TRANSLATE_NOOP("scalelab::Lesson", "12. Sharding the database"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "When one database cannot keep up, split the data: each shard holds "
                       "the keys the shard key maps to, and a shard router sends every query "
                       "to the one shard that has its key. Adding a shard moves keys: with "
                       "modulo hashing most of them, with consistent hashing about one in "
                       "N+1. One very popular key still lands on one shard, and a query that "
                       "needs every shard is as slow as the slowest."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run it and watch the router's card: one load bar per shard. At 200 s "
                       "the fourth shard joins; the event log says how many keys move, and the "
                       "bars rise while they are copied. Set the router's scheme to "
                       "consistent_hash and run again: compare keys_moved. Then set join_share "
                       "to 0 (denormalised) and compare the p95 of reads."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "At 200 s the router adds its fourth shard (a scheduled add_shard). At "
                       "400 s a celebrity's fans send 1,100 reads a second for one key: the "
                       "shard holding it saturates and refuses queries while the others idle.")},
    {"stage-13", "13-millions.yaml", QT_TRANSLATE_NOOP("scalelab::Lesson", "13. A million users"),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Everything of the chapter together: a geoDNS and two data centers, a "
                       "CDN, balancers, a stateless web tier that scales itself, a session "
                       "store, a cache, sharded databases with replicas, and queues with "
                       "workers. A million users bring 22,000 requests a second at their "
                       "evening peak, and the design keeps its promise: p99 below 300 ms and "
                       "99.9 % of requests answered."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "Run the compressed day and watch the web tier grow for the evening and "
                       "shrink at night. Then run Simulation > Chaos Test: each component fails "
                       "in turn, and every row holds. Find the second geoDNS, session store "
                       "and shard router, which are asked only while the first is down (backup "
                       "links); delete one of those links and run the chaos test again."),
     QT_TRANSLATE_NOOP("scalelab::Lesson",
                       "The load follows a day: about 6,600 requests a second at midnight, "
                       "4,000 in the small hours, 22,000 at the peak at 285 s. The autoscaling "
                       "group adds web servers from about 140 s and removes them from 315 s.")},
};

QString percent(double fraction)
{
    return QCoreApplication::translate("scalelab::Lesson", "%1 %")
        .arg(QString::number(100.0 * fraction, 'f', fraction > 0.999 && fraction < 1 ? 2 : 1));
}

QString metricName(const Goal &g)
{
    switch (g.metric) {
    case GoalMetric::P50Ms:
    case GoalMetric::P95Ms:
    case GoalMetric::P99Ms: {
        const QString p = g.metric == GoalMetric::P50Ms   ? QStringLiteral("p50")
                          : g.metric == GoalMetric::P95Ms ? QStringLiteral("p95")
                                                          : QStringLiteral("p99");
        return g.kind.empty() ? QCoreApplication::translate("scalelab::Lesson", "%1 latency").arg(p)
                              : QCoreApplication::translate("scalelab::Lesson", "%1 latency (%2)")
                                    .arg(p, QString::fromStdString(g.kind));
    }
    case GoalMetric::Availability:
        return QCoreApplication::translate("scalelab::Lesson", "availability");
    case GoalMetric::ErrorRate:
        return g.cause.empty() ? QCoreApplication::translate("scalelab::Lesson", "error rate")
                               : QCoreApplication::translate("scalelab::Lesson", "error rate (%1)")
                                     .arg(QString::fromStdString(g.cause));
    case GoalMetric::Errors:
        return g.cause.empty() ? QCoreApplication::translate("scalelab::Lesson", "errors")
                               : QCoreApplication::translate("scalelab::Lesson", "errors (%1)")
                                     .arg(QString::fromStdString(g.cause));
    case GoalMetric::CostPerHour:
        return QCoreApplication::translate("scalelab::Lesson", "cost per hour");
    case GoalMetric::Utilization:
        return QCoreApplication::translate("scalelab::Lesson", "utilization of %1")
            .arg(QString::fromStdString(g.component));
    case GoalMetric::QueueLength:
        return QCoreApplication::translate("scalelab::Lesson", "queue at %1")
            .arg(QString::fromStdString(g.component));
    case GoalMetric::ThroughputRps:
        return QCoreApplication::translate("scalelab::Lesson", "throughput");
    case GoalMetric::HitRatio:
        return QCoreApplication::translate("scalelab::Lesson", "hit ratio of %1")
            .arg(QString::fromStdString(g.component));
    case GoalMetric::StaleReadRatio:
        return QCoreApplication::translate("scalelab::Lesson", "stale reads");
    case GoalMetric::LostWrites:
        return QCoreApplication::translate("scalelab::Lesson", "lost writes");
    }
    return {};
}

} // namespace

const std::vector<Lesson> &lessons()
{
    return kLessons;
}

QString lessonText(const char *text)
{
    return QCoreApplication::translate("scalelab::Lesson", text);
}

QString lessonsDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs = {QStringLiteral(SCALELAB_EXAMPLES_DIR), appDir + "/examples",
                              appDir + "/../examples", appDir + "/../share/scalelab/examples"};
    for (const QString &dir : dirs)
        if (QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(kLessons.front().file))))
            return QDir::cleanPath(dir);
    return {};
}

QString lessonPath(const Lesson &lesson)
{
    const QString dir = lessonsDirectory();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QString::fromLatin1(lesson.file));
}

QString goalValue(const Goal &g, double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    switch (g.metric) {
    case GoalMetric::P50Ms:
    case GoalMetric::P95Ms:
    case GoalMetric::P99Ms:
        return QCoreApplication::translate("scalelab::Lesson", "%1 ms")
            .arg(QString::number(value, 'f', value < 10 ? 1 : 0));
    case GoalMetric::Availability:
    case GoalMetric::ErrorRate:
    case GoalMetric::Utilization:
    case GoalMetric::HitRatio:
    case GoalMetric::StaleReadRatio:
        return percent(value);
    case GoalMetric::Errors:
    case GoalMetric::LostWrites:
        return QString::number(value, 'f', 0);
    case GoalMetric::CostPerHour:
        return QCoreApplication::translate("scalelab::Lesson", "$%1/h")
            .arg(QString::number(value, 'f', 2));
    case GoalMetric::QueueLength:
        return QString::number(value, 'f', 1);
    case GoalMetric::ThroughputRps:
        return QCoreApplication::translate("scalelab::Lesson", "%1 req/s")
            .arg(QString::number(value, 'f', 0));
    }
    return {};
}

QString goalCondition(const Goal &g)
{
    QString text =
        (g.bound == GoalBound::Below ? QCoreApplication::translate("scalelab::Lesson", "%1 ≤ %2")
                                     : QCoreApplication::translate("scalelab::Lesson", "%1 ≥ %2"))
            .arg(metricName(g), goalValue(g, g.value));
    if (!g.survives.empty())
        text += QCoreApplication::translate("scalelab::Lesson", " · after %1's failure is noticed")
                    .arg(QString::fromStdString(g.survives));
    if (g.from_s || g.to_s) {
        const QString from = g.from_s ? QString::number(*g.from_s)
                                      : QCoreApplication::translate("scalelab::Lesson", "start");
        const QString to = g.to_s ? QString::number(*g.to_s)
                                  : QCoreApplication::translate("scalelab::Lesson", "end");
        text += QCoreApplication::translate("scalelab::Lesson", " · %1–%2 s").arg(from, to);
    }
    return text;
}

QString goalTitle(const Goal &g)
{
    return g.text.empty() ? goalCondition(g) : lessonText(g.text.c_str());
}

} // namespace scalelab

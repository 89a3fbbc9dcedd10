#include "cli/usage.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace scalelab::usage {

namespace {

struct Command {
    const char *name;    ///< empty for the window
    const char *args;    ///< after "scalelab NAME"
    const char *summary; ///< one line
    const char *details; ///< options, one per line; may be empty
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; tr() below translates them when printed.
const Command kCommands[] = {
    {"", "[FILE.yaml]", QT_TRANSLATE_NOOP("scalelab::usage", "open the editor and live view"), ""},
    {"run",
     "FILE.yaml [--seed N] [--duration S] [--warmup S] [--json PATH|-] [--timeseries FILE.csv]",
     QT_TRANSLATE_NOOP("scalelab::usage", "simulate without a window and print a report"),
     QT_TRANSLATE_NOOP(
         "scalelab::usage",
         "  --seed N             random seed (default: the scenario's)\n"
         "  --duration S         simulated seconds (replaces run.duration_s)\n"
         "  --warmup S           seconds before measuring starts (replaces run.warmup_s)\n"
         "  --json PATH|-        also write the report as JSON; - prints only the JSON\n"
         "  --timeseries FILE    write the per-second series as CSV\n"
         "On a terminal a progress bar with the time left is shown on stderr. Ctrl+C stops\n"
         "the run and prints the report of the time simulated so far.\n"
         "Exit status: 0 done, 1 bad arguments or a file not written, 2 invalid scenario\n"
         "(file:line:column on stderr), 130 interrupted.\n")},
    {"check", "FILE.yaml... [--json PATH|-]",
     QT_TRANSLATE_NOOP("scalelab::usage", "run each file and judge its goals, for grading"),
     QT_TRANSLATE_NOOP("scalelab::usage",
                       "  --json PATH|-        also write every verdict as JSON; - prints only "
                       "the JSON\n"
                       "Exit status: 0 every goal of every file met, 1 a goal missed, a file "
                       "without goals\nor a file that does not load, 2 bad arguments.\n")},
    {"chaos",
     "FILE.yaml [--json PATH|-] [--at S] [--window S] [--jobs N] [--seed N] [--slo-p99-ms MS] "
     "[--slo-availability A]",
     QT_TRANSLATE_NOOP("scalelab::usage",
                       "fail each component in turn and judge the SLO after the failure"),
     QT_TRANSLATE_NOOP(
         "scalelab::usage",
         "  --at S               when each component fails (default: 0.123 s after the warm-up,\n"
         "                       off the round times periodic health checks run at)\n"
         "  --window S           seconds measured after the failure (default: to the end of "
         "the run)\n"
         "  --json PATH|-        also write the table as JSON; - prints only the JSON\n"
         "  --jobs N             runs at once, 1 to 64 (default: the machine's cores)\n"
         "  --seed N             random seed of every run (default: the scenario's)\n"
         "  --slo-p99-ms MS      the SLO's p99 latency bound (replaces slo.p99_ms)\n"
         "  --slo-availability A the SLO's availability, a fraction (replaces "
         "slo.availability)\n"
         "One run per component (users excepted), each with that component failed from --at\n"
         "on and the scenario's own faults left out, plus a baseline run with no failure.\n"
         "The SLO is the scenario's slo: {p99_ms, availability}; without one, p99 at most\n"
         "300 ms and availability at least 0.999. A row holds when both hold in the window.\n"
         "Exit status: 0 every row held, 1 some row did not, 2 bad arguments, an invalid\n"
         "scenario or a file not written, 130 interrupted (Ctrl+C).\n")},
    {"sweep",
     "FILE.yaml --rate FROM..TO [--steps N] [--log] [--csv PATH|-] [--jobs N] "
     "[--duration S] [--seed N]",
     QT_TRANSLATE_NOOP("scalelab::usage",
                       "the capacity curve: latency, availability and cost at each load"),
     QT_TRANSLATE_NOOP(
         "scalelab::usage",
         "  --rate FROM..TO      offered requests per second, lowest to highest (up to "
         "1000000)\n"
         "  --steps N            load levels, 2 to 100 (default 10)\n"
         "  --log                levels evenly spaced on a log scale\n"
         "  --csv PATH|-         also write the levels as CSV; - prints only the CSV\n"
         "  --jobs N             runs at once, 1 to 64 (default: the machine's cores)\n"
         "  --duration S         simulated seconds of each run (replaces run.duration_s)\n"
         "  --seed N             random seed of every run (default: the scenario's)\n"
         "Every users' rate (and load curve) is scaled so that together they offer the level;\n"
         "the scenario's faults are left out. A design of users and one queueing station\n"
         "with exponential service gets the M/M/c (or M/M/c/K) prediction beside each level.\n"
         "A sweep of more than 2e9 requests in all is refused (give a shorter --duration).\n"
         "Exit status: 0 done, 1 a run failed or a file not written, 2 bad arguments or an\n"
         "invalid scenario, 130 interrupted (Ctrl+C).\n")},
    {"export", "FILE.yaml -o OUT [--scale N]",
     QT_TRANSLATE_NOOP("scalelab::usage",
                       "the diagram as a picture or as a diagram other tools edit, headless"),
     QT_TRANSLATE_NOOP(
         "scalelab::usage",
         "  -o, --output OUT     the format follows the extension:\n"
         "                       .png (raster), .svg or .pdf (vector): the picture;\n"
         "                       .mmd (Mermaid), .md (Markdown with a Mermaid block),\n"
         "                       .puml (PlantUML), .dot (Graphviz), .drawio (draw.io,\n"
         "                       diagrams.net), .excalidraw (Excalidraw): editable\n"
         "  --scale N            PNG pixels per diagram unit, (0, 16]; default 2\n")},
    {"snapshot",
     "FILE.yaml --at SECONDS -o shot.png [--size WIDTHxHEIGHT] [--fail COMPONENT@SECONDS]... "
     "[--presenter [--step N]]",
     QT_TRANSLATE_NOOP("scalelab::usage", "the whole window at a simulated time, headless"),
     QT_TRANSLATE_NOOP("scalelab::usage",
                       "  --at SECONDS         simulated time of the picture (0 to 1000000)\n"
                       "  -o, --output FILE    the PNG to write\n"
                       "  --size WxH           window size, 320x240 to 8000x8000; default "
                       "1600x900\n"
                       "  --fail ID@SECONDS    fail a component at that time (repeatable)\n"
                       "  --presenter          presenter mode (1920x1080 unless --size; --at "
                       "defaults to\n"
                       "                       the end of the run)\n"
                       "  --step N             with --presenter: the reveal step to show, from "
                       "1\n")},
    {"record",
     "FILE.yaml -o OUT.gif [--from S] [--to S] [--fps N] [--size WIDTHxHEIGHT] [--canvas-only] "
     "[--fail COMPONENT@SECONDS]... [--language en|ko] [--theme light|dark] [--progress]",
     QT_TRANSLATE_NOOP("scalelab::usage", "a run as an animated GIF, headless"),
     QT_TRANSLATE_NOOP("scalelab::usage",
                       "  -o, --output FILE    the GIF to write\n"
                       "  --from S             simulated time of the first frame (default 0)\n"
                       "  --to S               simulated time where it ends (default: 10 s "
                       "later, or the\n"
                       "                       end of the run)\n"
                       "  --fps N              frames per simulated second, 1 to 50 (default "
                       "10); the GIF\n"
                       "                       plays in real time: (to - from) x fps frames\n"
                       "  --size WxH           picture size, 320x240 to 8000x8000; default "
                       "1280x720\n"
                       "  --canvas-only        only the canvas with its requests in flight, no "
                       "charts\n"
                       "  --fail ID@SECONDS    fail a component at that time (repeatable)\n"
                       "  --language en|ko     the window's language (default: the system's)\n"
                       "  --theme light|dark   the window's colours (default: light)\n"
                       "  --progress           print \"progress DONE TOTAL\" on stdout after "
                       "each frame\n"
                       "The same arguments give the same file. Ctrl+C stops and writes "
                       "nothing.\n")},
    {"bench", "[--quick] [--overload [--unbounded]] [--peak-hour [FILE.yaml]]",
     QT_TRANSLATE_NOOP("scalelab::usage", "kernel speed: events per second, memory per request"),
     QT_TRANSLATE_NOOP(
         "scalelab::usage",
         "  --quick              one short run instead of the median of five\n"
         "  --overload           stage 4 at 5x its capacity for an hour: peak memory "
         "and drops\n"
         "  --unbounded          with --overload: every queue unbounded, users "
         "patient\n"
         "  --peak-hour [FILE]   a design (default examples/13-millions.yaml) held at "
         "its\n"
         "                       busiest moment for an hour on one core: how many "
         "times\n"
         "                       faster than real time (with --quick, 120 s)\n")},
    {"bench-gui", "[FILE.yaml] [--seconds S] [--quick]",
     QT_TRANSLATE_NOOP("scalelab::usage", "live-view speed: frame time, drawing, chart replot"),
     QT_TRANSLATE_NOOP("scalelab::usage", "  --seconds S          simulated seconds to measure\n"
                                          "  --quick              a short measurement\n")},
};

std::string tr(const char *text)
{
    return QCoreApplication::translate("scalelab::usage", text).toStdString();
}

const Command *find(const std::string &name)
{
    for (const Command &c : kCommands)
        if (!name.empty() && name == c.name)
            return &c;
    return nullptr;
}

std::string line(const Command &c)
{
    std::string s = "scalelab";
    if (*c.name)
        s += std::string(" ") + c.name;
    return s + " " + c.args;
}

} // namespace

std::string synopsis(const std::string &command)
{
    const Command *c = find(command);
    return c ? tr("usage: ") + line(*c) + "\n" : of({});
}

std::string of(const std::string &command)
{
    if (const Command *c = find(command)) {
        std::string s = synopsis(command) + tr(c->summary) + "\n";
        if (*c->details)
            s += "\n" + tr(c->details);
        return s;
    }
    std::string s = tr("usage: ");
    const std::string indent(s.size(), ' ');
    for (const Command &c : kCommands)
        s += (&c == kCommands ? "" : indent) + line(c) + "\n" + indent + "    " + tr(c.summary) +
             "\n";
    s += indent + "scalelab --version\n\n" +
         tr("Each command prints its options with --help, or with scalelab help COMMAND.\n"
            "Without a display, the commands other than the editor need none (export,\n"
            "snapshot and record render offscreen).\n");
    return s;
}

int help(const std::string &command)
{
    if (!find(command)) {
        std::fputs((QCoreApplication::translate("scalelab::usage", "scalelab help: no command "
                                                                   "'%1'\n")
                        .arg(QString::fromStdString(command))
                        .toStdString() +
                    of({}))
                       .c_str(),
                   stderr);
        return 1;
    }
    std::fputs(of(command).c_str(), stdout);
    return 0;
}

std::string version()
{
    return std::string("scalelab ") + SCALELAB_VERSION;
}

std::optional<int> answer(const std::string &command, int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(of(command).c_str(), stdout);
            return 0;
        }
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("%s\n", version().c_str());
            return 0;
        }
    }
    return std::nullopt;
}

} // namespace scalelab::usage

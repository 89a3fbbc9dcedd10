// `scalelab record FILE.yaml --from S --to S --fps N -o run.gif`: the window (or only its
// canvas) frame by frame from the seeded simulation, as an animated GIF, with no display.
// Each frame is drawn as `scalelab snapshot` draws its one picture (HeadlessWindow), the
// simulation advancing 1/fps simulated seconds between frames; the same arguments give
// the same bytes. The GIF is built in memory and written whole (atomic_file).
#include "atomic_file.h"
#include "cli/commands.h"
#include "cli/headless_app.h"
#include "cli/headless_window.h"
#include "cli/progress.h"
#include "cli/usage.h"
#include "record/gif_encoder.h"
#include "scenario/scenario_io.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

namespace scalelab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scalelab::RecordCommand", text);
}

constexpr int kMaxFrames = 6000;

struct RecordOptions {
    std::string file;
    double from = 0;
    std::optional<double> to;
    double fps = 10;
    std::string out;
    QSize size{1280, 720};
    bool canvasOnly = false;
    std::vector<TimedFailure> failures;
    QString language;
    Theme theme = Theme::Light;
    bool progressLines = false;
};

bool parseSeconds(const char *text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text, &end);
    return end != text && *end == '\0' && std::isfinite(out) && out >= 0 && out <= 1e6;
}

std::optional<QString> parseArgs(int argc, char **argv, RecordOptions &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const QString qarg = QString::fromStdString(arg);
        const bool takesValue = arg == "--from" || arg == "--to" || arg == "--fps" || arg == "-o" ||
                                arg == "--output" || arg == "--size" || arg == "--fail" ||
                                arg == "--language" || arg == "--theme";
        const char *v = nullptr;
        if (takesValue) {
            if (i + 1 >= argc)
                return tr("%1 needs a value").arg(qarg);
            v = argv[++i];
        }
        const QString qv = QString::fromLocal8Bit(v ? v : "");
        if (arg == "--from" || arg == "--to") {
            double t = 0;
            if (!parseSeconds(v, t))
                return tr("%1: '%2' is not a time from 0 to 1000000 seconds").arg(qarg, qv);
            (arg == "--from" ? o.from : o.to.emplace()) = t;
        } else if (arg == "--fps") {
            char *end = nullptr;
            o.fps = std::strtod(v, &end);
            if (end == v || *end != '\0' || !(o.fps >= 1 && o.fps <= 50))
                return tr("--fps: '%1' is not a frame rate from 1 to 50").arg(qv);
        } else if (arg == "-o" || arg == "--output") {
            o.out = v;
        } else if (arg == "--size") {
            if (auto e = parseSize(v, QSize(320, 240), o.size))
                return QString::fromStdString(*e);
        } else if (arg == "--fail") {
            TimedFailure failure;
            if (auto e = parseFailure(v, failure))
                return QString::fromStdString(*e);
            o.failures.push_back(failure);
        } else if (arg == "--language") {
            if (qv != QLatin1String("en") && qv != QLatin1String("ko"))
                return tr("--language: '%1' is not en or ko").arg(qv);
            o.language = qv;
        } else if (arg == "--theme") {
            if (qv != QLatin1String("light") && qv != QLatin1String("dark"))
                return tr("--theme: '%1' is not light or dark").arg(qv);
            o.theme = themeFromName(qv);
        } else if (arg == "--canvas-only") {
            o.canvasOnly = true;
        } else if (arg == "--progress") {
            o.progressLines = true;
        } else if (!arg.empty() && arg[0] == '-') {
            return tr("unknown option '%1'").arg(qarg);
        } else if (o.file.empty()) {
            o.file = arg;
        } else {
            return tr("more than one scenario file given");
        }
    }
    if (o.file.empty())
        return tr("no scenario file given");
    if (o.out.empty() ||
        !QString::fromLocal8Bit(o.out.c_str()).endsWith(QLatin1String(".gif"), Qt::CaseInsensitive))
        return tr("-o FILE.gif is required");
    return std::nullopt;
}

} // namespace

int recordCommand(int argc, char **argv)
{
    RecordOptions o;
    if (const auto error = parseArgs(argc, argv, o)) {
        std::cerr << "scalelab record: " << error->toStdString() << '\n'
                  << usage::synopsis("record");
        return 1;
    }
    const LoadResult loaded = loadScenarioFile(o.file);
    if (!loaded.ok()) {
        std::cerr << loaded.message() << '\n';
        return 2;
    }
    const double to = o.to.value_or(std::min(o.from + 10.0, loaded.scenario->run.duration_s));
    const long frames = std::lround((to - o.from) * o.fps);
    if (!(to > o.from) || frames < 1 || frames > kMaxFrames) {
        std::cerr << "scalelab record: "
                  << tr("--from %1 --to %2 at %3 fps: from 1 to %4 frames are needed")
                         .arg(o.from)
                         .arg(to)
                         .arg(o.fps)
                         .arg(kMaxFrames)
                         .toStdString()
                  << '\n';
        return 1;
    }

    HeadlessApp headless(argv[0], HeadlessApp::Settings::Private, o.language);
    InterruptGuard interrupt;
    ProgressBar bar("scalelab record");
    HeadlessWindow window(*loaded.scenario, {.size = o.size,
                                             .failures = o.failures,
                                             .presenter = false,
                                             .step = 1,
                                             .canvasOnly = o.canvasOnly,
                                             .theme = o.theme});
    // Up to the first frame: a tenth of the bar, whatever its length.
    window.advanceTo(o.from, [&bar](double f) { bar.update(0.1 * f); });
    window.fit();
    GifEncoder gif(o.size);
    for (long k = 0; k < frames; ++k) {
        if (interrupt.raised()) {
            bar.clear();
            std::cerr << "scalelab record: " << tr("interrupted; nothing written").toStdString()
                      << '\n';
            return InterruptGuard::kExitCode;
        }
        window.advanceTo(o.from + static_cast<double>(k) / o.fps);
        if (!gif.addFrame(window.render(), GifEncoder::delayCs(static_cast<int>(k), o.fps)))
            break;
        bar.update(0.1 + 0.9 * static_cast<double>(k + 1) / static_cast<double>(frames));
        if (o.progressLines) {
            std::printf("progress %ld %ld\n", k + 1, frames);
            std::fflush(stdout);
        }
    }
    const QByteArray bytes = gif.finish();
    bar.clear();
    const QString error =
        bytes.isEmpty() ? gif.error()
                        : atomic_file::writeBytes(QString::fromLocal8Bit(o.out.c_str()), bytes);
    if (!error.isEmpty()) {
        std::cerr << "scalelab record: " << error.toStdString() << '\n';
        return 1;
    }
    std::cout << tr("wrote %1 (%2 frames, %3x%4, %5 s to %6 s at %7 fps, %8 KB)")
                     .arg(QString::fromLocal8Bit(o.out.c_str()))
                     .arg(frames)
                     .arg(o.size.width())
                     .arg(o.size.height())
                     .arg(o.from)
                     .arg(to)
                     .arg(o.fps)
                     .arg((bytes.size() + 512) / 1024)
                     .toStdString()
              << '\n';
    return 0;
}

} // namespace scalelab

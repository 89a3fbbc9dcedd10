// `scalelab export FILE.yaml -o OUT [--scale N]`: the diagram, headless, in the format its
// extension names (a picture, or a diagram other tools edit: canvas/diagram_export.h).
#include "canvas/diagram_export.h"
#include "cli/commands.h"
#include "cli/headless_app.h"
#include "cli/usage.h"
#include "scenario/scenario_io.h"
#include "window/app_resources.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace scalelab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scalelab::ExportCommand", text);
}

int usageError()
{
    std::fputs(usage::synopsis("export").c_str(), stderr);
    return 1;
}

} // namespace

int exportCommand(int argc, char **argv)
{
    std::string input;
    std::string output;
    double scale = 2.0;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if ((std::strcmp(arg, "-o") == 0 || std::strcmp(arg, "--output") == 0) && i + 1 < argc) {
            output = argv[++i];
        } else if (std::strcmp(arg, "--scale") == 0 && i + 1 < argc) {
            char *end = nullptr;
            scale = std::strtod(argv[++i], &end);
            if (!end || *end != '\0' || !(scale > 0.0 && scale <= 16.0)) {
                std::fprintf(stderr, "scalelab export: %s\n",
                             qPrintable(tr("--scale must be a number in (0, 16]")));
                return 1;
            }
        } else if (arg[0] == '-' && arg[1] != '\0') {
            std::fprintf(stderr, "scalelab export: %s\n",
                         qPrintable(tr("unknown option %1").arg(QString::fromLocal8Bit(arg))));
            return usageError();
        } else if (input.empty()) {
            input = arg;
        } else {
            return usageError();
        }
    }
    if (input.empty() || output.empty())
        return usageError();

    const LoadResult loaded = loadScenarioFile(input);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", loaded.message().c_str());
        return 2;
    }
    const QString outPath = QString::fromStdString(output);
    if (!diagram_export::isSupported(outPath)) {
        std::fprintf(
            stderr, "scalelab export: %s\n",
            qPrintable(tr("%1: use a file name ending in .%2")
                           .arg(outPath, diagram_export::suffixes().join(QStringLiteral(", .")))));
        return 1;
    }

    // Rendering needs a GUI application but no screen.
    HeadlessApp headless(argv[0], HeadlessApp::Settings::User);
    initAppResources();
    diagram_export::Options options;
    options.scale = scale;
    const QString error = diagram_export::write(*loaded.scenario, outPath, options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "scalelab export: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace scalelab

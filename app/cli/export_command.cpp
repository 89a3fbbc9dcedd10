// `scalelab export FILE.yaml -o OUT.png|svg|pdf [--scale N]`: the diagram, headless.
#include "window/app_resources.h"
#include "canvas/canvas_scene.h"
#include "cli/commands.h"
#include "canvas/diagram_renderer.h"
#include "cli/headless_app.h"
#include "scenario/scenario_io.h"


#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace scalelab {

namespace {

int usage()
{
    std::fprintf(stderr, "usage: scalelab export FILE.yaml -o OUT.png|OUT.svg|OUT.pdf "
                         "[--scale N]\n");
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
                std::fprintf(stderr, "scalelab export: --scale must be a number in (0, 16]\n");
                return 1;
            }
        } else if (arg[0] == '-' && arg[1] != '\0') {
            std::fprintf(stderr, "scalelab export: unknown option %s\n", arg);
            return usage();
        } else if (input.empty()) {
            input = arg;
        } else {
            return usage();
        }
    }
    if (input.empty() || output.empty())
        return usage();

    const LoadResult loaded = loadScenarioFile(input);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", loaded.message().c_str());
        return 2;
    }
    const QString outPath = QString::fromStdString(output);
    if (!DiagramRenderer::isSupported(outPath)) {
        std::fprintf(stderr, "scalelab export: %s: use a .png, .svg or .pdf file name\n",
                     output.c_str());
        return 1;
    }

    // Rendering needs a GUI application but no screen.
    HeadlessApp headless(argv[0], HeadlessApp::Settings::User);
    initAppResources();
    CanvasScene scene;
    scene.syncAll(*loaded.scenario);
    DiagramRenderer renderer(&scene);
    renderer.setScale(scale);
    const QString error = renderer.write(outPath);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "scalelab export: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace scalelab

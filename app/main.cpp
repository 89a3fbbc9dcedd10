// Entry point: `scalelab <command> ...` for the headless commands, otherwise the window.
#include "cli/commands.h"

#include <cstdio>
#include <cstring>

namespace {

// Answered before any QApplication exists, so they work with no display at all.
const char *kUsage = "usage: scalelab [FILE.yaml]            open the editor and live view\n"
                     "       scalelab run FILE.yaml ...       simulate headless and report\n"
                     "       scalelab check FILE.yaml... [--json PATH|-]  judge the goals\n"
                     "       scalelab export FILE.yaml -o OUT.png|svg|pdf\n"
                     "       scalelab snapshot FILE.yaml --at SECONDS -o shot.png\n"
                     "       scalelab bench [--quick]         kernel speed\n"
                     "       scalelab bench-gui               live-view speed\n"
                     "       scalelab --version\n";

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *cmd = argv[1];
        if (std::strcmp(cmd, "--help") == 0 || std::strcmp(cmd, "-h") == 0 ||
            std::strcmp(cmd, "help") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (std::strcmp(cmd, "--version") == 0) {
            std::printf("scalelab %s\n", SCALELAB_VERSION);
            return 0;
        }
        // Each command sees its own arguments: argv[0] is the command name.
        if (std::strcmp(cmd, "run") == 0)
            return scalelab::runCommand(argc - 1, argv + 1);
        if (std::strcmp(cmd, "check") == 0)
            return scalelab::checkCommand(argc - 1, argv + 1);
        if (std::strcmp(cmd, "bench") == 0)
            return scalelab::benchCommand(argc - 1, argv + 1);
        if (std::strcmp(cmd, "export") == 0)
            return scalelab::exportCommand(argc - 1, argv + 1);
        if (std::strcmp(cmd, "snapshot") == 0)
            return scalelab::snapshotCommand(argc - 1, argv + 1);
        if (std::strcmp(cmd, "bench-gui") == 0)
            return scalelab::benchGuiCommand(argc - 1, argv + 1);
    }
    return scalelab::guiMain(argc, argv);
}

// Entry point: `scalelab <command> ...` for the headless commands, otherwise the window.
#include "cli/commands.h"

#include <cstring>

int main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *cmd = argv[1];
        // Each command sees its own arguments: argv[0] is the command name.
        if (std::strcmp(cmd, "run") == 0)
            return scalelab::runCommand(argc - 1, argv + 1);
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

// Entry point: `scalelab <command> ...` for the headless commands, otherwise the window.
#include "cli/commands.h"
#include "cli/usage.h"

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char **argv)
{
    using namespace scalelab;
    if (argc >= 2) {
        const std::string cmd = argv[1];
        // Answered before any QApplication exists, so they work with no display at all.
        if (cmd == "--help" || cmd == "-h" || cmd == "help") {
            // `scalelab help COMMAND` is `scalelab COMMAND --help`.
            if (cmd == "help" && argc >= 3)
                return usage::help(argv[2]);
            std::fputs(usage::of({}).c_str(), stdout);
            return 0;
        }
        if (cmd == "--version") {
            std::printf("%s\n", usage::version().c_str());
            return 0;
        }
        // Each command sees its own arguments: argv[0] is the command name.
        int (*const command)(int, char **) = cmd == "run"         ? runCommand
                                             : cmd == "check"     ? checkCommand
                                             : cmd == "chaos"     ? chaosCommand
                                             : cmd == "sweep"     ? sweepCommand
                                             : cmd == "bench"     ? benchCommand
                                             : cmd == "export"    ? exportCommand
                                             : cmd == "snapshot"  ? snapshotCommand
                                             : cmd == "record"    ? recordCommand
                                             : cmd == "bench-gui" ? benchGuiCommand
                                                                  : nullptr;
        if (command) {
            if (const auto code = usage::answer(cmd, argc - 1, argv + 1))
                return *code;
            return command(argc - 1, argv + 1);
        }
    }
    return guiMain(argc, argv);
}

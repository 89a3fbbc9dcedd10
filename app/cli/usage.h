#pragma once

// The one usage table of the `scalelab` program: what each sub-command takes and does.
// The top-level --help, each sub-command's --help and the usage printed after a wrong
// argument all come from it, so they cannot disagree. Plain C++ and QCoreApplication's
// static translate(): it answers before any QApplication exists, with no display.

#include <optional>
#include <string>

namespace scalelab::usage {

/// "usage: scalelab run FILE.yaml ...", the command's one-line synopsis and option list;
/// the whole program's usage for an empty or unknown name.
std::string of(const std::string &command);
/// Just the synopsis line(s), printed after a wrong argument.
std::string synopsis(const std::string &command);
/// `scalelab help COMMAND`: the command's usage on stdout (0), or for a name that is no
/// command a message and the program's usage on stderr (1).
int help(const std::string &command);
/// "scalelab 0.1".
std::string version();
/// Answers --help / -h (the usage, on stdout) and --version for a sub-command, before it
/// parses anything: the exit code, or nothing when neither was asked for.
std::optional<int> answer(const std::string &command, int argc, char **argv);

} // namespace scalelab::usage

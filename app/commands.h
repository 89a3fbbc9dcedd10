#pragma once

// The sub-commands of the `scalelab` program. Each lives in its own file; main.cpp only
// dispatches. Headless commands (run, bench) never create a QGuiApplication.

namespace scalelab {

/// `scalelab run FILE.yaml [--seed N] [--duration S] [--warmup S] [--json PATH|-]
/// [--timeseries FILE.csv]` (app/run_command.cpp).
int runCommand(int argc, char **argv);
/// `scalelab bench [--quick]` (app/bench_command.cpp).
int benchCommand(int argc, char **argv);
/// `scalelab export FILE.yaml -o OUT.png|svg|pdf` (app/export_command.cpp).
int exportCommand(int argc, char **argv);
/// The window: `scalelab [FILE.yaml]` (app/gui_main.cpp).
int guiMain(int argc, char **argv);

} // namespace scalelab

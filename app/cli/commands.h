#pragma once

// The sub-commands of the `scalelab` program. Each lives in its own file; main.cpp only
// dispatches. Headless commands (run, bench) never create a QGuiApplication.

namespace scalelab {

/// `scalelab run FILE.yaml [--seed N] [--duration S] [--warmup S] [--json PATH|-]
/// [--timeseries FILE.csv]` (app/run_command.cpp).
int runCommand(int argc, char **argv);
/// `scalelab check FILE.yaml... [--json PATH|-]`: judge each file's goals headless; exit 0
/// only when all are met (app/cli/check_command.cpp).
int checkCommand(int argc, char **argv);
/// `scalelab chaos FILE.yaml [--json PATH|-] [--at S] [--window S] [--jobs N]`: fail each
/// component in turn and judge the SLO after it (app/cli/chaos_command.cpp).
int chaosCommand(int argc, char **argv);
/// `scalelab sweep FILE.yaml --rate FROM..TO --steps N [--log] [--csv PATH|-]`: the
/// capacity curve (app/cli/sweep_command.cpp).
int sweepCommand(int argc, char **argv);
/// `scalelab bench [--quick]` (app/bench_command.cpp).
int benchCommand(int argc, char **argv);
/// `scalelab export FILE.yaml -o OUT.png|svg|pdf` (app/export_command.cpp).
int exportCommand(int argc, char **argv);
/// `scalelab snapshot FILE.yaml --at SECONDS -o shot.png [--size 1600x900]`: simulate to that
/// time and render the whole window, with no display (app/snapshot_command.cpp).
int snapshotCommand(int argc, char **argv);
/// `scalelab record FILE.yaml --from S --to S --fps N -o run.gif`: the window frame by
/// frame as an animated GIF, with no display (app/cli/record_command.cpp).
int recordCommand(int argc, char **argv);
/// `scalelab bench-gui`: frame time, drawing and chart figures (app/bench_gui_command.cpp).
int benchGuiCommand(int argc, char **argv);
/// The window: `scalelab [FILE.yaml]` (app/gui_main.cpp).
int guiMain(int argc, char **argv);

} // namespace scalelab

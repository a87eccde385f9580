#pragma once

#include <QtGlobal>

namespace fanout::test {

// A TCP port on 127.0.0.1 that was free a moment ago, or 0 when none could
// be bound. Another process may take it before the caller listens on it.
[[nodiscard]] quint16 freePort();

// Whether a listener can bind 127.0.0.1:port right now, which is how the
// tests see that a loopback listener has closed.
[[nodiscard]] bool portIsFree(quint16 port);

} // namespace fanout::test

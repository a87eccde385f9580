#pragma once

#include <memory>

#include <QLockFile>
#include <QString>

#include "app/core/error.h"

namespace fanout {

// One running Fanout per data directory: the window holds this lock for its
// lifetime, and command-line commands that write hold it while they run.
class InstanceLock final
{
public:
    // Waits up to timeoutMs for another holder to finish.
    [[nodiscard]] static Expected<std::unique_ptr<InstanceLock>> acquire(const QString &dataDir,
                                                                         int timeoutMs = 0);
    // Whether another live process holds the lock of dataDir right now.
    [[nodiscard]] static bool isHeldElsewhere(const QString &dataDir);

private:
    explicit InstanceLock(const QString &path);
    QLockFile m_file;
};

} // namespace fanout

// Helper for the kill test: writes accounts as fast as it can and prints
// "ID USERID" after each commit, until it is killed.
#include <cstdio>

#include <QCoreApplication>
#include <QJsonObject>

#include "app/service/accountservice.h"
#include "app/vault/vault.h"

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: fanout_vaultwriter DATA_DIR ROUND\n", stderr);
        return 2;
    }
    auto service = fanout::AccountService::open(arguments.at(1), fanout::AccountService::Access::Exclusive, 10000);
    if (!service) {
        std::fprintf(stderr, "%s\n", qPrintable(fanout::errorMessage(service.error())));
        return 1;
    }
    for (int i = 0;; ++i) {
        const QString userId = QStringLiteral("w%1-%2").arg(arguments.at(2)).arg(i % 50);
        fanout::Account account;
        account.platform = fanout::Platform::Bluesky;
        account.platformUserId = userId;
        account.handle = userId;
        const QJsonObject secrets{
            {QStringLiteral("accessJwt"), QString(QStringLiteral("access-secret-") + userId)},
            {QStringLiteral("refreshJwt"), QString(QStringLiteral("refresh-secret-") + userId)},
        };
        fanout::Expected<fanout::Account> saved = (*service)->vault().saveConnection(account, secrets);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(fanout::errorMessage(saved.error())));
            return 1;
        }
        std::printf("%s %s\n", qPrintable(saved->id), qPrintable(userId));
        std::fflush(stdout);
    }
}

// The extensions column of the accounts table, as AccountStore writes and
// reads it (app/store/accountstore.cpp), and Account::toJson(), which the
// command line prints. The column contains what platforms sent (service URL,
// PDS URL, …), and a damaged database can contain anything.
//
// Input: the column's bytes.

#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

#include "app/core/account.h"

using namespace fanout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray column = fuzz::bytes(data, size);
    Account account;
    account.id = QStringLiteral("fuzz");
    account.handle = QStringLiteral("alice.test");
    // As AccountStore reads a row.
    if (column.size() > 2)
        account.extensions = QJsonDocument::fromJson(column).object();

    // As AccountStore writes it (a TEXT column bound as a QString), then
    // reads it back: the same object.
    const QByteArray written = QJsonDocument(account.extensions).toJson(QJsonDocument::Compact);
    const QByteArray stored = QString::fromUtf8(written).toUtf8();
    const QJsonObject reread = stored.size() > 2 ? QJsonDocument::fromJson(stored).object() : QJsonObject{};
    FANOUT_FUZZ_CHECK(reread == account.extensions);

    const QJsonObject json = account.toJson();
    FANOUT_FUZZ_CHECK(json.value(QLatin1StringView("extensions")).toObject() == account.extensions);
    const QByteArray printed = QJsonDocument(json).toJson(QJsonDocument::Indented);
    FANOUT_FUZZ_CHECK(QJsonDocument::fromJson(printed).object() == json);
    return 0;
}

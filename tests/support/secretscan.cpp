#include "tests/support/secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace fanout::test {

namespace {

QList<QByteArray> encodedForms(const QList<QByteArray> &needles)
{
    QList<QByteArray> forms;
    for (const QByteArray &needle : needles) {
        if (needle.isEmpty())
            continue;
        forms << needle << needle.toBase64() << needle.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
              << needle.toHex();
    }
    return forms;
}

void scanFile(const QString &path, const QList<QByteArray> &forms, QStringList &hits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = file.readAll();
    for (const QByteArray &form : forms) {
        if (content.contains(form)) {
            hits << path;
            return;
        }
    }
}

} // namespace

QStringList filesContainingAny(const QStringList &paths, const QList<QByteArray> &needles)
{
    const QList<QByteArray> forms = encodedForms(needles);
    QStringList hits;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext())
                scanFile(it.next(), forms, hits);
        } else if (QFileInfo::exists(path)) {
            scanFile(path, forms, hits);
        }
    }
    return hits;
}

} // namespace fanout::test

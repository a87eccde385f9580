// AES-256-GCM known answers and the secret box's blob handling.
//
// The known answers are test cases 13 to 18 of "The Galois/Counter Mode of
// Operation (GCM)" by McGrew and Viega, the AES-256 cases that NIST SP 800-38D
// validation lists (gcmEncryptExtIV256) repeat; they cover empty and
// block-sized plaintexts, associated data, and 64-bit and 480-bit IVs.
#include <QTest>

#include "app/vault/secretbox.h"

using fanout::ErrorCode;
using fanout::SecretBox;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

const char *kKeyCase15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const char *kPlainCase15 =
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
const char *kPlainCase16 =
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
const char *kAadCase16 = "feedfacedeadbeeffeedfacedeadbeefabaddad2";
} // namespace

class tst_SecretBox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer_data();
    void knownAnswer();
    void sealOpenRoundTrip();
    void sealUsesFreshNonce();
    void flippedBitDetected();
    void otherAssociatedDataRejected();
    void otherKeyRejected();
    void truncatedBlobRejected();
    void keyVersionReadFromHeader();
};

void tst_SecretBox::knownAnswer_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zeroKey(32, '\0');
    QTest::addRow("case13_empty") << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray()
                                  << QByteArray() << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::addRow("case14_one_block") << zeroKey << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
                                      << hex("cea7403d4d606b6e074ec5d3baf39d18")
                                      << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::addRow("case15_four_blocks")
        << hex(kKeyCase15) << hex("cafebabefacedbaddecaf888") << hex(kPlainCase15) << QByteArray()
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad")
        << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::addRow("case16_with_aad")
        << hex(kKeyCase15) << hex("cafebabefacedbaddecaf888") << hex(kPlainCase16) << hex(kAadCase16)
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    QTest::addRow("case17_64bit_iv")
        << hex(kKeyCase15) << hex("cafebabefacedbad") << hex(kPlainCase16) << hex(kAadCase16)
        << hex("c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0"
               "feb582d33934a4f0954cc2363bc73f7862ac430e64abe499f47c9b1f")
        << hex("3a337dbf46a792c45e454913fe2ea8f2");
    QTest::addRow("case18_480bit_iv")
        << hex(kKeyCase15)
        << hex("9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728"
               "c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b")
        << hex(kPlainCase16) << hex(kAadCase16)
        << hex("5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf4"
               "0fc0c3b780f244452da3ebf1c5d82cdea2418997200ef82e44ae7e3f")
        << hex("a44a8266ee1c8eb0c8b5d4cf5ae9f19a");
}

void tst_SecretBox::knownAnswer()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const std::optional<SecretBox::Sealed> sealed = SecretBox::encrypt(key, iv, plaintext, aad);
    QVERIFY(sealed.has_value());
    QCOMPARE(sealed->ciphertext.toHex(), ciphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), tag.toHex());

    const std::optional<QByteArray> opened = SecretBox::decrypt(key, iv, ciphertext, aad, tag);
    QVERIFY(opened.has_value());
    QCOMPARE(opened->toHex(), plaintext.toHex());

    QByteArray badTag = tag;
    badTag[0] = char(badTag[0] ^ 0x01);
    QVERIFY(!SecretBox::decrypt(key, iv, ciphertext, aad, badTag).has_value());
}

void tst_SecretBox::sealOpenRoundTrip()
{
    const SecretBox box(SecretBox::generateKey(), 3);
    const QByteArray secret = QByteArrayLiteral(R"({"accessJwt":"eyJ.test.token"})");
    const fanout::Expected<QByteArray> blob = box.seal(secret, QByteArrayLiteral("acc_1\0bluesky"));
    QVERIFY(blob.has_value());
    QVERIFY(!blob->contains("eyJ.test.token"));
    QCOMPARE(blob->size(), SecretBox::kHeaderSize + SecretBox::kNonceSize + secret.size() + SecretBox::kTagSize);

    const fanout::Expected<QByteArray> opened = box.open(*blob, QByteArrayLiteral("acc_1\0bluesky"));
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, secret);
}

void tst_SecretBox::sealUsesFreshNonce()
{
    const SecretBox box(SecretBox::generateKey(), 1);
    QSet<QByteArray> nonces;
    for (int i = 0; i < 1000; ++i) {
        const fanout::Expected<QByteArray> blob = box.seal("same secret", "same row");
        QVERIFY(blob.has_value());
        nonces.insert(blob->sliced(SecretBox::kHeaderSize, SecretBox::kNonceSize));
    }
    QCOMPARE(nonces.size(), 1000);
}

void tst_SecretBox::flippedBitDetected()
{
    const SecretBox box(SecretBox::generateKey(), 1);
    const fanout::Expected<QByteArray> blob = box.seal("refresh-token-value", QByteArrayLiteral("acc_2\0twitter"));
    QVERIFY(blob.has_value());
    for (qsizetype byte = 0; byte < blob->size(); ++byte) {
        for (int bit = 0; bit < 8; bit += 3) {
            QByteArray damaged = *blob;
            damaged[byte] = char(damaged[byte] ^ (1 << bit));
            const fanout::Expected<QByteArray> opened = box.open(damaged, QByteArrayLiteral("acc_2\0twitter"));
            QVERIFY2(!opened.has_value(), qPrintable(QStringLiteral("byte %1 bit %2").arg(byte).arg(bit)));
            QCOMPARE(opened.error().code, ErrorCode::VaultKeyMismatch);
        }
    }
}

void tst_SecretBox::otherAssociatedDataRejected()
{
    const SecretBox box(SecretBox::generateKey(), 1);
    const fanout::Expected<QByteArray> blob = box.seal("token", QByteArrayLiteral("acc_a\0bluesky"));
    QVERIFY(blob.has_value());
    QCOMPARE(box.open(*blob, QByteArrayLiteral("acc_b\0bluesky")).error().code, ErrorCode::VaultKeyMismatch);
    QCOMPARE(box.open(*blob, QByteArrayLiteral("acc_a\0twitter")).error().code, ErrorCode::VaultKeyMismatch);
}

void tst_SecretBox::otherKeyRejected()
{
    const SecretBox box(SecretBox::generateKey(), 1);
    const SecretBox other(SecretBox::generateKey(), 1);
    const fanout::Expected<QByteArray> blob = box.seal("token", "row");
    QVERIFY(blob.has_value());
    QCOMPARE(other.open(*blob, "row").error().code, ErrorCode::VaultKeyMismatch);
}

void tst_SecretBox::truncatedBlobRejected()
{
    const SecretBox box(SecretBox::generateKey(), 1);
    const fanout::Expected<QByteArray> blob = box.seal("token", "row");
    QVERIFY(blob.has_value());
    for (qsizetype length = 0; length < blob->size(); ++length)
        QCOMPARE(box.open(blob->first(length), "row").error().code, ErrorCode::VaultKeyMismatch);
}

void tst_SecretBox::keyVersionReadFromHeader()
{
    const SecretBox box(SecretBox::generateKey(), 0x01020304);
    const fanout::Expected<QByteArray> blob = box.seal("token", "row");
    QVERIFY(blob.has_value());
    QCOMPARE(SecretBox::keyVersionOf(*blob), std::optional<quint32>(0x01020304));
    QCOMPARE(SecretBox::keyVersionOf("\x02\0\0\0\x01"), std::nullopt);
    QCOMPARE(SecretBox::keyVersionOf("\x01\0"), std::nullopt);

    const SecretBox nextVersion(SecretBox::generateKey(), 0x01020305);
    QCOMPARE(nextVersion.open(*blob, "row").error().code, ErrorCode::VaultKeyMismatch);
}

QTEST_APPLESS_MAIN(tst_SecretBox)
#include "tst_secretbox.moc"

#include "crypto/Argon2.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyWrap.h"
#include "crypto/KeyedDigest.h"
#include "crypto/KeyedDigestContext.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Random.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Sealer.h"
#include "crypto/SealerContext.h"
#include "crypto/UnavailableCryptoBackend.h"
#include "crypto/Wipe.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

class TestCryptoPrimitives : public QObject
{
    Q_OBJECT

private:
    const SecretBytes m_key{
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(CryptoRuntime::missingFeatures().isEmpty(), qPrintable(CryptoRuntime::missingFeatures()));
    }

    void argon2idKnownAnswerFromRfc9106()
    {
        // RFC 9106, section 5.3: Argon2id, m=32 KiB, t=3, p=4, with secret and associated data.
        const QByteArray tag = Argon2::hashRaw({32, 3, 4}, QByteArray(32, '\x01'), QByteArray(16, '\x02'), 32,
                                               QByteArray(8, '\x03'), QByteArray(12, '\x04'));
        QCOMPARE(tag.toHex(), QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
    }

    void passwordVerifierIsAPhcStringWithTheRequiredStrength()
    {
        const QString phc = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\$argon2id\\$v=19\\$m=65536,t=3,p=1\\$[A-Za-z0-9+/]{22}\\$"
                                              "[A-Za-z0-9+/]{43}$"))
                .match(phc)
                .hasMatch(),
            qPrintable(phc));
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse battery staple"), phc));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse battery stapler"), phc));
        QVERIFY(!PasswordHasher::verify(QString(), phc));
        QVERIFY(!PasswordHasher::needsRehash(phc));
        // A fresh salt each time: the same password never gives the same string.
        QVERIFY(PasswordHasher::hash(QStringLiteral("correct horse battery staple")) != phc);
    }

    void weakerStoredParametersAskForARehash()
    {
        QVERIFY(PasswordHasher::needsRehash(
            Argon2::hashEncoded({19 * 1024, 2, 1}, "password", QByteArray(16, 's'))));
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("$2b$12$notargon")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("$argon2id$garbage")));
    }

    void wrappingKeyFollowsTheVerifierParameters()
    {
        const QString password = QStringLiteral("correct horse battery staple");
        const QByteArray keySalt(16, 'k');
        const QString olderVerifier =
            Argon2::hashEncoded({1024, 1, 1}, password.toUtf8(), QByteArray(16, 's'));
        const QString newerVerifier =
            Argon2::hashEncoded({2048, 2, 1}, password.toUtf8(), QByteArray(16, 's'));
        // The current defaults (64 MiB, t=3) play no part: only the verifier's parameters count.
        const SecretBytes older = KeyDerivation::fromPassword(password, keySalt, olderVerifier);
        QCOMPARE(older.bytes(), Argon2::hashRaw({1024, 1, 1}, password.toUtf8(), keySalt, 32));
        const SecretBytes newer = KeyDerivation::fromPassword(password, keySalt, newerVerifier);
        QCOMPARE(newer.bytes(), Argon2::hashRaw({2048, 2, 1}, password.toUtf8(), keySalt, 32));
        QVERIFY(older.bytes() != newer.bytes());
        QVERIFY(KeyDerivation::fromPassword(password, keySalt, QStringLiteral("$2b$12$notargon")).isEmpty());
    }

    void absurdStoredParametersAreRefusedWithoutHashing_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::newRow("memory above 256 MiB") << QStringLiteral("m=262145,t=1,p=1");
        QTest::newRow("iterations above 12") << QStringLiteral("m=8192,t=13,p=1");
        QTest::newRow("memory and iterations above four times the defaults' time")
            << QStringLiteral("m=262144,t=4,p=1");
        QTest::newRow("4 GiB") << QStringLiteral("m=4194304,t=1,p=1");
        QTest::newRow("largest 32-bit memory") << QStringLiteral("m=4294967295,t=1,p=1");
        QTest::newRow("memory beyond 32 bits") << QStringLiteral("m=99999999999,t=1,p=1");
        QTest::newRow("memory below 8 KiB a lane") << QStringLiteral("m=15,t=1,p=2");
        QTest::newRow("no iterations") << QStringLiteral("m=1024,t=0,p=1");
        QTest::newRow("endless iterations") << QStringLiteral("m=8,t=4294967295,p=1");
        QTest::newRow("no lanes") << QStringLiteral("m=1024,t=1,p=0");
        QTest::newRow("too many lanes") << QStringLiteral("m=65536,t=1,p=5");
    }

    void absurdStoredParametersAreRefusedWithoutHashing()
    {
        QFETCH(QString, parameters);
        const QString password = QStringLiteral("password");
        // A real verifier with only its parameters changed: libargon2 would run it.
        QString phc = Argon2::hashEncoded({1024, 1, 1}, password.toUtf8(), QByteArray(16, 's'));
        phc.replace(QStringLiteral("m=1024,t=1,p=1"), parameters);
        QVERIFY(phc.contains(parameters));
        Argon2::Parameters read;
        QVERIFY(!Argon2::parametersOf(phc, &read));
        QVERIFY(!PasswordHasher::verify(password, phc));
        QVERIFY(KeyDerivation::fromPassword(password, QByteArray(16, 'k'), phc).isEmpty());
        QVERIFY(PasswordHasher::needsRehash(phc));
    }

    void parameterLimitsAreInclusive()
    {
        Argon2::Parameters read;
        // Four times what Soliloquy chooses (64 MiB, 3 iterations, 1 lane), and no more time.
        QVERIFY(Argon2::parametersOf(QStringLiteral("$argon2id$v=19$m=262144,t=3,p=4$c2FsdA$aGFzaA"), &read));
        QCOMPARE(read, (Argon2::Parameters{262144, 3, 4}));
        QVERIFY(Argon2::parametersOf(QStringLiteral("$argon2id$v=19$m=65536,t=12,p=1$c2FsdA$aGFzaA"), &read));
        QVERIFY(Argon2::exceedsLimits(QStringLiteral("$argon2id$v=19$m=65536,t=13,p=1$c2FsdA$aGFzaA")));
        QVERIFY(!Argon2::exceedsLimits(QStringLiteral("$2b$12$notargon")));
        QVERIFY(Argon2::hashRaw({1024, 0, 1}, "password", QByteArray(16, 's'), 32).isEmpty());
        QVERIFY(Argon2::hashEncoded({1024, 1, 0}, "password", QByteArray(16, 's')).isEmpty());
    }

    void aes256GcmKnownAnswersThroughQca_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::addColumn<QByteArray>("tag");
        // McGrew and Viega, "The Galois/Counter Mode of Operation", test cases 13 and 14.
        QTest::newRow("test case 13")
            << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray() << QByteArray()
            << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("test case 14") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray(16, '\0')
                                      << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
                                      << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    }

    void aes256GcmKnownAnswersThroughQca()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, ciphertext);
        QFETCH(QByteArray, tag);
        QByteArray computedTag;
        QCOMPARE(Sealer::gcmEncryptForTesting(key, nonce, plaintext, &computedTag).toHex(),
                 ciphertext.toHex());
        QCOMPARE(computedTag.toHex(), tag.toHex());
    }

    void sealedTextOpensOnlyWithTheSameKeyAndContext()
    {
        const QByteArray text = "Dear diary, today I learned GCM.";
        const QByteArray sealed = Sealer::seal(m_key, text, "post 1");
        QCOMPARE(sealed.size(), 1 + 12 + text.size() + 16);
        QVERIFY(!sealed.contains(text));
        QCOMPARE(Sealer::open(m_key, sealed, "post 1").value_or(QByteArray()), text);
        QVERIFY(!Sealer::open(m_key, sealed, "post 2"));
        QVERIFY(!Sealer::open(SecretBytes(Random::bytes(32)), sealed, "post 1"));
        QVERIFY(Sealer::seal(m_key, text, "post 1") != sealed); // a fresh nonce every time
    }

    void anyChangedByteIsRefused()
    {
        const QByteArray sealed = Sealer::seal(m_key, "short but precious", "ctx");
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray tampered = sealed;
            tampered[i] = char(tampered.at(i) ^ 0x80);
            QVERIFY2(!Sealer::open(m_key, tampered, "ctx"), qPrintable(QStringLiteral("byte %1").arg(i)));
        }
        QVERIFY(!Sealer::open(m_key, sealed.left(sealed.size() - 1), "ctx"));
        QVERIFY(!Sealer::open(m_key, sealed.left(20), "ctx"));
        QVERIFY(!Sealer::open(m_key, QByteArray(), "ctx"));
    }

    void sealedFormatIsHkdfThenAes256Gcm()
    {
        // Made outside QCA (Python's cryptography): HKDF-SHA256(key, salt "soliloquy sealer v1",
        // info = the context), then AES-256-GCM with nonce 00..0b. Journals written by every
        // version must keep opening.
        const SecretBytes key(QByteArray(32, char(0x11)));
        const QByteArray sealed = QByteArray::fromHex("01000102030405060708090a0bbd2fd84fcc6ab01a8ff4e530d7d0"
                                                      "ce7f3e9eebac1387ce15673497f37de9d0584cb4982"
                                                      "d1c2c42bc76b0c23b5822734e1f");
        const QByteArray context = "soliloquy post v1 user 1 post 7";
        const QByteArray text = QStringLiteral("A quiet walk by the river. 散歩").toUtf8();
        QCOMPARE(Sealer::open(key, sealed, context).value_or(QByteArray()), text);
        SealerContext reused(key);
        QCOMPARE(reused.open(sealed, context).value_or(QByteArray()), text);
    }

    void oneContextSealsAndOpensManyAndSurvivesARefusal()
    {
        SealerContext context(m_key);
        QList<QByteArray> sealed;
        for (int i = 0; i < 50; ++i)
            sealed << context.seal("entry " + QByteArray::number(i), "post " + QByteArray::number(i));
        for (int i = 49; i >= 0; --i) {
            QByteArray tampered = sealed.at(i);
            tampered[20] = char(tampered.at(20) ^ 0x01);
            QVERIFY(!context.open(tampered, "post " + QByteArray::number(i)));
            QVERIFY(!context.open(sealed.at(i), "post " + QByteArray::number(i + 1)));
            // A refusal leaves the context ready for the next message, in both directions.
            QCOMPARE(context.open(sealed.at(i), "post " + QByteArray::number(i)).value_or(QByteArray()),
                     "entry " + QByteArray::number(i));
            QCOMPARE(
                Sealer::open(m_key, sealed.at(i), "post " + QByteArray::number(i)).value_or(QByteArray()),
                "entry " + QByteArray::number(i));
        }
        QVERIFY(context.seal("a", "x") != context.seal("a", "x")); // a fresh nonce every time
        QVERIFY(SealerContext(SecretBytes(QByteArray(5, 'k'))).seal("a", "x").isEmpty()); // not a key
    }

    void keyedDigestIsHkdfThenHmacAndOneContextGivesTheSame()
    {
        // Made outside QCA (Python's hmac): HKDF-SHA256(key, salt "soliloquy keyed digest v1",
        // info = the purpose), then HMAC-SHA256 of the message. Stored import keys must keep matching.
        const SecretBytes key(QByteArray(32, char(0x11)));
        const QByteArray purpose = "soliloquy import key v1 user 1";
        const QByteArray message = QByteArray("4:jrnl2024-01-05") + '\x1f' + "09:30" + '\x1f' + "Started." +
                                   '\x1f' + QStringLiteral("散歩").toUtf8();
        const QByteArray expected =
            QByteArray::fromHex("3e055a093fd1008fecc5c36db99ba78a69601b3c56241defbfbf6bd4abd4fdec");
        QCOMPARE(KeyedDigest::hmacSha256(key, purpose, message), expected);
        KeyedDigestContext context(key, purpose);
        QCOMPARE(context.digest(message), expected);
        for (int i = 0; i < 50; ++i) {
            const QByteArray other = "entry " + QByteArray::number(i);
            QCOMPARE(context.digest(other), KeyedDigest::hmacSha256(key, purpose, other));
        }
        QCOMPARE(context.digest(QByteArray()), KeyedDigest::hmacSha256(key, purpose, QByteArray()));
        QCOMPARE(context.digest(message), expected); // nothing of earlier messages carries over
        QVERIFY(context.digest(message) != KeyedDigestContext(key, "another purpose").digest(message));
        QVERIFY(KeyedDigestContext(SecretBytes(QByteArray(5, 'k')), purpose).digest(message).isEmpty());
    }

    void dataKeyWrapRoundTrip()
    {
        const SecretBytes dataKey(Random::bytes(32));
        const SecretBytes kek(Random::bytes(32));
        const QByteArray wrapped = KeyWrap::wrap(kek, dataKey, "user 7");
        QCOMPARE(KeyWrap::unwrap(kek, wrapped, "user 7")->bytes(), dataKey.bytes());
        QVERIFY(!KeyWrap::unwrap(kek, wrapped, "user 8"));
        // Only a 256-bit key is wrapped: an empty one (a locked session's) is refused.
        QVERIFY(KeyWrap::wrap(kek, SecretBytes(), "user 7").isEmpty());
        QVERIFY(!KeyWrap::unwrap(SecretBytes(Random::bytes(32)), wrapped, "user 7"));
    }

    void recoveryKeyReadsBackAndCatchesTypos()
    {
        const RecoveryKey key = RecoveryKey::generate();
        const QString text = key.text();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        QCOMPARE(RecoveryKey::parse(text)->key().bytes(), key.key().bytes());
        QString sloppy = text.toLower();
        sloppy.replace(QLatin1Char('-'), QLatin1Char(' '));
        QCOMPARE(RecoveryKey::parse(sloppy)->key().bytes(), key.key().bytes());
        for (int position : {0, 17, 40, int(text.size()) - 1}) {
            QString typo = text;
            typo[position] = typo.at(position) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
            QVERIFY2(!RecoveryKey::parse(typo), qPrintable(typo));
        }
        QVERIFY(!RecoveryKey::parse(text.left(20)));
        QVERIFY(!RecoveryKey::parse(text + QStringLiteral("00")));
    }

    void secretBytesWipeTheLastCopy()
    {
        SecretBytes original(QByteArray(32, 'k'));
        SecretBytes copy = original;
        original.clear();
        QVERIFY(original.isEmpty());
        QCOMPARE(copy.bytes(), QByteArray(32, 'k')); // another holder keeps its key
        copy.clear();
        QVERIFY(copy.isEmpty());
    }

    void typedTextIsWipedWhereItsHolderAloneHasIt()
    {
        QString typed = QString::fromUtf8("correct horse battery staple");
        const QString original = typed;
        // Shared with another holder: emptied here, but the other keeps its text.
        QString shared = typed;
        Wipe::text(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(typed, original);
        // Its own buffer: every character is overwritten where it was.
        typed.detach();
        const QChar* buffer = typed.constData();
        const qsizetype length = typed.size();
        Wipe::text(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(typed.constData(), buffer);
        for (qsizetype i = 0; i < length; ++i)
            QCOMPARE(buffer[i], QChar(0));
        QCOMPARE(original, QStringLiteral("correct horse battery staple"));
    }

    void theCryptoLibrariesAreLoadedAndNamed()
    {
        // On Linux they come with a module loaded at the first call; either way they answer.
        QVERIFY(!CryptoRuntime::backend().qcaVersion().isEmpty());
        QCOMPARE(Random::bytes(32).size(), 32);
        QVERIFY(Random::bytes(32) != Random::bytes(32));
    }

    void withoutTheModuleEveryPrimitiveFails()
    {
        UnavailableCryptoBackend backend(QStringLiteral("the module is gone"));
        QCOMPARE(backend.missingFeatures(), QStringLiteral("the module is gone"));
        QVERIFY(backend.randomBytes(16).isEmpty());
        QVERIFY(!backend.messageSealer(m_key.bytes()));
        QVERIFY(!backend.messageDigester(m_key.bytes(), "purpose"));
        QByteArray tag("stale");
        QVERIFY(backend.gcmEncrypt(m_key.bytes(), QByteArray(12, '\0'), "text", &tag).isEmpty());
        QVERIFY(tag.isEmpty());
        QVERIFY(backend.argon2idRaw({1024, 1, 1}, "password", QByteArray(16, 's'), 32, {}, {}).isEmpty());
        const QString verifier = Argon2::hashEncoded({1024, 1, 1}, "password", QByteArray(16, 's'));
        QVERIFY(!verifier.isEmpty());
        QVERIFY(backend.argon2idEncoded({1024, 1, 1}, "password", QByteArray(16, 's')).isEmpty());
        // Not even a right password passes.
        QVERIFY(!backend.argon2idVerify(verifier.toLatin1(), "password"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_crypto_primitives.moc"

#include "crypto/RuntimeModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QTemporaryDir>
#include <QTest>

// Where the modules loaded at run time (crypto, socket) are found: from the executable's
// folder, also when /proc/self/exe cannot tell it.
class TestRuntimeModule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A link like /proc/self/exe after the program's file was removed or replaced (an upgrade
    // while it runs): it points at a file that is gone.
    QString linkToARemovedFile()
    {
        const QString program = m_dir.filePath(QStringLiteral("soliloquy"));
        QFile file(program);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.close();
        QString link = m_dir.filePath(QStringLiteral("exe"));
        QFile::remove(link);
        if (!QFile::link(program, link) || !QFile::remove(program))
            return {};
        return link;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_WIN
        QSKIP("QFile::link makes shortcuts on Windows, not links like /proc/self/exe");
#endif
    }

    void theLinkNamesTheFolderWhenItResolves()
    {
        const QString folder = m_dir.filePath(QStringLiteral("installed/bin"));
        QVERIFY(QDir().mkpath(folder));
        QFile program(folder + QStringLiteral("/soliloquy"));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.close();
        const QString link = m_dir.filePath(QStringLiteral("resolving"));
        QVERIFY(QFile::link(program.fileName(), link));
        QCOMPARE(RuntimeModule::executableFolder(link), QFileInfo(folder).canonicalFilePath());
    }

    void withoutTheLinkTheFolderIsStillFound_data()
    {
        QTest::addColumn<bool>("removedFile");
        QTest::newRow("no /proc mounted") << false;
        QTest::newRow("the program's file removed") << true;
    }

    void withoutTheLinkTheFolderIsStillFound()
    {
        QFETCH(bool, removedFile);
        const QString link =
            removedFile ? linkToARemovedFile() : QStringLiteral("/nonexistent/proc/self/exe");
        QVERIFY(!link.isEmpty());
        QVERIFY(QFileInfo(link).canonicalFilePath().isEmpty());
        const QString folder = RuntimeModule::executableFolder(link);
        QVERIFY(!folder.isEmpty());
        QCOMPARE(folder, QCoreApplication::applicationDirPath());
        // The tests lie beside the program in bin/: the same folder.
        QVERIFY2(QFileInfo::exists(folder + QStringLiteral("/soliloquy")) ||
                     QFileInfo::exists(folder + QStringLiteral("/soliloquy.app")),
                 qPrintable(folder));
    }

#ifdef SOLILOQUY_TEST_CRYPTO_MODULE
    // The crypto module loads from the folder found without the link.
    void theCryptoModuleLoadsFromTheFolderFoundWithoutTheLink()
    {
        const QString link = linkToARemovedFile();
        QVERIFY(!link.isEmpty());
        QLibrary module(QDir(RuntimeModule::executableFolder(link))
                            .filePath(QStringLiteral(SOLILOQUY_TEST_CRYPTO_MODULE)));
        QVERIFY2(module.resolve("soliloquyCreateCryptoBackend"), qPrintable(module.errorString()));
    }
#endif
};

QTEST_GUILESS_MAIN(TestRuntimeModule)
#include "tst_runtimemodule.moc"

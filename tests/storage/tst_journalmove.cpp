#include "storage/DatabaseLocation.h"
#include "storage/JournalLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Earlier versions kept the journal in ~/.local/share/Soliloquy/Soliloquy/. It now lives one
// folder up, and a journal at the old place must reach the new one whole, or stay found.
class TestJournalMove : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_dataHome;

    QString newPath() const { return m_dataHome + QStringLiteral("/Soliloquy/journal.sqlite3"); }
    QString oldPath() const { return m_dataHome + QStringLiteral("/Soliloquy/Soliloquy/journal.sqlite3"); }

    // A journal at `path` whose last line of text is only in its write-ahead log, as a crash
    // leaves it; its files are copied into `copyTo` before the connection closes.
    static void writeJournal(const QString& path, const QString& text, const QString& copyTo = QString())
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE lines (text TEXT)")));
            query.prepare(QStringLiteral("INSERT INTO lines VALUES (?)"));
            query.addBindValue(text);
            QVERIFY(query.exec());
            if (!copyTo.isEmpty()) {
                QDir().mkpath(QFileInfo(copyTo).absolutePath());
                QVERIFY(QFile::copy(path, copyTo));
                QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copyTo + QStringLiteral("-wal")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    static QString readJournal(const QString& path)
    {
        QString text;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT text FROM lines")) && query.next())
                    text = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Soliloquy"));
        QCoreApplication::setApplicationName(QStringLiteral("Soliloquy"));
        m_dataHome = m_home.filePath(QStringLiteral("data"));
        qputenv("XDG_DATA_HOME", m_dataHome.toLocal8Bit());
        qunsetenv("SOLILOQUY_DATABASE");
    }

    void init() { QDir(m_dataHome).removeRecursively(); }

    void theDefaultFolderIsNotDoubled()
    {
        QCOMPARE(DatabaseLocation::defaultPath(), newPath());
        QCOMPARE(DatabaseLocation::earlierDefaultPath(), oldPath());
        QCOMPARE(DatabaseLocation::resolve(QString()), newPath());
        QVERIFY(!QFileInfo::exists(oldPath()));
    }

    void aJournalAtTheEarlierPlaceMovesWithItsBackups()
    {
        writeJournal(oldPath(), QStringLiteral("written before the move"));
        const QString backup =
            QFileInfo(oldPath()).absolutePath() + QStringLiteral("/backups/daily/b.sqlite3");
        QDir().mkpath(QFileInfo(backup).absolutePath());
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a backup");
        file.close();

        QCOMPARE(DatabaseLocation::resolve(QString()), newPath());
        QCOMPARE(readJournal(newPath()), QStringLiteral("written before the move"));
        QVERIFY(QFileInfo::exists(m_dataHome + QStringLiteral("/Soliloquy/backups/daily/b.sqlite3")));
        QVERIFY(!QFileInfo::exists(oldPath()));
        QVERIFY(!QFileInfo::exists(QFileInfo(oldPath()).absolutePath())); // the empty folder is gone
    }

    // A crash between the log's rename and the journal's: the next launch finishes the move,
    // and the post that was only in the log is there.
    void aMoveCutShortIsFinishedAndLosesNothing()
    {
        const QString scratch = m_home.filePath(QStringLiteral("scratch/journal.sqlite3"));
        writeJournal(scratch, QStringLiteral("only in the log"), oldPath());
        QVERIFY(QFileInfo(oldPath() + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::rename(oldPath() + QStringLiteral("-wal"), newPath() + QStringLiteral("-wal")));

        QCOMPARE(DatabaseLocation::resolve(QString()), newPath());
        QCOMPARE(readJournal(newPath()), QStringLiteral("only in the log"));
    }

    // A journal that an earlier version still has open is used where it is.
    void aJournalOpenElsewhereIsUsedWhereItIs()
    {
        writeJournal(oldPath(), QStringLiteral("still open"));
        JournalLock heldByTheOtherWindow(oldPath() + QStringLiteral(".lock"));
        QCOMPARE(heldByTheOtherWindow.tryLock(), JournalLock::Outcome::Taken);
        QCOMPARE(DatabaseLocation::resolve(QString()), oldPath());
        QVERIFY(!QFileInfo::exists(newPath()));
    }

    // A journal at both places: the new one is used and the earlier one is left alone.
    void aJournalAtBothPlacesLeavesTheEarlierOneAlone()
    {
        writeJournal(oldPath(), QStringLiteral("earlier"));
        writeJournal(newPath(), QStringLiteral("newer"));
        QCOMPARE(DatabaseLocation::resolve(QString()), newPath());
        QCOMPARE(readJournal(newPath()), QStringLiteral("newer"));
        QCOMPARE(readJournal(oldPath()), QStringLiteral("earlier"));
    }
};

QTEST_GUILESS_MAIN(TestJournalMove)
#include "tst_journalmove.moc"

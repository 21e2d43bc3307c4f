#include "storage/ChangeApplier.h"
#include "storage/ChangeRecorder.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A table as the journal's are: a declared primary key, text and a time.
bool createNotes(QSqlDatabase& database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
                                     "edited_at INTEGER NOT NULL DEFAULT 0)"));
}

bool run(QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

QStringList rows(QSqlDatabase& database)
{
    QSqlQuery query(database);
    QStringList found;
    query.exec(QStringLiteral("SELECT id, text, edited_at FROM notes ORDER BY id"));
    while (query.next())
        found << QStringLiteral("%1:%2:%3")
                     .arg(query.value(0).toLongLong())
                     .arg(query.value(1).toString())
                     .arg(query.value(2).toLongLong());
    return found;
}

} // namespace

// Changes recorded on one computer and applied on another with SQLite's session extension.
class TestChangesets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_here;
    QSqlDatabase m_there;
    int m_round = 0;

private Q_SLOTS:
    void init()
    {
        ++m_round;
        m_here = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("here%1").arg(m_round));
        m_here.setDatabaseName(m_dir.filePath(QStringLiteral("here%1.sqlite3").arg(m_round)));
        m_there =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("there%1").arg(m_round));
        m_there.setDatabaseName(m_dir.filePath(QStringLiteral("there%1.sqlite3").arg(m_round)));
        QVERIFY(m_here.open() && m_there.open());
        QVERIFY(createNotes(m_here) && createNotes(m_there));
    }

    void cleanup()
    {
        m_here.close();
        m_there.close();
    }

    void whatIsWrittenHereArrivesThere()
    {
        ChangeRecorder recorder(m_here, {QStringLiteral("notes")});
        QVERIFY2(recorder.isRecording(), qPrintable(recorder.error()));
        QVERIFY(recorder.take().isEmpty()); // nothing yet
        QVERIFY(run(
            m_here,
            QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'first'), (2, 'second'), (3, 'third')")));
        QVERIFY(run(m_here,
                    QStringLiteral("UPDATE notes SET text = 'second, edited', edited_at = 5 WHERE id = 2")));
        QVERIFY(run(m_here, QStringLiteral("DELETE FROM notes WHERE id = 3")));
        const QByteArray changes = recorder.take();
        QVERIFY(!changes.isEmpty());

        QString error;
        QVERIFY2(ChangeApplier(m_there).apply(changes, nullptr, &error), qPrintable(error));
        QCOMPARE(rows(m_there), rows(m_here));
        QCOMPARE(rows(m_there),
                 QStringList({QStringLiteral("1:first:0"), QStringLiteral("2:second, edited:5")}));

        // The next changeset holds only what changed since.
        QVERIFY(run(m_here, QStringLiteral("UPDATE notes SET text = 'first, edited' WHERE id = 1")));
        QVERIFY2(ChangeApplier(m_there).apply(recorder.take(), nullptr, &error), qPrintable(error));
        QCOMPARE(rows(m_there), rows(m_here));
    }

    // Changesets of rows apart, combined, leave the other side as applying them one by one
    // would; rowsIn tells which rows each changes, so that the caller combines only those. A
    // row changed and then inserted anew (an edited post put back whole) is why: combined, the
    // insert is dropped.
    void changesetsOfRowsApartCombineIntoOne()
    {
        ChangeRecorder recorder(m_here, {QStringLiteral("notes")});
        QList<QByteArray> changesets;
        QVERIFY(run(m_here, QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'one'), (2, 'two')")));
        changesets << recorder.take();
        QVERIFY(run(m_here, QStringLiteral("INSERT INTO notes (id, text) VALUES (3, 'three')")));
        changesets << recorder.take();
        QVERIFY(run(m_here, QStringLiteral("DELETE FROM notes WHERE id = 2")));
        changesets << recorder.take();
        const QSet<QByteArray> first = ChangeApplier::rowsIn(changesets.at(0));
        const QSet<QByteArray> second = ChangeApplier::rowsIn(changesets.at(1));
        const QSet<QByteArray> third = ChangeApplier::rowsIn(changesets.at(2));
        QCOMPARE(first.size(), 2);
        QCOMPARE(second.size(), 1);
        QVERIFY(!first.intersects(second));
        QVERIFY(first.intersects(third)); // row 2, inserted then deleted
        QVERIFY(ChangeApplier::rowsIn(QByteArrayLiteral("no changeset")).isEmpty());

        const std::optional<QByteArray> together =
            ChangeApplier::combined({changesets.at(0), changesets.at(1)});
        QVERIFY(together);
        QCOMPARE(ChangeApplier::rowsIn(*together), first + second);
        QString error;
        QVERIFY2(ChangeApplier(m_there).apply(*together, nullptr, &error), qPrintable(error));
        QVERIFY2(ChangeApplier(m_there).apply(changesets.at(2), nullptr, &error), qPrintable(error));
        QCOMPARE(rows(m_there), rows(m_here));
        QVERIFY(!ChangeApplier::combined({changesets.at(0), QByteArrayLiteral("no changeset")}));

        // An update, then the row inserted anew as a whole: one by one it arrives; combined, the
        // changegroup keeps only the update.
        QVERIFY(run(m_here, QStringLiteral("UPDATE notes SET text = 'one, edited' WHERE id = 1")));
        const QByteArray update = recorder.take();
        QVERIFY(run(m_here, QStringLiteral("DELETE FROM notes WHERE id = 1")));
        recorder.take(); // the delete stays here: only the insert goes, as a put-back does
        QVERIFY(run(m_here, QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'one, put back')")));
        const QByteArray insert = recorder.take();
        QVERIFY(ChangeApplier::rowsIn(update).intersects(ChangeApplier::rowsIn(insert)));
        const std::optional<QByteArray> dropped = ChangeApplier::combined({update, insert});
        QVERIFY(dropped);
        QVERIFY2(ChangeApplier(m_there).apply(*dropped, nullptr, &error), qPrintable(error));
        QVERIFY2(rows(m_there).contains(QStringLiteral("1:one, edited:0")),
                 qPrintable(rows(m_there).join(u'|')));
    }

    void aRolledBackTransactionIsNotSent()
    {
        ChangeRecorder recorder(m_here, {QStringLiteral("notes")});
        QVERIFY(m_here.transaction());
        QVERIFY(run(m_here, QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'never mind')")));
        QVERIFY(m_here.rollback());
        QVERIFY(recorder.take().isEmpty());
    }

    void applyingTwiceChangesNothingMore()
    {
        ChangeRecorder recorder(m_here, {QStringLiteral("notes")});
        QVERIFY(run(m_here, QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'once')")));
        const QByteArray changes = recorder.take();
        QString error;
        QVERIFY(ChangeApplier(m_there).apply(changes, nullptr, &error));
        // The second time the row is there already: the handler hears of it and keeps it.
        int clashes = 0;
        QVERIFY2(ChangeApplier(m_there).apply(
                     changes,
                     [&](const ChangeApplier::Clash& clash) {
                         ++clashes;
                         return clash.current == clash.after ? ChangeApplier::Resolution::Omit
                                                             : ChangeApplier::Resolution::Abort;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(clashes, 1);
        QCOMPARE(rows(m_there), QStringList({QStringLiteral("1:once:0")}));
    }

    void aRowChangedOnBothSidesIsTheCallersToDecide()
    {
        QVERIFY(run(m_here, QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'shared')")));
        QVERIFY(run(m_there, QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'shared')")));
        ChangeRecorder recorder(m_here, {QStringLiteral("notes")});
        QVERIFY(
            run(m_here, QStringLiteral("UPDATE notes SET text = 'edited here', edited_at = 7 WHERE id = 1")));
        const QByteArray changes = recorder.take();
        QVERIFY(run(m_there,
                    QStringLiteral("UPDATE notes SET text = 'edited there', edited_at = 9 WHERE id = 1")));

        ChangeApplier::Clash seen;
        QString error;
        QVERIFY(ChangeApplier(m_there).apply(
            changes,
            [&](const ChangeApplier::Clash& clash) {
                seen = clash;
                return ChangeApplier::Resolution::Omit;
            },
            &error));
        QCOMPARE(seen.table, QStringLiteral("notes"));
        QCOMPARE(seen.operation, ChangeApplier::Operation::Update);
        QCOMPARE(seen.conflict, ChangeApplier::Conflict::Data);
        QCOMPARE(seen.before.value(1).toString(), QStringLiteral("shared"));
        QCOMPARE(seen.after.value(1).toString(), QStringLiteral("edited here"));
        QCOMPARE(seen.current.value(1).toString(), QStringLiteral("edited there"));
        QCOMPARE(rows(m_there), QStringList({QStringLiteral("1:edited there:9")})); // kept

        QVERIFY(ChangeApplier(m_there).apply(
            changes, [](const ChangeApplier::Clash&) { return ChangeApplier::Resolution::Replace; }, &error));
        QCOMPARE(rows(m_there), QStringList({QStringLiteral("1:edited here:7")})); // taken
    }

    void anAbortOrADamagedChangesetAppliesNothing()
    {
        QVERIFY(run(m_there, QStringLiteral("INSERT INTO notes (id, text) VALUES (2, 'here already')")));
        ChangeRecorder recorder(m_here, {QStringLiteral("notes")});
        QVERIFY(run(m_here, QStringLiteral(
                                "INSERT INTO notes (id, text) VALUES (1, 'one'), (2, 'two'), (3, 'three')")));
        const QByteArray changes = recorder.take();
        QString error;
        QVERIFY(!ChangeApplier(m_there).apply(
            changes, [](const ChangeApplier::Clash&) { return ChangeApplier::Resolution::Abort; }, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(rows(m_there), QStringList({QStringLiteral("2:here already:0")}));

        QVERIFY(!ChangeApplier(m_there).apply(changes.left(changes.size() - 7), nullptr, &error));
        QCOMPARE(rows(m_there), QStringList({QStringLiteral("2:here already:0")}));
    }

    void changesAppliedFromElsewhereAreNotSentBack()
    {
        ChangeRecorder sender(m_here, {QStringLiteral("notes")});
        QVERIFY(run(m_here, QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'from here')")));
        ChangeRecorder receiver(m_there, {QStringLiteral("notes")});
        receiver.setPaused(true);
        QString error;
        QVERIFY(ChangeApplier(m_there).apply(sender.take(), nullptr, &error));
        receiver.setPaused(false);
        QVERIFY(receiver.take().isEmpty());
        QVERIFY(run(m_there, QStringLiteral("INSERT INTO notes (id, text) VALUES (2, 'from there')")));
        QVERIFY(!receiver.take().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangesets)
#include "tst_changesets.moc"

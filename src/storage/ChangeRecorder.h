#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3_session;

// Records what a connection changes in some tables with SQLite's session extension, so that
// the changes can be handed to another computer as a changeset (see ChangeApplier). A
// changeset holds each row's net change since the last take(): a row written and put back, or
// written by a transaction that was rolled back, is not in it. Changes made while paused
// (applying another computer's) are not recorded.
class ChangeRecorder
{
public:
    // `tables` need a declared primary key.
    ChangeRecorder(const QSqlDatabase& database, const QStringList& tables);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    // Every row of `tables` as one changeset of inserts: the journal as a new computer needs it.
    // Outside a transaction. `alsoRead` runs in the same read of the journal, so that what it
    // reads on this connection matches the rows. Nothing, with `error` set, when SQLite refused.
    static std::optional<QByteArray> everything(const QSqlDatabase& database, const QStringList& tables,
                                                QString* error, const std::function<void()>& alsoRead = {});

    bool isRecording() const { return m_session != nullptr; }
    // Why recording did not start, in SQLite's words.
    QString error() const { return m_error; }
    // The changes since the last take() (or the start), as one changeset; empty when nothing
    // changed. Recording goes on from here.
    QByteArray take();
    // Sets the changes since the last take() aside, unrecorded.
    void discard();
    void setPaused(bool paused);

private:
    bool startSession();

    QSqlDatabase m_database;
    QStringList m_tables;
    sqlite3_session* m_session = nullptr;
    QString m_error;
};

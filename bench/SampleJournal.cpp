#include "SampleJournal.h"
#include "SamplePhotos.h"

#include "core/AccountService.h"
#include "core/PostLedger.h"
#include "core/PostWriter.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

const QStringList words = {
    QStringLiteral("morning"),  QStringLiteral("coffee"), QStringLiteral("river"),
    QStringLiteral("walked"),   QStringLiteral("letter"), QStringLiteral("quiet"),
    QStringLiteral("meeting"),  QStringLiteral("garden"), QStringLiteral("tired"),
    QStringLiteral("reading"),  QStringLiteral("train"),  QStringLiteral("friends"),
    QStringLiteral("the"),      QStringLiteral("a"),      QStringLiteral("and"),
    QStringLiteral("today"),    QStringLiteral("was"),    QStringLiteral("I"),
    QStringLiteral("rain"),     QStringLiteral("light"),  QStringLiteral("dinner"),
    QStringLiteral("project"),  QStringLiteral("music"),  QStringLiteral("slept"),
    QStringLiteral("thought"),  QStringLiteral("window"), QStringLiteral("city"),
    QStringLiteral("**good**"), QStringLiteral("*slow*"), QStringLiteral("`code`"),
    QStringLiteral("散歩"),     QStringLiteral("café"),
};
const QStringList tags = {QStringLiteral("#work"),    QStringLiteral("#running"), QStringLiteral("#family"),
                          QStringLiteral("#reading"), QStringLiteral("#health"),  QStringLiteral("#ideas")};

QString sentence(QRandomGenerator& random, int length)
{
    QStringList chosen;
    for (int i = 0; i < length; ++i)
        chosen << words.at(int(random.bounded(qsizetype(words.size()))));
    QString text = chosen.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

// Several years of posts, a few hours apart on average, the last one now: post i's time.
qint64 timeOf(int i, int posts, qint64 now)
{
    const qint64 span = qMin<qint64>(qint64(posts) * 3 * 3600 * 1000, 6LL * 365 * 24 * 3600 * 1000);
    const qint64 step = qMax<qint64>(1, span / qMax(1, posts));
    return now - span + i * step;
}

std::unique_ptr<Session> registerBench(Database& database)
{
    if (!database.open())
        return nullptr;
    return AccountService(database.connection())
        .registerAccount(QStringLiteral("bench"), QStringLiteral("bench@example.org"),
                         QString::fromLatin1(SampleJournal::Password))
        .session;
}

} // namespace

QString SampleJournal::textOf(int i)
{
    QRandomGenerator random(quint32(i) * 2654435761u + 17);
    const quint32 kind = random.bounded(100);
    QString text;
    if (kind < 60) {
        text = sentence(random, 3 + int(random.bounded(18))); // a short note
    } else if (kind < 90) {
        for (int s = 0, count = 2 + int(random.bounded(5)); s < count; ++s)
            text += sentence(random, 6 + int(random.bounded(12))) + QLatin1Char(' ');
    } else {
        for (int p = 0, paragraphs = 2 + int(random.bounded(3)); p < paragraphs; ++p) {
            for (int s = 0; s < 5; ++s)
                text += sentence(random, 8 + int(random.bounded(10))) + QLatin1Char(' ');
            text += QStringLiteral("\n\n");
        }
    }
    if (random.bounded(100) < 20)
        text += QLatin1Char(' ') + tags.at(int(random.bounded(qsizetype(tags.size()))));
    return text.trimmed();
}

bool SampleJournal::make(const QString& path, int posts)
{
    Database database(path);
    const std::unique_ptr<Session> session = registerBench(database);
    if (!session)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase connection = database.connection();
    connection.transaction();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("INSERT INTO posts (id, user_id, body, created_at) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < posts; ++i) {
        const qint64 id = i + 1;
        query.addBindValue(id);
        query.addBindValue(session->userId());
        query.addBindValue(session->sealPost(id, textOf(i)));
        query.addBindValue(timeOf(i, posts, now));
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            connection.rollback();
            return false;
        }
        if ((i + 1) % 50000 == 0) {
            connection.commit();
            connection.transaction();
        }
    }
    // The journal's record of its posts, as the app keeps it with every write.
    QSqlError error;
    if (!PostLedger(connection, *session).rebuild(&error)) {
        qWarning("%s", qPrintable(error.text()));
        connection.rollback();
        return false;
    }
    return connection.commit();
}

bool SampleJournal::makeWithPhotos(const QString& path, int posts, int every, bool grids)
{
    Database database(path);
    const std::unique_ptr<Session> session = registerBench(database);
    if (!session)
        return false;
    const SamplePhotos photos;
    QList<NewPicture> drawn;
    for (int p = 0; p < SamplePhotos::Drawn; ++p)
        drawn.append({photos.photo(p), QStringLiteral("image/jpeg"),
                      QSize(SamplePhotos::Width, SamplePhotos::Height)});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase connection = database.connection();
    PostWriter writer(connection, *session);
    QSqlError error;
    if (!WriteTransaction::begin(connection, &error))
        return false;
    for (int i = 0; i < posts; ++i) {
        PostWriter::NewPost post{textOf(i), timeOf(i, posts, now), 0, {}, 0, {}};
        if (i % every == 0) {
            const int shown = i / every;
            const int count = !grids ? 1 : shown % 6 == 3 ? 3 : shown % 6 == 5 ? 4 : 1;
            for (int p = 0; p < count; ++p)
                post.pictures.append(drawn.at((shown + p) % SamplePhotos::Drawn));
            if (grids && shown % 4 == 1)
                post.text.clear();
        }
        qint64 id = 0;
        const bool stored = writer.store(post, &id, &error) == PostWriter::Outcome::Inserted;
        const bool pageEnds = (i + 1) % 50000 == 0 || i + 1 == posts;
        if (!stored ||
            (pageEnds && (!writer.finish(&error) || !WriteTransaction::commit(connection, &error)))) {
            qWarning("%s", qPrintable(error.text()));
            WriteTransaction::rollback(connection);
            return false;
        }
        if (pageEnds && i + 1 < posts && !WriteTransaction::begin(connection, &error))
            return false;
    }
    return true;
}

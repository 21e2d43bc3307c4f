#pragma once

#include <QStringList>
#include <QTextStream>

// `soliloquy register --username U --email E`,
// `soliloquy write --username U [--attach FILE]... [TEXT...]`,
// `soliloquy edit --username U ID [TEXT...]`, `soliloquy delete --username U ID`,
// `soliloquy search --username U WORDS...`, `soliloquy password --username U` and
// `soliloquy recovery-key --username U`.
namespace AccountCommands {

int registerAccount(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                    QTextStream& err);
int write(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);
// Replaces the text of the post with this id (the ids of the JSON export and of search --json).
int editPost(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);
// Deletes the post with this id.
int deletePost(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);
// Prints the matching posts, newest first: the date, then the text.
int search(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);
// Sets a new password and seals the whole journal under a new data key, with a new
// recovery key, printed once. Reads the current and the new password (two lines of stdin).
int changePassword(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                   QTextStream& err);
// `soliloquy db check --username U`: opens every post of the account and compares them with
// the journal's record of them; exit status 3 when any is damaged, missing or changed.
int checkPosts(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);
// Issues a new recovery key and prints it; the old one stops working.
int recoveryKey(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                QTextStream& err);
// `soliloquy sync --username U --folder DIR`: one round of sync with the folder (sync turned on
// with it first, or the account joined from it on a computer that does not have it yet).
int sync(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace AccountCommands

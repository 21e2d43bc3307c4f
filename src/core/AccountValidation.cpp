#include "AccountValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountValidation", text);
}

qsizetype wordCount(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_.]+"));
    return text.split(separators, Qt::SkipEmptyParts).size();
}

} // namespace

namespace AccountValidation {

QString usernameProblem(const QString& username)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]*$"));
    if (username.size() < 3)
        return tr("At least 3 characters.");
    if (username.size() > 32)
        return tr("At most 32 characters.");
    if (!allowed.match(username).hasMatch())
        return tr("Only letters, digits, '.', '_' and '-'.");
    return {};
}

QString emailProblem(const QString& email)
{
    static const QRegularExpression plausible(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (email.isEmpty())
        return tr("Enter your email address.");
    if (email.size() > 254 || !plausible.match(email).hasMatch())
        return tr("This does not look like an email address.");
    return {};
}

QString passwordProblem(const QString& password)
{
    if (password.isEmpty())
        return tr("Choose a password.");
    if (password.size() < 10)
        return tr("Too short: use at least 10 characters, or a passphrase of a few words.");
    return {};
}

QString confirmationProblem(const QString& password, const QString& confirmation)
{
    if (confirmation != password)
        return tr("The passwords do not match.");
    return {};
}

QString passwordStrength(const QString& password)
{
    if (!passwordProblem(password).isEmpty())
        return {};
    if (wordCount(password) >= 4 || password.size() >= 20)
        return tr("Strong.");
    return tr("Good. A passphrase of four or more words is stronger.");
}

} // namespace AccountValidation

#include "ExportImportCommands.h"

#include "DamageReport.h"
#include "PasswordPrompt.h"
#include "RestoreHint.h"

#include "core/AccountService.h"
#include "core/Exporter.h"
#include "core/ImportRecognizer.h"
#include "core/Importer.h"
#include "core/PostLedger.h"
#include "crypto/SecretText.h"
#include "pictures/PictureFile.h"
#include "storage/Database.h"

#include <QCommandLineParser>

#include <cstdio>

namespace {

const QCommandLineOption usernameOption(QStringLiteral("username"), QStringLiteral("The account."),
                                        QStringLiteral("NAME"));
const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("The file's format."),
                                      QStringLiteral("FORMAT"));
const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("The file to write."),
                                      QStringLiteral("FILE"));
const QCommandLineOption
    passwordStdinOption(QStringLiteral("password-stdin"),
                        QStringLiteral("Read the password from the first line of stdin."));

int fail(QTextStream& err, const QString& message, int status = 1)
{
    err << "soliloquy: " << message << "\n";
    return status;
}

// Parses the verb's options; on a usage error prints it and returns false.
bool parse(QCommandLineParser& parser, const QString& verb, const QStringList& arguments,
           const QStringList& formats, QTextStream& err)
{
    parser.addOption(usernameOption);
    parser.addOption(formatOption);
    parser.addOption(passwordStdinOption);
    if (!parser.parse(QStringList{verb} + arguments)) {
        fail(err, parser.errorText(), 2);
        return false;
    }
    if (parser.value(usernameOption).isEmpty()) {
        fail(err, QStringLiteral("%1 needs --username NAME").arg(verb), 2);
        return false;
    }
    const bool formatNeeded = verb != QLatin1String("import") || parser.isSet(formatOption);
    if (formatNeeded && !formats.contains(parser.value(formatOption))) {
        fail(err, QStringLiteral("%1 needs --format %2").arg(verb, formats.join(QLatin1Char('|'))), 2);
        return false;
    }
    return true;
}

// Opens the journal and unlocks the account; on failure prints why and returns nothing.
std::unique_ptr<Session> unlock(Database& database, const QCommandLineParser& parser, QTextStream& err)
{
    SecretText password;
    const bool read = parser.isSet(passwordStdinOption)
                          ? PasswordPrompt::readLine(stdin, &password.text())
                          : PasswordPrompt::readFromTerminal(QStringLiteral("Password: "), &password.text());
    if (!read) {
        fail(err, QStringLiteral("no password given (type it at the terminal, or use --password-stdin)"));
        return nullptr;
    }
    if (!database.open(Database::Options::besideTheWindow())) {
        fail(err, RestoreHint::explain(database.error(), database.path()));
        return nullptr;
    }
    AccountService::Outcome outcome =
        AccountService(database.connection()).login(parser.value(usernameOption), password.text());
    if (!outcome.session)
        fail(err, outcome.error);
    return std::move(outcome.session);
}

} // namespace

namespace ExportImportCommands {

int exportJournal(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                  QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption(outputOption);
    if (!parse(parser, QStringLiteral("export"), arguments, Exporter::formatNames(), err))
        return 2;
    if (parser.value(outputOption).isEmpty())
        return fail(err, QStringLiteral("export needs --output FILE"), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(err, QStringLiteral("export takes no other arguments (the file goes after --output)"), 2);
    Database database(databasePath);
    const std::unique_ptr<Session> session = unlock(database, parser, err);
    if (!session)
        return 1;
    const QString output = parser.value(outputOption);
    // parse() took only the formats that have a name.
    const Exporter::Format format =
        Exporter::formatNamed(parser.value(formatOption)).value_or(Exporter::Format::Json);
    const Exporter::Result result = Exporter(database.connection(), *session).exportTo(output, format);
    if (!result.ok)
        return fail(err, QStringLiteral("cannot export: %1").arg(result.error));
    out << "Exported " << result.exported << (result.exported == 1 ? " post" : " posts") << " to " << output
        << ".\n";
    return DamageReport::report(err, result.damaged, PostLedger(database.connection(), *session).check());
}

int importFile(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("import"), arguments, Importer::formatNames(), err))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return fail(err, QStringLiteral("import needs one FILE to read"), 2);
    const QString input = parser.positionalArguments().first();
    // The file says what it is; a format named on the command line must agree with it.
    const ImportRecognizer::Recognised found = ImportRecognizer::recognise(input);
    const std::optional<Importer::Format> named = Importer::formatNamed(parser.value(formatOption));
    if (const QString problem = named ? ImportRecognizer::mismatch(*named, found) : found.error;
        !problem.isEmpty())
        return fail(err, QStringLiteral("cannot import %1: %2 Nothing was imported.").arg(input, problem));
    Database database(databasePath);
    const std::unique_ptr<Session> session = unlock(database, parser, err);
    if (!session)
        return 1;
    // A file without a format was refused above, with found.error.
    if (!found.format)
        return fail(err,
                    QStringLiteral("cannot import %1: %2 Nothing was imported.").arg(input, found.error));
    Importer importer(database.connection(), *session);
    importer.setPictureSizer(&PictureFile::sizeOf);
    const Importer::Result result = importer.importFile(input, *found.format);
    if (!result.ok)
        return fail(err,
                    QStringLiteral("cannot import %1: %2. Nothing was imported.").arg(input, result.error));
    out << result.summary(input) << "\n";
    return 0;
}

} // namespace ExportImportCommands

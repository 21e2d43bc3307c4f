#include "CommandLine.h"

#include "Version.h"

#include <QCommandLineParser>

namespace {

const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                        QStringLiteral("Use the journal in FILE instead of the default one "
                                                       "(also settable with SOLILOQUY_DATABASE)."),
                                        QStringLiteral("FILE"));

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Soliloquy, a private journal that feels like a chat.\n"
        "Without a command it opens the journal window.\n\n"
        "Commands (no display needed):\n"
        "  db status          where the journal is and which schema version it has\n"
        "  db upgrade         back up the journal, then apply pending migrations\n"
        "  db check [--username NAME [--password-stdin]]\n"
        "                     check the journal file for damage; with an account, also open\n"
        "                     every post and find those missing or changed outside Soliloquy\n"
        "  db backup FILE     write a consistent copy of the journal to FILE\n"
        "  db restore FILE    replace the journal with the backup in FILE\n"
        "  register --username NAME --email EMAIL [--password-stdin]\n"
        "                     create an account (the password is asked without echo)\n"
        "  write --username NAME [--password-stdin] [--attach FILE]... [TEXT...]\n"
        "                     add a post: TEXT, or standard input when no TEXT is given;\n"
        "                     --attach adds a picture (PNG, JPEG, GIF, WebP..., up to 50 MB;\n"
        "                     up to 20), and then TEXT is optional\n"
        "  edit --username NAME [--password-stdin] ID [TEXT...]\n"
        "                     replace the text of post ID (the id that search --json and the\n"
        "                     JSON export show): TEXT, or standard input\n"
        "  delete --username NAME [--password-stdin] ID\n"
        "                     delete post ID\n"
        "  export --username NAME --format json|markdown|html --output FILE [--password-stdin]\n"
        "                     write the journal to FILE: json (everything, imports back),\n"
        "                     markdown, or html (a page that prints well)\n"
        "  import --username NAME [--format soliloquy|jrnl|dayone] [--password-stdin] FILE\n"
        "                     add the entries of FILE: a Soliloquy JSON export, jrnl's JSON\n"
        "                     export, or Day One's JSON export (Journal.json or its .zip),\n"
        "                     recognised from its content; entries imported before are skipped\n"
        "  search --username NAME [--password-stdin] [--limit N] [--json] [--oldest-first] QUERY...\n"
        "                     print every post QUERY finds, newest first (at most N;\n"
        "                     --json: one object a line with id, time and text). QUERY has\n"
        "                     words, \"exact phrases\", -words to leave out, #tags,\n"
        "                     from:2024-01-01 to:2024-06-30 (both days included), and\n"
        "                     has:picture for posts with pictures\n"
        "  password --username NAME [--password-stdin]\n"
        "                     change the password and seal every post under a new key, with\n"
        "                     a new recovery key (stdin: the current, then the new password)\n"
        "  recovery-key --username NAME [--password-stdin]\n"
        "                     issue a new recovery key; the old one stops working\n"
        "  sync --username NAME [--folder DIR] [--computer-name NAME] [--password-stdin]\n"
        "                     one round of sync with DIR, a folder a sync tool keeps in step\n"
        "                     (Syncthing, Nextcloud, a USB stick): turns sync on the first time,\n"
        "                     or joins the account kept there when this journal lacks it\n\n"
        "Exit status 3: done, but the journal is damaged (what is, on standard error)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(databaseOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("A command from the list above."),
                                 QStringLiteral("[command [arguments...]]"));
}

} // namespace

namespace CommandLine {

Invocation parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);

    Invocation invocation;
    if (!parser.parse(arguments)) {
        invocation.kind = Invocation::Kind::Error;
        invocation.errorMessage = parser.errorText();
        return invocation;
    }
    invocation.databasePath = parser.value(databaseOption);
    invocation.verbArguments = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")))
        invocation.kind = Invocation::Kind::Help;
    else if (parser.isSet(QStringLiteral("version")))
        invocation.kind = Invocation::Kind::Version;
    else if (!invocation.verbArguments.isEmpty())
        invocation.kind = Invocation::Kind::Verb;
    return invocation;
}

QString helpText()
{
    QCommandLineParser parser;
    describe(parser);
    return parser.helpText();
}

QString versionText()
{
    return QStringLiteral(SOLILOQUY_APPLICATION_NAME " " SOLILOQUY_VERSION "\n");
}

} // namespace CommandLine

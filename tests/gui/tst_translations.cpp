#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "gui/AppSettings.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/Translations.h"
#include "storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QGroupBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using TestSupport::child;

// The German translation is built in and the real forms and messages come out in German.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    static void removeTranslators()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_database->open());
    }

    void cleanup() { removeTranslators(); }

    void theGermanTranslationIsBuiltIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/soliloquy_de.qm")));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), QStringLiteral("de_DE"));
    }

    // Each message is translated in the context of the class that says it, so a translator
    // sees where it comes from: none sits in the catch-all QObject context.
    void storageMessagesHaveTheirOwnContext()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/soliloquy_de.qm")));
        const char* const readOnly =
            "Soliloquy cannot write to the journal file: it or its folder is read-only.";
        QVERIFY(translator.translate("QObject", readOnly).isEmpty());
        const QString german = translator.translate("SqliteErrors", readOnly);
        QVERIFY(!german.isEmpty());
        QVERIFY(german != QLatin1String(readOnly));
    }

    void germanLocaleGetsGermanWidgets()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        AccountService accounts(m_database->connection());
        LoginDialog login(accounts);
        QCOMPARE(child<QPushButton>(&login, "unlockButton")->text(), QStringLiteral("&Entsperren"));
        QCOMPARE(login.windowTitle(), QStringLiteral("Soliloquy entsperren"));

        MainWindow window;
        QCOMPARE(child<QAction>(&window, "actionSettings")->text(), QStringLiteral("&Einstellungen…"));
        QCOMPARE(child<QAction>(&window, "actionLock")->text(), QStringLiteral("&Sperren"));
        QCOMPARE(child<QPushButton>(&window, "sendButton")->text(), QStringLiteral("&Senden"));

        AppSettings settings;
        SettingsDialog dialog(settings, m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(child<QGroupBox>(&dialog, "reminderGroup")->title(), QStringLiteral("Erinnerungen"));
    }

    void austrianGermanFallsBackToGerman()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Austria)));
        QCOMPARE(QCoreApplication::translate("AppController", "Time to write"),
                 QStringLiteral("Zeit zum Schreiben"));
    }

    void pluralsFollowGermanRules()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        const char* source = "You wrote %n post(s) on this day in earlier years (%1).";
        QCOMPARE(
            QCoreApplication::translate("AppController", source, nullptr, 1).arg(QStringLiteral("2024")),
            QStringLiteral("An diesem Tag hast du in früheren Jahren einen Eintrag geschrieben (2024)."));
        QCOMPARE(QCoreApplication::translate("AppController", source, nullptr, 3).arg(QStringLiteral("2024")),
                 QStringLiteral("An diesem Tag hast du in früheren Jahren 3 Einträge geschrieben (2024)."));
    }

    void aLanguageWithoutTranslationStaysEnglish()
    {
        QVERIFY(!Translations::install(QLocale(QLocale::Finnish, QLocale::Finland)));
        AccountService accounts(m_database->connection());
        LoginDialog login(accounts);
        QCOMPARE(child<QPushButton>(&login, "unlockButton")->text(), QStringLiteral("Un&lock"));
        // English with its plurals, not "post(s)".
        const char* source = "You wrote %n post(s) on this day in earlier years (%1).";
        QCOMPARE(QCoreApplication::translate("AppController", source, nullptr, 1).arg(QStringLiteral("2024")),
                 QStringLiteral("You wrote one post on this day in earlier years (2024)."));
        QCOMPARE(QCoreApplication::translate("AppController", source, nullptr, 2).arg(QStringLiteral("2024")),
                 QStringLiteral("You wrote 2 posts on this day in earlier years (2024)."));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

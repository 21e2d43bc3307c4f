#include "support/TestSupport.h"

#include "gui/UpgradeProgress.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace TestSupport;

class TestUpgradeProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QWidget* visibleWindow()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("upgradeProgress") && widget->isVisible())
                return widget;
        }
        return nullptr;
    }

private Q_SLOTS:
    void theWindowIsOnScreenDuringEachStepOfAnUpgrade()
    {
        const QString journal = m_dir.filePath(QStringLiteral("journal.sqlite3"));
        QVERIFY(createJournal(journal, 1));
        IntegrityCheck check(journal);
        UpgradeProgress progress;
        QStringList seen;
        QList<int> values;
        bool buttonless = true;
        connect(&progress, &UpgradeProgress::stepShown, this, [&] {
            QWidget* window = visibleWindow();
            if (!window) {
                seen << QString();
                return;
            }
            // On screen: what a user waiting on a large journal sees.
            seen << window->findChild<QLabel*>()->text();
            values << window->findChild<QProgressBar*>()->value();
            // Nothing to press: an upgrade is not stopped halfway.
            buttonless = buttonless && window->findChildren<QPushButton*>().isEmpty();
            if (seen.size() == 3)
                QCOMPARE(window->windowTitle(), QStringLiteral("Upgrading Soliloquy"));
        });
        QSignalSpy finished(&progress, &UpgradeProgress::finished);
        progress.start(journal, &check);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.at(0).startsWith(QStringLiteral("Checking your journal")));
        QVERIFY(seen.at(1).startsWith(QStringLiteral("Backing up your journal")));
        QVERIFY(seen.at(2).startsWith(QStringLiteral("Upgrading your journal")));
        QVERIFY(seen.at(2).contains(QStringLiteral("Step 3 of 3")));
        QCOMPARE(values, (QList<int>{0, 1, 2}));
        QVERIFY(buttonless);
        // Over: the window is gone, and the journal is of this version.
        QVERIFY(!visibleWindow());
        QVERIFY(!progress.window());
        Database database(journal);
        QVERIFY2(database.open(), qPrintable(database.error().message));
        QCOMPARE(database.schemaVersion(), Migration::bundled().constLast().version);
    }

    // The launch opens the journal without upgrading it first: only a journal of an earlier
    // version goes the way of the window.
    void aJournalOfThisVersionNeedsNoUpgrade()
    {
        const QString current = m_dir.filePath(QStringLiteral("current.sqlite3"));
        QVERIFY(Database(current).open());
        const QString earlier = m_dir.filePath(QStringLiteral("earlier.sqlite3"));
        QVERIFY(createJournal(earlier, 1));
        Database::Options options;
        options.migrate = false;
        for (const QString& journal : {current, earlier}) {
            IntegrityCheck check(journal);
            options.integrityCheck = &check;
            Database database(journal);
            QVERIFY2(database.open(options), qPrintable(database.error().message));
            QCOMPARE(database.upgradePending(), journal == earlier);
        }
        QVERIFY(!visibleWindow());
    }
};

QTEST_MAIN(TestUpgradeProgress)
#include "tst_upgradeprogress.moc"

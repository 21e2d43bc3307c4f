#include "support/TestSupport.h"

#include "gui/UpgradeProgress.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
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
        Database::Options options;
        options.integrityCheck = &check;
        options.upgradeProgress = [&](Database::UpgradeStep step) {
            progress.show(step);
            // On screen before the step blocks: what a user waiting on a large journal sees.
            QWidget* window = visibleWindow();
            QVERIFY(window);
            QVERIFY(window->windowHandle() && window->windowHandle()->isExposed());
            seen << window->findChild<QLabel*>()->text();
            values << window->findChild<QProgressBar*>()->value();
            // Nothing to press: an upgrade is not stopped halfway.
            QVERIFY(window->findChildren<QPushButton*>().isEmpty());
        };
        Database database(journal);
        QVERIFY2(database.open(options), qPrintable(database.error().message));
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.at(0).startsWith(QStringLiteral("Checking your journal")));
        QVERIFY(seen.at(1).startsWith(QStringLiteral("Backing up your journal")));
        QVERIFY(seen.at(2).startsWith(QStringLiteral("Upgrading your journal")));
        QVERIFY(seen.at(2).contains(QStringLiteral("Step 3 of 3")));
        QCOMPARE(values, (QList<int>{0, 1, 2}));
        QCOMPARE(visibleWindow()->windowTitle(), QStringLiteral("Upgrading Soliloquy"));

        progress.close();
        QVERIFY(!visibleWindow());
        QVERIFY(!progress.window());
    }

    void aJournalOfThisVersionShowsNoWindow()
    {
        const QString journal = m_dir.filePath(QStringLiteral("current.sqlite3"));
        QVERIFY(Database(journal).open());
        IntegrityCheck check(journal);
        UpgradeProgress progress;
        Database::Options options;
        options.integrityCheck = &check;
        options.upgradeProgress = [&progress](Database::UpgradeStep step) { progress.show(step); };
        Database database(journal);
        QVERIFY2(database.open(options), qPrintable(database.error().message));
        QVERIFY(!progress.window());
        QVERIFY(!visibleWindow());
    }
};

QTEST_MAIN(TestUpgradeProgress)
#include "tst_upgradeprogress.moc"

#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Exporter.h"
#include "core/Journal.h"
#include "gui/MarkdownHtml.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The HTML export with bodies rendered from Markdown, as the GUI will run it.
class TestMarkdownHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersMarkdownAsAFragment()
    {
        const QString html =
            MarkdownHtml::fragment(QStringLiteral("**bold** and [a link](https://example.org)\n\n- item"));
        QVERIFY(!html.contains(QStringLiteral("<body")));
        QVERIFY(!html.contains(QStringLiteral("**")));
        QVERIFY(html.contains(QStringLiteral("font-weight:700")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org\">")));
        QVERIFY(html.contains(QStringLiteral("<li")));
        // Markup typed as text stays text.
        QVERIFY(!MarkdownHtml::fragment(QStringLiteral("<script>x</script>"))
                     .contains(QStringLiteral("<script>")));
    }

    void theExportUsesIt()
    {
        TestSupport::useFastKeyDerivation();
        QTemporaryDir dir;
        JournalFixture journal(dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(journal.isReady());
        StorageError error;
        QVERIFY(Journal(journal.connection(), journal.session())
                    .send(QStringLiteral("*felt* **great**"), &error));
        Exporter exporter(journal.connection(), journal.session());
        exporter.setMarkdownRenderer(&MarkdownHtml::fragment);
        const QString path = dir.filePath(QStringLiteral("j.html"));
        QVERIFY(exporter.exportTo(path, Exporter::Format::Html).ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<div class=\"body\">")));
        QVERIFY(html.contains(QStringLiteral("font-style:italic")));
        QVERIFY(!html.contains(QStringLiteral("**great**")));
    }
};

QTEST_MAIN(TestMarkdownHtml)
#include "tst_markdownhtml.moc"

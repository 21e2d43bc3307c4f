#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Exporter.h"
#include "core/Journal.h"
#include "gui/MarkdownHtml.h"

#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

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

    // HTML typed in a post is text in the chat, the excerpts and the export: nothing is loaded
    // from it, and no attribute of it reaches the page.
    void htmlInAPostStaysText()
    {
        const QString typed = QStringLiteral(
            "<img src=\"https://tracker.example/p.png\" onerror=\"alert(1)\"> and <b>not bold</b>\n\n"
            "<div style=\"display:none\">hidden</div>");
        QTextDocument chat;
        MarkdownHtml::setPost(chat, typed);
        QVERIFY2(chat.toPlainText().contains(QStringLiteral("<img src=\"https://tracker.example/p.png\"")),
                 qPrintable(chat.toPlainText()));
        QVERIFY(chat.toPlainText().contains(QStringLiteral("<b>not bold</b>")));
        QVERIFY(chat.toPlainText().contains(QStringLiteral("<div style=\"display:none\">hidden</div>")));
        QVERIFY(MarkdownHtml::plainText(typed).contains(QStringLiteral("<b>not bold</b>")));
        const QString page = MarkdownHtml::fragment(typed);
        QVERIFY2(!page.contains(QStringLiteral("<img")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("&lt;img")));
        QVERIFY(page.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
        QVERIFY(!page.contains(QStringLiteral("<div style=\"display:none\"")));
    }

    // The page is light and prints well whatever the app's theme: no colour of a dark palette
    // is baked into it, and a post's headings come below the page's day headings (h2).
    void theExportPageKeepsItsOwnColoursAndHeadings()
    {
        const QPalette before = QGuiApplication::palette();
        QPalette dark = before;
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        QGuiApplication::setPalette(dark);
        const QString html = MarkdownHtml::fragment(QStringLiteral(
            "# Trip\n\n## Day one\n\nSee [the map](https://example.org) and `code`.\n\n> quoted"));
        QGuiApplication::setPalette(before);
        for (const char* colour : {"#8ab4f8", "#eeeeee", "#202020"})
            QVERIFY2(!html.contains(QLatin1String(colour), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<h3")) && html.contains(QStringLiteral("<h4")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<h1")) && !html.contains(QStringLiteral("<h2")));
        QVERIFY(!html.contains(QStringLiteral("font-size:")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org\">")));
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
        QVERIFY(html.contains(QStringLiteral("<div class=\"body\" dir=\"auto\">")));
        QVERIFY(html.contains(QStringLiteral("font-style:italic")));
        QVERIFY(!html.contains(QStringLiteral("**great**")));
    }
};

QTEST_MAIN(TestMarkdownHtml)
#include "tst_markdownhtml.moc"

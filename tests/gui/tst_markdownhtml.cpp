#include "support/TestSupport.h"

#include "gui/MarkdownHtml.h"

#include <QTest>
#include <QTextDocument>

// A post's Markdown as the chat and the search excerpts show it.
class TestMarkdownHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // HTML typed in a post is text in the chat and the excerpts: nothing is loaded from it
    // (the export's side is in tst_exporter).
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
    }
};

QTEST_MAIN(TestMarkdownHtml)
#include "tst_markdownhtml.moc"

// Alt+letter reaches one widget or menu entry only when its letter is unique where it is
// pressed: two "&U" in one dialog only move the focus between them, and neither is clicked.
// This reads every form in ui/ as Designer wrote it, in English and in each translation.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The letters pressed together with Alt in one window, or in one open menu.
struct Scope
{
    QString name;
    QStringList texts;
};

struct Form
{
    QString context; // the form's class: the translations' context for its strings
    QList<Scope> scopes;
};

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

QString readString(QXmlStreamReader& xml)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("string"))
            return xml.readElementText();
        xml.skipCurrentElement();
    }
    return {};
}

Form readForm(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    Form form;
    Scope window{QStringLiteral("the window"), {}};
    QHash<QString, QString> actionTexts;
    QList<std::pair<QString, QStringList>> menus; // name and the actions or menus it adds
    QHash<QString, QString> menuTitles;
    QStringList widgetClasses; // the open <widget> elements, innermost last
    QStringList widgetNames;
    QString action;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("widget")) {
                widgetClasses.removeLast();
                widgetNames.removeLast();
            } else if (xml.name() == QLatin1String("action")) {
                action.clear();
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView element = xml.name();
        const QString name = xml.attributes().value(QLatin1String("name")).toString();
        if (element == QLatin1String("class") && form.context.isEmpty()) {
            form.context = xml.readElementText();
        } else if (element == QLatin1String("widget")) {
            widgetClasses << xml.attributes().value(QLatin1String("class")).toString();
            widgetNames << name;
            if (widgetClasses.last() == QLatin1String("QMenu"))
                menus.append({name, {}});
        } else if (element == QLatin1String("action")) {
            action = name;
        } else if (element == QLatin1String("addaction") && !widgetClasses.isEmpty() &&
                   widgetClasses.last() == QLatin1String("QMenu")) {
            menus.last().second << name;
        } else if (element == QLatin1String("property") || element == QLatin1String("attribute")) {
            const bool titled = name == QLatin1String("title");
            if (name != QLatin1String("text") && !titled)
                continue;
            const QString text = readString(xml);
            if (!action.isEmpty())
                actionTexts.insert(action, text);
            else if (!widgetClasses.isEmpty() && widgetClasses.last() == QLatin1String("QMenu"))
                menuTitles.insert(widgetNames.last(), text);
            else if (!widgetClasses.isEmpty())
                window.texts << text;
        }
    }
    // The menu bar's titles are pressed in the window, beside its buttons and labels.
    window.texts << menuTitles.values();
    form.scopes << window;
    for (const auto& [menu, entries] : menus) {
        Scope scope{QStringLiteral("the menu %1").arg(menuTitles.value(menu)), {}};
        for (const QString& entry : entries)
            scope.texts << actionTexts.value(entry, menuTitles.value(entry));
        form.scopes << scope;
    }
    return form;
}

// Finished translations of one .ts file, by context and source text.
QHash<QString, QString> readTranslations(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QHash<QString, QString> translations;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") &&
                   xml.attributes().value(QLatin1String("type")).isEmpty()) {
            // Plural forms hold <numerusform> elements: read whole, they carry no mnemonic.
            translations.insert(context + QLatin1Char('\n') + source,
                                xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    return translations;
}

QStringList clashes(const Form& form, const QHash<QString, QString>& translations)
{
    QStringList found;
    for (const Scope& scope : form.scopes) {
        QHash<QChar, QString> taken;
        for (const QString& source : scope.texts) {
            const QString text = translations.value(form.context + QLatin1Char('\n') + source, source);
            const QChar letter = mnemonicOf(text);
            if (letter.isNull())
                continue;
            if (taken.contains(letter)) {
                found << QStringLiteral("%1, %2: \"%3\" and \"%4\" both use Alt+%5")
                             .arg(form.context, scope.name, taken.value(letter), text, letter.toUpper());
            } else {
                taken.insert(letter, text);
            }
        }
    }
    return found;
}

} // namespace

class TestFormMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachAltLetterIsUniqueWhereItIsPressed_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("translation");
        const QDir ui(QStringLiteral(SOLILOQUY_SOURCE_DIR "/ui"));
        const QDir translations(QStringLiteral(SOLILOQUY_SOURCE_DIR "/translations"));
        const QStringList forms = ui.entryList({QStringLiteral("*.ui")});
        QVERIFY(forms.size() >= 10);
        QStringList languages{QString()};
        for (const QString& file : translations.entryList({QStringLiteral("soliloquy_*.ts")})) {
            // soliloquy_en.ts holds English plural forms only: the forms read as their source.
            if (file != QLatin1String("soliloquy_en.ts"))
                languages << translations.filePath(file);
        }
        for (const QString& form : forms) {
            for (const QString& language : languages) {
                QTest::addRow("%s %s", qPrintable(form),
                              language.isEmpty() ? "source" : qPrintable(QFileInfo(language).fileName()))
                    << ui.filePath(form) << language;
            }
        }
    }

    void eachAltLetterIsUniqueWhereItIsPressed()
    {
        QFETCH(QString, form);
        QFETCH(QString, translation);
        const Form read = readForm(form);
        QVERIFY2(!read.context.isEmpty(), qPrintable(form));
        const QStringList found =
            clashes(read, translation.isEmpty() ? QHash<QString, QString>() : readTranslations(translation));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void aClashIsFound()
    {
        // The check itself: two entries of one menu with one letter.
        Form form{
            QStringLiteral("Example"),
            {{QStringLiteral("the menu &View"), {QStringLiteral("On &this day"), QStringLiteral("&Tags")}}}};
        QCOMPARE(clashes(form, {}).size(), 1);
        form.scopes.first().texts.last() = QStringLiteral("T&ags");
        QVERIFY(clashes(form, {}).isEmpty());
        QCOMPARE(mnemonicOf(QStringLiteral("Fish && &Chips")), QLatin1Char('c'));
    }
};

QTEST_GUILESS_MAIN(TestFormMnemonics)
#include "tst_formmnemonics.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// German and French (issue 9): every string has a finished translation, and the main window
// shows no English on any page once a language is loaded.

#include "support/tsfile.h"
#include "viewtestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::ViewTest;

namespace {

const QString Tester = u"local|tester"_s;

// Put in front of a source text our translation lacks, so the text on screen shows it
// wherever it ended up (arguments filled in, pieces joined).
constexpr QChar Untranslated = QChar(0xE000);

// Texts that stay as they are in every language: the product's name. Names from the data and
// numbers need no entry, they never come from a source string.
const QSet<QString> Allowlist{u"Gatehouse"_s};

// Answers for our contexts from the real translator, and marks what it lacks; Qt's own
// contexts fall through to the Qt translator installed beneath it.
class ProbeTranslator : public QTranslator
{
public:
    explicit ProbeTranslator(const QTranslator *real) : m_real(real) {}

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString found = m_real->translate(context, sourceText, disambiguation, n);
        const QByteArrayView name(context);
        if (!found.isEmpty() || !(name.startsWith("Gatehouse::") || name == "main"))
            return found;
        return Untranslated + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

private:
    const QTranslator *m_real = nullptr;
};

QString withoutMnemonic(QString text)
{
    return text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tsFileComplete_data();
    void tsFileComplete();
    void pluralForms_data();
    void pluralForms();
    void mainWindowTranslated_data();
    void mainWindowTranslated();

private:
    bool install(const QString &language);
    QStringList visibleTexts() const;

    QTemporaryDir m_dir;
    QString m_url;
    Window m_ui;
    QTranslator m_qt;
    QTranslator m_ours;
    std::unique_ptr<ProbeTranslator> m_probe;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(m_dir, u"tst_translations"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"demo.gatehouse"_s);
    const Result<void> created = createDemoDatabase(m_url, demoOptions(9, Tester));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
}

void tst_Translations::init()
{
    startCleanly();
}

void tst_Translations::cleanup()
{
    m_ui.close();
    if (m_probe)
        QCoreApplication::removeTranslator(m_probe.get());
    m_probe.reset();
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(QLocale::c());
}

// Qt's own strings, then ours through the probe (the last installed is asked first).
bool tst_Translations::install(const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (!m_ours.load(u"gatehouse_"_s + language, QStringLiteral(GATEHOUSE_QM_DIR)))
        return false;
    m_probe = std::make_unique<ProbeTranslator>(&m_ours);
    return QCoreApplication::installTranslator(m_probe.get());
}

void tst_Translations::tsFileComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
}

// lupdate marks a string new to the sources "unfinished": none may be left, nor an empty one.
void tst_Translations::tsFileComplete()
{
    QFETCH(QString, language);
    const Test::TsFile ts = Test::readTs(QStringLiteral(GATEHOUSE_TS_DIR) + u"/gatehouse_"_s + language + u".ts"_s);
    QVERIFY2(ts.problems.isEmpty(), qPrintable(ts.problems.join(u'\n')));
    QVERIFY2(ts.messages > 800, qPrintable(QString::number(ts.messages)));
}

void tst_Translations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de 1") << u"de"_s << 1 << u"1 Prüfung"_s;
    QTest::newRow("de 2") << u"de"_s << 2 << u"2 Prüfungen"_s;
    QTest::newRow("de 0") << u"de"_s << 0 << u"0 Prüfungen"_s;
    QTest::newRow("fr 1") << u"fr"_s << 1 << u"1 revue"_s;
    QTest::newRow("fr 2") << u"fr"_s << 2 << u"2 revues"_s;
    // French counts zero as singular.
    QTest::newRow("fr 0") << u"fr"_s << 0 << u"0 revue"_s;
}

void tst_Translations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QVERIFY(install(language));
    QCOMPARE(QCoreApplication::translate("Gatehouse::ReviewPage", "%Ln review(s)", nullptr, count), expected);
}

void tst_Translations::mainWindowTranslated_data()
{
    tsFileComplete_data();
}

void tst_Translations::mainWindowTranslated()
{
    QFETCH(QString, language);
    // English that has a different translation: seen on screen, it was never translated.
    const Test::TsFile ts = Test::readTs(QStringLiteral(GATEHOUSE_TS_DIR) + u"/gatehouse_"_s + language + u".ts"_s);
    QSet<QString> english;
    for (auto it = ts.plain.cbegin(); it != ts.plain.cend(); ++it) {
        if (withoutMnemonic(it.key()) != withoutMnemonic(it.value()))
            english.insert(withoutMnemonic(it.key()));
    }
    QVERIFY(english.size() > 500);

    QVERIFY(install(language));
    const Result<void> opened = openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));

    QStringList failures;
    for (const QString &page : MainWindow::pageNames()) {
        QVERIFY2(m_ui.window->showPage(page), qPrintable(page));
        QTest::qWait(50);
        int checked = 0;
        for (const QString &text : visibleTexts()) {
            ++checked;
            const QString plain = withoutMnemonic(text);
            if (Allowlist.contains(plain))
                continue;
            if (text.contains(Untranslated))
                failures.append(u"%1: no translation: %2"_s.arg(page, QString(text).remove(Untranslated)));
            else if (english.contains(plain))
                failures.append(u"%1: English: %2"_s.arg(page, text));
        }
        QVERIFY2(checked > 20, qPrintable(page));
    }
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

// What the window shows: its title, the menus and their actions, and of every visible widget
// its labels, buttons, tabs, placeholders, tool tips, table headers and first rows.
QStringList tst_Translations::visibleTexts() const
{
    QStringList texts{m_ui.window->windowTitle()};
    const std::function<void(const QList<QAction *> &)> addActions = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            texts << action->text() << action->toolTip();
            if (action->menu())
                addActions(action->menu()->actions());
        }
    };
    addActions(m_ui.window->menuBar()->actions());

    for (QWidget *widget : m_ui.window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        texts << widget->toolTip() << widget->windowTitle();
        for (QAction *action : widget->actions())
            texts << action->text() << action->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            texts << combo->currentText() << combo->placeholderText();
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                texts << model->headerData(column, Qt::Horizontal).toString();
                for (int row = 0; row < std::min(model->rowCount(view->rootIndex()), 10); ++row)
                    texts << model->index(row, column, view->rootIndex()).data().toString();
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers in sentences (issue 9): "1 of 1 account", "2 accounts lose access", in the user's
// digit grouping, in English as in German and French. English reads them from its own
// numerus translation, which every test has installed (tests/support/englishtranslation.cpp).

#include "core/demogenerator.h"
#include "core/directory.h"
#include "support/tsfile.h"
#include "views/confirmdialog.h"
#include "views/mainwindow.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Tester = u"local|tester"_s;

// `accounts` accounts each going to level `after` (None: losing access; Viewer: down from
// Editor; higher: from none) on one of `datastores` datastores, so both numbers can be chosen.
AccessDiff diff(int accounts, int datastores, Level after)
{
    AccessDiff diff;
    for (int a = 0; a < accounts; ++a) {
        const Level before = after == Level::None ? Level::Viewer : after == Level::Viewer ? Level::Editor : Level::None;
        diff.changes.append({Id(a + 1), Id(1 + a % datastores), before, after});
    }
    return diff;
}

} // namespace

class tst_Plurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void englishHasEveryNumerusString();
    void confirmImpact_data();
    void confirmImpact();
    void statusBarCount_data();
    void statusBarCount();

private:
    bool useLanguage(const QString &language);

    QTranslator m_translator;
};

void tst_Plurals::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
}

// English is what most users read: the locale's digits, and for "de" and "fr" their
// translation over the English one.
bool tst_Plurals::useLanguage(const QString &language)
{
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(language));
    return m_translator.load(u"gatehouse_"_s + language, QStringLiteral(GATEHOUSE_QM_DIR))
        && QCoreApplication::installTranslator(&m_translator);
}

// Every numerus string German has, English has too, both forms written out: without them
// the screen shows "account(s)".
void tst_Plurals::englishHasEveryNumerusString()
{
    const QString dir = QStringLiteral(GATEHOUSE_TS_DIR);
    const QHash<QString, QStringList> english = Test::readTs(dir + u"/gatehouse_en.ts"_s).numerus;
    const QHash<QString, QStringList> german = Test::readTs(dir + u"/gatehouse_de.ts"_s).numerus;
    QVERIFY(german.size() > 20);
    QStringList problems;
    for (auto it = german.cbegin(); it != german.cend(); ++it) {
        const QStringList forms = english.value(it.key());
        if (forms.size() != 2 || forms.contains(QString()))
            problems.append(u"no English forms: "_s + it.key());
        else if (forms.join(u' ').contains(u"(s)"_s))
            problems.append(u"\"(s)\" left in: "_s + forms.join(u" | "_s));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Plurals::confirmImpact_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("datastores");
    QTest::addColumn<int>("after");
    QTest::addColumn<QString>("expected");
    const int none = int(Level::None);
    QTest::newRow("en 0") << u"en"_s << 0 << 1 << none << u"Nobody's access changes."_s;
    QTest::newRow("en 1") << u"en"_s << 1 << 1 << none << u"1 account loses access to 1 datastore."_s;
    QTest::newRow("en 2") << u"en"_s << 2 << 2 << none << u"2 accounts lose access to 2 datastores."_s;
    QTest::newRow("en 1 of 2") << u"en"_s << 2 << 1 << none << u"2 accounts lose access to 1 datastore."_s;
    QTest::newRow("en 50,000") << u"en"_s << 50000 << 2 << none
                               << u"50,000 accounts lose access to 2 datastores."_s;
    QTest::newRow("en lower 1") << u"en"_s << 1 << 1 << int(Level::Viewer)
                                << u"1 account gets a lower level on 1 datastore."_s;
    QTest::newRow("en gain 1") << u"en"_s << 1 << 1 << int(Level::Editor) << u"1 account gains access."_s;
    QTest::newRow("en gain 2") << u"en"_s << 2 << 1 << int(Level::Editor) << u"2 accounts gain access."_s;
    QTest::newRow("de 1") << u"de"_s << 1 << 1 << none << u"Kein Zugriff mehr auf 1 Datenspeicher für 1 Konto."_s;
    QTest::newRow("de 50.000") << u"de"_s << 50000 << 2 << none
                               << u"Kein Zugriff mehr auf 2 Datenspeicher für 50.000 Konten."_s;
}

void tst_Plurals::confirmImpact()
{
    QFETCH(QString, language);
    QFETCH(int, accounts);
    QFETCH(int, datastores);
    QFETCH(int, after);
    QFETCH(QString, expected);
    QVERIFY(useLanguage(language));
    QCOMPARE(ConfirmDialog::impactText(diff(accounts, datastores, Level(after))), expected);
}

void tst_Plurals::statusBarCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("datastores");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("expected");
    const int accountPage = int(EntityKind::Account);
    const int datastorePage = int(EntityKind::Datastore);
    QTest::newRow("en 1 account") << u"en"_s << 1 << 0 << accountPage << u"1 of 1 account"_s;
    QTest::newRow("en 2 accounts") << u"en"_s << 2 << 0 << accountPage << u"2 of 2 accounts"_s;
    QTest::newRow("en 0") << u"en"_s << 1 << 0 << datastorePage << u"0 of 0 datastores"_s;
    QTest::newRow("en 1") << u"en"_s << 1 << 1 << datastorePage << u"1 of 1 datastore"_s;
    QTest::newRow("en 2") << u"en"_s << 1 << 2 << datastorePage << u"2 of 2 datastores"_s;
    QTest::newRow("en 50,000") << u"en"_s << 1 << 50000 << datastorePage << u"50,000 of 50,000 datastores"_s;
    QTest::newRow("de 1") << u"de"_s << 1 << 1 << datastorePage << u"1 von 1 Datenspeicher"_s;
    QTest::newRow("de 50.000") << u"de"_s << 1 << 50000 << datastorePage << u"50.000 von 50.000 Datenspeichern"_s;
    QTest::newRow("de 1 account") << u"de"_s << 1 << 0 << accountPage << u"1 von 1 Konto"_s;
    // French counts zero as singular.
    QTest::newRow("fr 0") << u"fr"_s << 1 << 0 << datastorePage << u"0 sur 0 magasin de données"_s;
}

void tst_Plurals::statusBarCount()
{
    QFETCH(QString, language);
    QFETCH(int, accounts);
    QFETCH(int, datastores);
    QFETCH(int, page);
    QFETCH(QString, expected);
    DemoOptions options;
    options.accounts = accounts;
    options.teams = 1;
    options.datastores = datastores;
    options.maxDatastoresPerTeam = 10;
    options.adminSubject = Tester;
    const Snapshot snapshot = generateDemo(options);
    // The operator and, for two, someone else; all active, so no filter hides one.
    QCOMPARE(snapshot.accounts.size(), accounts);
    QCOMPARE(snapshot.datastores.size(), datastores);

    QVERIFY(useLanguage(language));
    Directory directory;
    directory.load(snapshot);
    MainWindow window(&directory);
    window.setActingSubject(Tester);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(EntityKind(page));
    QTRY_COMPARE(window.countText(), expected);
}

QTEST_MAIN(tst_Plurals)
#include "tst_plurals.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class tst_TextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchKey_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ascii lower-cased") << u"Ada Byron"_s << u"ada byron"_s;
        QTest::addRow("diaeresis dropped") << u"Zoë"_s << u"zoe"_s;
        QTest::addRow("acute dropped") << u"JOSÉ"_s << u"jose"_s;
        QTest::addRow("ring dropped") << u"Ångström"_s << u"angstrom"_s;
        QTest::addRow("sharp s folds") << u"Straße"_s << u"strasse"_s;
        QTest::addRow("empty") << QString() << QString();
    }

    void searchKey()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Gatehouse::searchKey(input), expected);
    }

    void nameKey_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("same");
        QTest::addRow("case") << u"Finance"_s << u"FINANCE"_s << true;
        QTest::addRow("surrounding spaces") << u"  Finance "_s << u"finance"_s << true;
        QTest::addRow("non-ASCII case") << u"ÉQUIPE"_s << u"équipe"_s << true;
        QTest::addRow("accents differ") << u"Equipe"_s << u"Équipe"_s << false;
        QTest::addRow("inner spaces matter") << u"Sales Ops"_s << u"SalesOps"_s << false;
    }

    void nameKey()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, same);
        QCOMPARE(Gatehouse::nameKey(left) == Gatehouse::nameKey(right), same);
    }
};

QTEST_GUILESS_MAIN(tst_TextFold)
#include "tst_textfold.moc"

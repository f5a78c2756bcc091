// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/types.h"

#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class tst_Types : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTimestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
        };
        QTest::addRow("canonical") << u"2026-11-20T17:31:02Z"_s << utc(2026, 11, 20, 17, 31, 2);
        QTest::addRow("offset converted to UTC") << u"2026-11-20T19:31:02+02:00"_s
                                                 << utc(2026, 11, 20, 17, 31, 2);
        QTest::addRow("no such day") << u"2026-02-30T10:00:00Z"_s << QDateTime();
        QTest::addRow("no such hour") << u"2026-02-10T25:00:00Z"_s << QDateTime();
        QTest::addRow("letters") << u"2026-0a-10T10:00:00Z"_s << QDateTime();
        QTest::addRow("no zone is ambiguous") << u"2026-11-20T17:31:02"_s << QDateTime();
        QTest::addRow("empty") << QString() << QDateTime();
    }

    void parseTimestamp()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = Gatehouse::parseTimestamp(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void formatTimestamp()
    {
        const QDateTime berlin(QDate(2026, 1, 5), QTime(10, 0, 7), QTimeZone("Europe/Berlin"));
        QCOMPARE(Gatehouse::formatTimestamp(berlin), u"2026-01-05T09:00:07Z"_s);
        QCOMPARE(Gatehouse::formatTimestamp(QDateTime()), QString());
        const QDateTime early(QDate(987, 3, 4), QTime(1, 2, 3), QTimeZone::utc());
        QCOMPARE(Gatehouse::parseTimestamp(Gatehouse::formatTimestamp(early)), early);
    }

    void namesRoundTrip()
    {
        for (Level l : {Level::Reporter, Level::Viewer, Level::Drafter, Level::Author, Level::Editor})
            QCOMPARE(teamLevelFromName(levelName(l)), std::optional<Level>(l));
        QCOMPARE(teamLevelFromName(u"Admin"), std::optional<Level>()); // not a team level
        QCOMPARE(teamLevelFromName(u"editor"), std::optional<Level>()); // case-sensitive
        for (Role r : {Role::Admin, Role::Manager, Role::Member})
            QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
        QCOMPARE(roleFromName(u"Owner"), std::optional<Role>());
    }
};

QTEST_GUILESS_MAIN(tst_Types)
#include "tst_types.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"
#include "models/searchkeys.h"
#include "models/searchwords.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

// The accounts search reads its keys from SearchKeys (UTF-8, one buffer, split across
// threads on big tables). Whatever happened to the keys, a search must find exactly the
// rows the plain text search finds.
class tst_SearchKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesPlainTextSearch_data();
    void matchesPlainTextSearch();
    void refinementLooksOnlyAtFlaggedRows();
    void editsKeepEveryKey();
};

namespace {

const QStringList Syllables = {u"ma"_s, u"ri"_s, u"zoë"_s, u"émi"_s, u"le"_s, u"ñu"_s, u"an"_s, u"ß"_s,
                               u"日本"_s, u"@example.com"_s, u" "_s, u"7"_s, u"29"_s, u"o"_s};

QString randomKey(QRandomGenerator &random)
{
    QString key;
    const int parts = 1 + int(random.bounded(8));
    for (int i = 0; i < parts; ++i)
        key += Syllables.at(int(random.bounded(Syllables.size())));
    return searchKey(key);
}

std::vector<char> expected(const QStringList &keys, const QStringList &words)
{
    std::vector<char> flags(size_t(keys.size()), 0);
    for (qsizetype row = 0; row < keys.size(); ++row) {
        bool all = true;
        for (const QString &word : words)
            all = all && containsWord(keys.at(row), word);
        flags[size_t(row)] = all;
    }
    return flags;
}

} // namespace

void tst_SearchKeys::matchesPlainTextSearch_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("text");

    // 200,000 rows are split across threads; 1,000 are searched on one.
    for (int rows : {1000, 200000}) {
        for (const QString &text : {u"m"_s, u"ma"_s, u"mari"_s, u"zoe"_s, u"ÉMI"_s, u"ri ma"_s, u"日本"_s,
                                    u"example.com 29"_s, u"ss"_s, u"nothing-like-it"_s}) {
            QTest::addRow("%d rows, \"%s\"", rows, qPrintable(text)) << rows << text;
        }
    }
}

void tst_SearchKeys::matchesPlainTextSearch()
{
    QFETCH(int, rows);
    QFETCH(QString, text);

    // The same keys for every text of one size.
    static QHash<int, QStringList> keysOfSize;
    QStringList &keys = keysOfSize[rows];
    if (keys.isEmpty()) {
        QRandomGenerator random(7);
        for (int row = 0; row < rows; ++row)
            keys.append(randomKey(random));
    }
    SearchKeys searchKeys;
    searchKeys.assign(rows);
    for (int row = 0; row < rows; ++row)
        searchKeys.set(row, keys.at(row));
    const QStringList words = splitWords(searchKey(text));
    const QList<QByteArray> prepared = SearchKeys::prepare(words);

    std::vector<char> flags(size_t(rows), 0);
    searchKeys.match(prepared, flags, false);
    const std::vector<char> want = expected(keys, words);
    QCOMPARE(flags, want);
    for (int row = 0; row < rows; row += 97)
        QCOMPARE(searchKeys.contains(row, prepared), bool(want[size_t(row)]));
}

void tst_SearchKeys::refinementLooksOnlyAtFlaggedRows()
{
    SearchKeys keys;
    keys.assign(3);
    keys.set(0, u"maria"_s);
    keys.set(1, u"mario"_s);
    keys.set(2, u"marius"_s);
    // Row 1 was hidden by the previous search (say, a role filter): it must stay hidden.
    std::vector<char> flags = {1, 0, 1};
    keys.match(SearchKeys::prepare({u"mari"_s}), flags, true);
    QCOMPARE(flags, (std::vector<char>{1, 0, 1}));
    keys.match(SearchKeys::prepare({u"maria"_s}), flags, true);
    QCOMPARE(flags, (std::vector<char>{1, 0, 0}));
}

void tst_SearchKeys::editsKeepEveryKey()
{
    // Shorter keys are written in place, longer ones appended, inserted rows start empty,
    // and enough garbage compacts the buffer: every row must read back its last key.
    QRandomGenerator random(11);
    QStringList keys;
    SearchKeys searchKeys;
    searchKeys.assign(5000);
    for (int row = 0; row < 5000; ++row) {
        keys.append(randomKey(random));
        searchKeys.set(row, keys.last());
    }
    for (int step = 0; step < 60000; ++step) {
        const int row = int(random.bounded(keys.size()));
        switch (random.bounded(4)) {
        case 0: {
            const int count = 1 + int(random.bounded(5));
            searchKeys.insertRows(row, count);
            for (int i = 0; i < count; ++i)
                keys.insert(row, QString());
            break;
        }
        case 1:
            if (keys.size() > 100) {
                searchKeys.removeRows(row, 1);
                keys.removeAt(row);
            }
            break;
        default:
            keys[row] = step % 3 ? randomKey(random) + randomKey(random) : randomKey(random).left(2);
            searchKeys.set(row, keys.at(row));
            break;
        }
    }
    QCOMPARE(searchKeys.size(), keys.size());
    for (qsizetype row = 0; row < keys.size(); ++row)
        QCOMPARE(QString::fromUtf8(searchKeys.key(row)), keys.at(row));
    const QStringList words = {u"ma"_s};
    std::vector<char> flags(size_t(keys.size()), 0);
    searchKeys.match(SearchKeys::prepare(words), flags, false);
    QCOMPARE(flags, expected(keys, words));
}

QTEST_GUILESS_MAIN(tst_SearchKeys)
#include "tst_searchkeys.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts table with keys prepared off the GUI thread (AccountTableModel::prepareKeys,
// FastFilterProxyModel::setPreparedOrder), as the window loads an organisation, must search
// and sort exactly as the same table that computed its keys at the reset.
#include "core/directory.h"
#include "models/accounttablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

// A directory with the accounts table and its proxy over it, as a page holds them.
struct Table
{
    Directory directory;
    AccountTableModel model{&directory};
    FastFilterProxyModel proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Table()
    {
        proxy.setSourceModel(&model);
        proxy.sort(AccountTableModel::NameColumn);
    }

    // The window's way: everything per account prepared on a worker thread first, the name
    // order handed to the proxy only with keys that fit the accounts being loaded.
    void load(Directory::Prepared &organisation, AccountTableModel::PreparedKeys keys)
    {
        if (keys.fits(organisation.snapshot.accounts)) {
            proxy.setPreparedOrder(AccountTableModel::NameColumn, keys.takeNameOrder());
            model.setPreparedKeys(std::move(keys));
        }
        directory.load(organisation);
    }
    void loadPrepared(const Snapshot &snapshot)
    {
        Directory::Prepared organisation;
        std::optional<AccountTableModel::PreparedKeys> keys;
        std::thread worker([&] {
            organisation = Directory::prepare(snapshot);
            keys = AccountTableModel::prepareKeys(organisation.snapshot.accounts);
        });
        worker.join();
        QVERIFY(keys->fits(organisation.snapshot.accounts));
        load(organisation, std::move(*keys));
    }

    // Ids in display order, as one comparable string.
    QString ids() const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, 0).data(DirectoryTableModel::IdRole).toString());
        return out.join(u' ');
    }
};

// Demo accounts in an order no repository delivers, so prepare() has to sort them.
Snapshot outOfOrder(Snapshot snapshot)
{
    std::reverse(snapshot.accounts.begin(), snapshot.accounts.end());
    return snapshot;
}

} // namespace

class tst_AccountPreparedKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void searchesAndSortsAsBefore_data();
    void searchesAndSortsAsBefore();
    void keysOfOtherAccountsAreNotUsed();
    void orderOfAnotherSizeIsNotUsed();
    void editsAfterAPreparedLoad();
};

void tst_AccountPreparedKeys::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_AccountPreparedKeys::searchesAndSortsAsBefore_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::addRow("sample (accents, digits, no e-mail)") << sampleOrganisation();
    // Over 256 rows, with repeated names: ties keep id order.
    QTest::addRow("generated") << demoOrganisation(700, 20, 40, 11);
    QTest::addRow("generated, out of id order") << outOfOrder(demoOrganisation(400, 10, 30, 5));
}

void tst_AccountPreparedKeys::searchesAndSortsAsBefore()
{
    QFETCH(Snapshot, snapshot);
    Table plain;
    plain.directory.load(snapshot);
    Table prepared;
    prepared.loadPrepared(snapshot);

    QCOMPARE(prepared.model.rowCount(), plain.model.rowCount());
    QCOMPARE(prepared.ids(), plain.ids()); // the name order as the load left it
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            plain.proxy.sort(column, order);
            prepared.proxy.sort(column, order);
            QVERIFY2(prepared.ids() == plain.ids(), qPrintable(u"column %1, order %2"_s.arg(column).arg(int(order))));
        }
    }
    prepared.proxy.sort(AccountTableModel::NameColumn);
    plain.proxy.sort(AccountTableModel::NameColumn);
    for (const QString &text : {u"a"_s, u"emile"_s, u"ÉMILE"_s, u"example.com"_s, u"zoe adams"_s, u"pipeline"_s,
                                u"no such person"_s, QString()}) {
        plain.proxy.setSearchText(text);
        prepared.proxy.setSearchText(text);
        QVERIFY2(prepared.ids() == plain.ids(), qPrintable(text));
        for (int row = 0; row < prepared.model.rowCount(); ++row)
            QCOMPARE(prepared.model.searchKey(row), plain.model.searchKey(row));
    }
    QVERIFY(plain.proxy.rowCount() > 0);
}

// Keys prepared for one organisation and then another loaded (a stale preparation): the
// table computes its own and shows the organisation it holds.
void tst_AccountPreparedKeys::keysOfOtherAccountsAreNotUsed()
{
    const Snapshot shown = demoOrganisation(300, 10, 20, 3);
    Table reference;
    reference.directory.load(shown);

    Table table;
    const Snapshot other = demoOrganisation(300, 10, 20, 4);
    Directory::Prepared organisation = Directory::prepare(shown);
    AccountTableModel::PreparedKeys keys = AccountTableModel::prepareKeys(other.accounts);
    QVERIFY(!keys.fits(organisation.snapshot.accounts));
    // Even handed to the model, keys of other accounts are dropped at the reset.
    table.model.setPreparedKeys(AccountTableModel::prepareKeys(other.accounts));
    table.load(organisation, std::move(keys));

    QCOMPARE(table.ids(), reference.ids());
    for (int row = 0; row < table.model.rowCount(); ++row)
        QCOMPARE(table.model.searchKey(row), reference.model.searchKey(row));
    table.proxy.setSearchText(u"example"_s);
    reference.proxy.setSearchText(u"example"_s);
    QCOMPARE(table.ids(), reference.ids());
}

void tst_AccountPreparedKeys::orderOfAnotherSizeIsNotUsed()
{
    Table table;
    table.proxy.setPreparedOrder(AccountTableModel::NameColumn, {0, 1});
    table.directory.load(sampleOrganisation());
    Table reference;
    reference.directory.load(sampleOrganisation());
    QCOMPARE(table.proxy.rowCount(), 5);
    QCOMPARE(table.ids(), reference.ids());
}

// The incremental paths (inserted and changed rows) start from prepared keys as well as
// from computed ones.
void tst_AccountPreparedKeys::editsAfterAPreparedLoad()
{
    const Snapshot snapshot = demoOrganisation(300, 10, 20, 9);
    Table plain;
    plain.directory.load(snapshot);
    Table prepared;
    prepared.loadPrepared(snapshot);

    Account renamed = snapshot.accounts.at(17);
    renamed.name = u"Aaron Aardvark"_s;
    Account added = snapshot.accounts.at(4);
    added.id = snapshot.accounts.constLast().id + 10;
    added.subject = u"auth0|added"_s;
    added.name = u"Zed Last"_s;
    for (Table *table : {&plain, &prepared}) {
        table->directory.upsertAccount(renamed);
        table->directory.upsertAccount(added);
    }
    QCOMPARE(prepared.ids(), plain.ids());
    for (Table *table : {&plain, &prepared})
        table->proxy.setSearchText(u"zed last"_s);
    QVERIFY(prepared.ids().split(u' ').contains(QString::number(added.id)));
    QCOMPARE(prepared.ids(), plain.ids());
}

QTEST_MAIN(tst_AccountPreparedKeys)
#include "tst_accountpreparedkeys.moc"

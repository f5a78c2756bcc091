// SPDX-License-Identifier: GPL-3.0-or-later
// multiData() of the entity tables, directly and through FastFilterProxyModel, must answer
// exactly what data() answers, role by role, for every cell: the delegates of the big
// tables ask all roles of a cell in one multiData call.
#include "core/directory.h"
#include "models/accounttablemodel.h"
#include "models/datastoretablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "models/teamtablemodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

enum class Table { Accounts, Teams, Datastores };

std::unique_ptr<DirectoryTableModel> makeModel(Table table, Directory *directory)
{
    switch (table) {
    case Table::Accounts: return std::make_unique<AccountTableModel>(directory);
    case Table::Teams: return std::make_unique<TeamTableModel>(directory);
    case Table::Datastores: return std::make_unique<DatastoreTableModel>(directory);
    }
    return {};
}

// Every role a view or delegate asks, the models' own roles, and one nobody sets.
const QList<int> &allRoles()
{
    static const QList<int> roles{
        Qt::DisplayRole, Qt::DecorationRole, Qt::EditRole, Qt::ToolTipRole, Qt::StatusTipRole,
        Qt::WhatsThisRole, Qt::FontRole, Qt::TextAlignmentRole, Qt::BackgroundRole, Qt::ForegroundRole,
        Qt::CheckStateRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole, Qt::SizeHintRole,
        DirectoryTableModel::SortRole, DirectoryTableModel::IdRole, Qt::UserRole + 50,
    };
    return roles;
}

// QVariant cannot compare icons: the same icon is the same cache key.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType())
        return false;
    if (a.metaType().id() == QMetaType::QIcon)
        return a.value<QIcon>().cacheKey() == b.value<QIcon>().cacheKey();
    return a == b;
}

// multiData on `index`, every slot filled with a stale value first: a role the model does
// not set must come back empty, not keep what the caller left there.
QList<QVariant> multiDataOf(const QModelIndex &index)
{
    std::vector<QModelRoleData> span;
    for (int role : allRoles()) {
        span.emplace_back(role);
        span.back().setData(u"stale"_s);
    }
    index.multiData(span);
    QList<QVariant> values;
    for (const QModelRoleData &roleData : span)
        values.append(roleData.data());
    return values;
}

} // namespace

class tst_TableMultiData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sameAsData_data();
    void sameAsData();
    void throughTheProxy_data();
    void throughTheProxy();

private:
    Directory m_directory;
};

void tst_TableMultiData::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

void tst_TableMultiData::sameAsData_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<int>("column");
    const auto addColumns = [](const char *name, Table table, int count) {
        for (int column = 0; column < count; ++column)
            QTest::addRow("%s, column %d", name, column) << table << column;
    };
    addColumns("accounts", Table::Accounts, AccountTableModel::ColumnCount);
    addColumns("teams", Table::Teams, TeamTableModel::ColumnCount);
    addColumns("datastores", Table::Datastores, DatastoreTableModel::ColumnCount);
}

void tst_TableMultiData::sameAsData()
{
    QFETCH(Table, table);
    QFETCH(int, column);

    const std::unique_ptr<DirectoryTableModel> model = makeModel(table, &m_directory);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model->rowCount() >= 3);

    int answered = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QList<QVariant> values = multiDataOf(index);
        for (qsizetype i = 0; i < allRoles().size(); ++i) {
            const int role = allRoles().at(i);
            const QVariant expected = model->data(index, role);
            if (!sameValue(values.at(i), expected)) {
                QFAIL(qPrintable(u"row %1, role %2: multiData gave %3, data() %4"_s.arg(row).arg(role).arg(
                    values.at(i).toString(), expected.toString())));
            }
            answered += expected.isValid() ? 1 : 0;
        }
    }
    // Display, sort and id at least, on every row.
    QVERIFY(answered >= 3 * model->rowCount());
}

void tst_TableMultiData::throughTheProxy_data()
{
    QTest::addColumn<Table>("table");
    QTest::addRow("accounts") << Table::Accounts;
    QTest::addRow("teams") << Table::Teams;
    QTest::addRow("datastores") << Table::Datastores;
}

// Sorted by name, descending, and searched: proxy rows are not source rows, and the proxy
// must forward the whole span for the cell it maps to.
void tst_TableMultiData::throughTheProxy()
{
    QFETCH(Table, table);

    const std::unique_ptr<DirectoryTableModel> model = makeModel(table, &m_directory);
    FastFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(0, Qt::DescendingOrder);
    proxy.setSearchText(u"e"_s);
    QVERIFY(proxy.rowCount() >= 2);
    QVERIFY(proxy.rowCount() <= model->rowCount());

    for (int row = 0; row < proxy.rowCount(); ++row) {
        for (int column = 0; column < proxy.columnCount(); ++column) {
            const QModelIndex index = proxy.index(row, column);
            const QModelIndex source = proxy.mapToSource(index);
            const QList<QVariant> values = multiDataOf(index);
            for (qsizetype i = 0; i < allRoles().size(); ++i)
                QVERIFY2(sameValue(values.at(i), model->data(source, allRoles().at(i))),
                         qPrintable(u"row %1, column %2, role %3"_s.arg(row).arg(column).arg(allRoles().at(i))));
        }
    }
}

QTEST_MAIN(tst_TableMultiData)
#include "tst_tablemultidata.moc"

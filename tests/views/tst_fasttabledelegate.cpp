// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts, teams and datastores pages paint through FastTableDelegate. It must paint
// what QStyledItemDelegate painted, pixel for pixel (light and dark palettes, selection,
// focus frame, icons, right-aligned numbers, elided text), and leave keyboard navigation,
// selection and tooltips as they were.
#include "core/directory.h"
#include "models/accounttablemodel.h"
#include "models/datastoretablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "models/sampleorganisation.h"
#include "models/teamtablemodel.h"
#include "views/fasttabledelegate.h"
#include "views/tablepage.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QScrollBar>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

enum class Table { Accounts, Teams, Datastores };

DirectoryTableModel *makeModel(Table table, Directory *directory)
{
    switch (table) {
    case Table::Accounts: return new AccountTableModel(directory);
    case Table::Teams: return new TeamTableModel(directory);
    case Table::Datastores: return new DatastoreTableModel(directory);
    }
    return nullptr;
}

QPalette darkPalette()
{
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, QColor colour) {
        palette.setColor(QPalette::All, role, colour);
    };
    set(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    set(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    set(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    set(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    set(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    set(QPalette::Button, QColor(0x35, 0x35, 0x35));
    set(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    set(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    set(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return palette;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return count;
}

} // namespace

class tst_FastTableDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void paintsLikeTheStyledDelegate_data();
    void paintsLikeTheStyledDelegate();
    void keyboardMovesTheSelectedRow();
    void tooltipsStillShow();

private:
    std::unique_ptr<TablePage> showPage(Table table);

    Directory m_directory;
    QPalette m_palette;
};

void tst_FastTableDelegate::init()
{
    m_palette = QApplication::palette();
    // Over 256 accounts, some deactivated, both account types.
    m_directory.load(demoOrganisation(400, 12, 60, 7));
}

void tst_FastTableDelegate::cleanup()
{
    QApplication::setPalette(m_palette);
}

std::unique_ptr<TablePage> tst_FastTableDelegate::showPage(Table table)
{
    auto page = std::make_unique<TablePage>(u"test"_s, makeModel(table, &m_directory), nullptr, QString(),
                                            TablePage::CountText());
    page->resize(1000, 420);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return {};
    return page;
}

void tst_FastTableDelegate::paintsLikeTheStyledDelegate_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("columnWidth"); // 0: as the page sets them
    QTest::addColumn<int>("scrolledRows");

    QTest::addRow("accounts, light") << Table::Accounts << false << 0 << 0;
    QTest::addRow("accounts, dark") << Table::Accounts << true << 0 << 0;
    QTest::addRow("accounts, light, elided") << Table::Accounts << false << 55 << 0;
    QTest::addRow("accounts, dark, elided") << Table::Accounts << true << 55 << 0;
    QTest::addRow("accounts, light, scrolled past 256 rows") << Table::Accounts << false << 0 << 300;
    QTest::addRow("teams, light") << Table::Teams << false << 0 << 0;
    QTest::addRow("teams, dark, elided") << Table::Teams << true << 60 << 0;
    QTest::addRow("datastores, light") << Table::Datastores << false << 0 << 0;
    QTest::addRow("datastores, dark") << Table::Datastores << true << 0 << 0;
}

void tst_FastTableDelegate::paintsLikeTheStyledDelegate()
{
    QFETCH(Table, table);
    QFETCH(bool, dark);
    QFETCH(int, columnWidth);
    QFETCH(int, scrolledRows);

    if (dark)
        QApplication::setPalette(darkPalette());
    const std::unique_ptr<TablePage> page = showPage(table);
    QVERIFY(page);
    QTableView *view = page->view();
    QVERIFY(qobject_cast<FastTableDelegate *>(view->itemDelegate()));
    if (columnWidth > 0) {
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, columnWidth);
    }
    view->verticalScrollBar()->setValue(scrolledRows);

    // A selected row with the keyboard focus frame on one of its cells.
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    const int row = view->rowAt(0) + 2;
    view->setCurrentIndex(view->model()->index(row, 1));
    QVERIFY(view->selectionModel()->isRowSelected(row, {}));

    const QImage ours = view->viewport()->grab().toImage();
    view->setItemDelegate(new QStyledItemDelegate(view));
    const QImage stock = view->viewport()->grab().toImage();

    const int differing = differingPixels(ours, stock);
    if (differing != 0) {
        QTemporaryDir dir;
        dir.setAutoRemove(false);
        ours.save(dir.filePath(u"ours.png"_s));
        stock.save(dir.filePath(u"stock.png"_s));
        QFAIL(qPrintable(u"%1 pixels differ; images in %2"_s.arg(differing).arg(dir.path())));
    }
    // Not a blank viewport painted twice: text, selection and rows are there.
    QSet<QRgb> colours;
    for (int y = 0; y < ours.height(); y += 2) {
        for (int x = 0; x < ours.width(); x += 2)
            colours.insert(ours.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
}

void tst_FastTableDelegate::keyboardMovesTheSelectedRow()
{
    const std::unique_ptr<TablePage> page = showPage(Table::Accounts);
    QVERIFY(page);
    QTableView *view = page->view();
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    const auto idAt = [view](int row) {
        return view->model()->index(row, 0).data(DirectoryTableModel::IdRole).toLongLong();
    };

    // Focus alone makes the first cell current without selecting it; moving selects.
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    const int down = view->currentIndex().row();
    QVERIFY2(down >= 1, qPrintable(QString::number(down)));
    QCOMPARE(page->currentId(), idAt(down));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier); // Home alone: first column
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(page->currentId(), idAt(0));

    QTest::keyClick(view, Qt::Key_PageDown);
    const int afterPage = view->currentIndex().row();
    QVERIFY2(afterPage > 10, qPrintable(QString::number(afterPage)));
    QCOMPARE(page->currentId(), idAt(afterPage));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view->currentIndex().row(), view->model()->rowCount() - 1);
    QCOMPARE(page->currentId(), idAt(view->model()->rowCount() - 1));
    QVERIFY(view->visualRect(view->currentIndex()).intersects(view->viewport()->rect()));

    // A click selects the whole row it hits.
    const QModelIndex clicked = view->indexAt(QPoint(10, view->rowViewportPosition(view->rowAt(0) + 3) + 2));
    QVERIFY(clicked.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(clicked).center());
    QCOMPARE(page->currentId(), idAt(clicked.row()));
    QCOMPARE(view->selectionModel()->selectedIndexes().size(), view->model()->columnCount());
}

void tst_FastTableDelegate::tooltipsStillShow()
{
    const std::unique_ptr<TablePage> page = showPage(Table::Accounts);
    QVERIFY(page);
    QTableView *view = page->view();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    const QModelIndex cell = view->model()->index(1, AccountTableModel::TeamsColumn);
    const QString expected = cell.data(Qt::ToolTipRole).toString();
    QVERIFY(expected.contains(u"Public"_s));

    const QPoint at = view->visualRect(cell).center();
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), expected);
    QToolTip::hideText();
}

QTEST_MAIN(tst_FastTableDelegate)
#include "tst_fasttabledelegate.moc"

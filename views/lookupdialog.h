// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reachmodel.h"
#include "views/detailspane.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Gatehouse {

class ReachProxyModel;

// "Who reaches this datastore" / "What can this account reach": every account (datastore)
// with its level and the way it comes, sortable and filtered by text and level, exported
// as the access report's CSV restricted to the rows in view. Modeless; deletes itself when
// closed. Activating a row asks to show that entity.
class LookupDialog : public QDialog
{
    Q_OBJECT
public:
    LookupDialog(Directory *directory, ReachModel::Subject subject, Id id, QWidget *parent = nullptr);

    ReachModel *model() const { return m_model; }
    ReachProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *levelBox() const { return m_level; }
    QPushButton *exportButton() const { return m_export; }

    // The rows in view as the access report's CSV (formats.md columns).
    QByteArray csv() const;
    // Asks for a file and writes csv() to it.
    void exportCsv();

Q_SIGNALS:
    void navigateRequested(Gatehouse::EntityKind kind, qint64 id);

private:
    void updateCount();

    Directory *m_directory = nullptr;
    ReachModel *m_model = nullptr;
    ReachProxyModel *m_proxy = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_level = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Gatehouse

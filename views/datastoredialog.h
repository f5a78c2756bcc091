// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/admindialog.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Gatehouse {

// New datastore or edit datastore: name, kind, connection type. Delete (Admins only) asks
// for confirmation with its impact.
class DatastoreDialog : public AdminDialog
{
    Q_OBJECT
public:
    // `datastore` with id 0: a new datastore.
    DatastoreDialog(AdminSession *session, const Datastore &datastore, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *connectionBox() const { return m_connection; }
    QPushButton *deleteButton() const { return m_delete; }

protected:
    QList<Command> commands() const override;
    bool rebase(QString *message) override;
    QString nothingToDoText() const override;

private:
    void confirmDelete();

    Datastore m_datastore;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_connection = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Gatehouse

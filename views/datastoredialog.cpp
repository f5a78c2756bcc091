// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/datastoredialog.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "views/adminsession.h"
#include "views/confirmdialog.h"
#include "views/iconset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

DatastoreDialog::DatastoreDialog(AdminSession *session, const Datastore &datastore, QWidget *parent)
    : AdminDialog(session, datastore.id == 0 ? tr("New Datastore") : tr("Edit Datastore '%1'").arg(datastore.name), parent),
      m_datastore(datastore)
{
    auto *fields = new QWidget(this);
    m_name = new QLineEdit(datastore.name, fields);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(1000);
    m_kind = new QComboBox(fields);
    m_kind->setAccessibleName(tr("Kind"));
    for (DatastoreKind kind : {DatastoreKind::Source, DatastoreKind::Enrichment})
        m_kind->addItem(DisplayText::datastoreKind(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(datastore.kind)));
    m_connection = new QComboBox(fields);
    m_connection->setEditable(true);
    m_connection->setAccessibleName(tr("Connection"));
    // The labels in use, so a new datastore's connection is spelt like the others.
    QSet<QString> seen;
    QStringList labels;
    for (const Datastore &other : session->directory()->datastores()) {
        if (!other.connection.isEmpty() && !seen.contains(other.connection)) {
            seen.insert(other.connection);
            labels.append(other.connection);
        }
    }
    labels.sort(Qt::CaseInsensitive);
    m_connection->addItems(labels);
    m_connection->setCurrentText(datastore.connection);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Connection:"), m_connection);
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);
    contentLayout()->addWidget(fields);

    const Capabilities capabilities = session->capabilities();
    if (datastore.id != 0) {
        m_delete = buttonBox()->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
        m_delete->setIcon(IconSet::icon(IconId::Delete));
        m_delete->setAutoDefault(false);
        const bool mayDelete = capabilities.allowed(Capabilities::Action::DeleteDatastores);
        m_delete->setEnabled(mayDelete);
        m_delete->setToolTip(mayDelete ? tr("Delete this datastore")
                                       : capabilities.reason(Capabilities::Action::DeleteDatastores));
        connect(m_delete, &QPushButton::clicked, this, &DatastoreDialog::confirmDelete);
    }
    if (!capabilities.allowed(Capabilities::Action::EditDatastores))
        setReadOnly(capabilities.reason(Capabilities::Action::EditDatastores));

    connect(m_name, &QLineEdit::textChanged, this, &DatastoreDialog::schedulePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DatastoreDialog::schedulePreview);
    connect(m_connection, &QComboBox::currentTextChanged, this, &DatastoreDialog::schedulePreview);
    m_name->setFocus();
    resize(560, 360);
}

QList<Command> DatastoreDialog::commands() const
{
    Datastore edited = m_datastore;
    edited.name = m_name->text();
    edited.kind = DatastoreKind(m_kind->currentData().toInt());
    edited.connection = m_connection->currentText().trimmed();
    if (m_datastore.id == 0)
        return edited.name.trimmed().isEmpty() ? QList<Command>() : QList<Command>{Command::createDatastore(edited)};
    if (edited == m_datastore)
        return {};
    return {Command::updateDatastore(edited)};
}

QString DatastoreDialog::nothingToDoText() const
{
    return m_datastore.id == 0 ? tr("Type the datastore's name.") : AdminDialog::nothingToDoText();
}

bool DatastoreDialog::rebase(QString *message)
{
    if (m_datastore.id == 0)
        return true;
    const Directory *directory = session()->directory();
    const qsizetype pos = directory->datastorePos(m_datastore.id);
    if (pos < 0) {
        *message = tr("The datastore '%1' no longer exists.").arg(m_datastore.name);
        return false;
    }
    m_datastore = directory->datastores().at(pos);
    return true;
}

void DatastoreDialog::confirmDelete()
{
    ConfirmDialog confirm(session(), tr("Delete Datastore"),
                          tr("Delete the datastore '%1'? Every team loses it.").arg(m_datastore.name),
                          Command::deleteDatastore(m_datastore.id, m_datastore.version), this);
    if (confirm.exec() == QDialog::Accepted)
        done(QDialog::Accepted);
}

} // namespace Gatehouse

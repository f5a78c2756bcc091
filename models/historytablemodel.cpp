// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/historytablemodel.h"

#include "core/directory.h"
#include "models/displaytext.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gatehouse {

HistoryTableModel::HistoryTableModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{
    if (m_directory) {
        connect(m_directory, &Directory::reset, this, &HistoryTableModel::namesChanged);
        connect(m_directory, &Directory::accountsChanged, this, &HistoryTableModel::namesChanged);
        connect(m_directory, &Directory::accountsInserted, this, &HistoryTableModel::namesChanged);
        connect(m_directory, &Directory::datastoresChanged, this, &HistoryTableModel::namesChanged);
    }
}

void HistoryTableModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_changes.assign(size_t(m_records.size()), std::nullopt);
    m_recordedNames.clear();
    m_recordedNamesRead = false;
    endResetModel();
}

void HistoryTableModel::prependRecords(const QList<AuditRecord> &records)
{
    if (records.isEmpty())
        return;
    beginInsertRows({}, 0, int(records.size()) - 1);
    m_records = records + m_records;
    m_changes.insert(m_changes.begin(), size_t(records.size()), std::nullopt);
    m_recordedNames.clear();
    m_recordedNamesRead = false;
    endInsertRows();
}

// Actor and names shown in the changes follow the Directory.
void HistoryTableModel::namesChanged()
{
    std::fill(m_changes.begin(), m_changes.end(), std::nullopt);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, ActorColumn), index(int(m_records.size()) - 1, ChangeColumn));
}

QString HistoryTableModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts = {
        {u"team.create"_s, QT_TR_NOOP("Created team")},
        {u"team.update"_s, QT_TR_NOOP("Updated team")},
        {u"team.delete"_s, QT_TR_NOOP("Deleted team")},
        {u"account.set-role"_s, QT_TR_NOOP("Changed role")},
        {u"account.set-teams"_s, QT_TR_NOOP("Changed an account's teams")},
        {u"account.deactivate"_s, QT_TR_NOOP("Deactivated account")},
        {u"account.reactivate"_s, QT_TR_NOOP("Reactivated account")},
        {u"service.create"_s, QT_TR_NOOP("Created service account")},
        {u"datastore.create"_s, QT_TR_NOOP("Created datastore")},
        {u"datastore.update"_s, QT_TR_NOOP("Updated datastore")},
        {u"datastore.delete"_s, QT_TR_NOOP("Deleted datastore")},
        {u"account.sign-in"_s, QT_TR_NOOP("Signed in")},
        {u"scim.sync"_s, QT_TR_NOOP("Directory sync")},
        {u"token.create"_s, QT_TR_NOOP("Created token")},
        {u"token.revoke"_s, QT_TR_NOOP("Revoked token")},
        {u"token.restore"_s, QT_TR_NOOP("Restored token")},
        {u"token.delete"_s, QT_TR_NOOP("Deleted token")},
        {u"settings.update"_s, QT_TR_NOOP("Changed settings")},
        {u"create organisation"_s, QT_TR_NOOP("Created organisation")},
        {u"import"_s, QT_TR_NOOP("Imported organisation")},
    };
    const auto it = texts.constFind(action);
    return it == texts.cend() ? action : tr(it.value());
}

const AuditChange &HistoryTableModel::change(int row) const
{
    std::optional<AuditChange> &cached = m_changes[size_t(row)];
    if (!cached) {
        cached = AuditChange::describe(m_records.at(row),
                                       [this](QStringView entity, Id id) { return nameOf(entity, id); });
    }
    return *cached;
}

QString HistoryTableModel::actorName(const QString &subject) const
{
    if (subject.isEmpty())
        return tr("(no account)");
    if (m_directory) {
        const qsizetype pos = m_directory->accountPosBySubject(subject);
        if (pos >= 0 && !m_directory->accounts().at(pos).name.isEmpty())
            return m_directory->accounts().at(pos).name;
    }
    return subject;
}

QString HistoryTableModel::nameOf(QStringView entity, Id id) const
{
    if (m_directory) {
        if (entity == u"account") {
            const qsizetype pos = m_directory->accountPos(id);
            if (pos >= 0)
                return m_directory->accounts().at(pos).name;
        } else if (entity == u"datastore") {
            const qsizetype pos = m_directory->datastorePos(id);
            if (pos >= 0)
                return m_directory->datastores().at(pos).name;
        }
    }
    if (!m_recordedNamesRead) {
        // Newest first: the first name seen for an id is its latest.
        for (const AuditRecord &record : m_records) {
            if (record.entity != u"account" && record.entity != u"datastore")
                continue;
            QHash<Id, QString> &names = m_recordedNames[record.entity];
            if (names.contains(record.entityId))
                continue;
            const QString &json = record.afterJson.isEmpty() ? record.beforeJson : record.afterJson;
            const QString name = QJsonDocument::fromJson(json.toUtf8()).object().value(u"name").toString();
            if (!name.isEmpty())
                names.insert(record.entityId, name);
        }
        m_recordedNamesRead = true;
    }
    return m_recordedNames.value(entity.toString()).value(id);
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AuditRecord &record = m_records.at(index.row());
    const auto column = Column(index.column());

    const auto entityText = [&]() -> QString {
        const QString &name = change(index.row()).entityName;
        if (record.entity == u"team")
            return tr("Team '%1'").arg(name);
        if (record.entity == u"account")
            return tr("Account '%1'").arg(name);
        if (record.entity == u"datastore")
            return tr("Datastore '%1'").arg(name);
        if (record.entity == u"organisation")
            return tr("Organisation");
        if (record.entity == u"token")
            return name.isEmpty() ? tr("Token") : tr("Token '%1'").arg(name);
        if (record.entity == u"settings")
            return tr("Settings");
        return name.isEmpty() ? record.entity : u"%1 '%2'"_s.arg(record.entity, name);
    };

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case TimeColumn:
            if (role == SortRole)
                return record.at;
            return record.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case ActorColumn: return actorName(record.actorSubject);
        case ActionColumn: return actionText(record.action);
        case EntityColumn: return entityText();
        case ChangeColumn: return change(index.row()).summary;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TimeColumn: return DisplayText::exactTime(record.at);
        case ActorColumn: return record.actorSubject.isEmpty() ? QVariant() : QVariant(record.actorSubject);
        case ChangeColumn: return change(index.row()).details;
        default: return {};
        }
    case RecordIdRole:
        return record.id;
    case DetailsRole:
        return change(index.row()).details;
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("Actor");
    case ActionColumn: return tr("Action");
    case EntityColumn: return tr("What");
    case ChangeColumn: return tr("Change");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/transaction.h"

#include "repository/logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Gatehouse {

Transaction::Transaction(const QSqlDatabase &db, Kind kind)
    : m_db(db)
{
    const bool sqlite = m_db.driverName() == u"QSQLITE";
    const QString begin = kind == Kind::Write && sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    m_active = run(begin);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!run(u"COMMIT"_s))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!run(u"ROLLBACK"_s))
        qCWarning(lcRepository) << "rollback failed:" << m_error.text();
}

bool Transaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}

} // namespace Gatehouse

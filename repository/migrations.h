// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse {

// One numbered schema step, from the resource :/sql/<dialect>/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;   // file name, for logs and errors
    QString sql;
};

// The migrations compiled into this build for `dialect` ("sqlite" or "postgresql"),
// ascending by version.
QList<Migration> migrationsFor(QStringView dialect);

// The highest schema version this build knows for `dialect`; 0 when none.
int latestSchemaVersion(QStringView dialect);

// Splits a script into single statements (the Qt drivers run one per exec()).
// Understands quotes, PostgreSQL's dollar quotes ($$ ... $$, $tag$ ... $tag$), -- and /* */
// comments, and SQLite's CREATE TRIGGER ... BEGIN ... END bodies, whose inner ';' do not
// end the statement. Not a full SQL lexer: enough for our own files.
QStringList splitSqlStatements(QStringView script);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QStringList>

namespace Gatehouse {

// What a report shows: the view an auditor had on screen (or the command line asked for),
// and the facts printed in its heading.
struct ReportRequest
{
    enum class Scope : quint8 {
        Matrix,     // accounts x datastores in view
        Account,    // one account's row (accounts holds that one id)
        Datastore,  // one datastore's column (datastores holds that one id)
        Findings,   // the findings only, no access table
    };

    QString title;
    QString databaseLabel;      // e.g. the database URL; never a password
    QDateTime generated;        // UTC; invalid = now
    QDateTime asOf;             // invalid = the current organisation
    QStringList filters;        // filters applied, one line each, as the user reads them
    Scope scope = Scope::Matrix;
    QList<Id> accounts;         // accounts in view; empty = all
    QList<Id> datastores;       // datastores in view; empty = all
    bool includeFindings = true;

    // HTML and PDF tables stop after this many rows with a note; the CSV has every row.
    // Keeps a PDF of the whole W50k matrix to a few seconds and a sane size.
    int tableRowLimit = 5000;
    // Items listed per finding in HTML and PDF (the findings CSV lists them all).
    int findingItemLimit = 120;

    // "Access matrix", "Access of ...": a default title when `title` is empty.
    static QString scopeName(Scope scope);
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Gatehouse::Ctl {

// Each takes the command's own arguments (after the command name) and returns the
// process exit code (commandline.h, ExitCode).
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runAccess(const QStringList &arguments);
int runDemo(const QStringList &arguments);
// Admin commands (adminsupport.h): each acts as the local account.
int runTeam(const QStringList &arguments);
int runAccount(const QStringList &arguments);
int runService(const QStringList &arguments);
int runDatastore(const QStringList &arguments);
int runExplain(const QStringList &arguments);
int runHistory(const QStringList &arguments);
// Needs a QGuiApplication (QTextDocument, QPdfWriter): main() creates one for it.
int runReport(const QStringList &arguments);
// Access reviews: list, export evidence (csv, pdf).
int runReview(const QStringList &arguments);
// Moves an organisation, history and reviews included, into a new database.
int runCopy(const QStringList &arguments);
// Least-privilege PostgreSQL roles: --auditor (read-only) or --admin.
int runGrant(const QStringList &arguments);
// API tokens: create (prints the secret alone), list, revoke, restore, delete.
int runToken(const QStringList &arguments);
// SSO settings: show, set, disable.
int runSso(const QStringList &arguments);
// The SCIM 2.0 and read API server, until SIGINT / SIGTERM.
int runServe(const QStringList &arguments);

} // namespace Gatehouse::Ctl

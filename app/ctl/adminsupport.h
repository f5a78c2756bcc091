// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "core/adminservice.h"
#include "core/repository.h"

#include <memory>

namespace Gatehouse::Ctl {

// Standard output, UTF-8.
void printOut(const QString &text);

// The repository and its organisation as loaded now, for one admin command.
struct Organisation
{
    std::unique_ptr<Repository> repository;
    Snapshot snapshot;
};
Result<Organisation> loadOrganisation(const QString &url);

// Lookups by what a person types: team and datastore names ignoring case (nameKey),
// subjects exactly. Errors name the option and the value.
Result<const Team *> teamByName(const Snapshot &snapshot, const QString &option, const QString &name);
Result<const Datastore *> datastoreByName(const Snapshot &snapshot, const QString &option, const QString &name);
Result<const Account *> accountBySubject(const Snapshot &snapshot, const QString &option, const QString &subject);
Result<Level> levelByName(const QString &option, const QString &name);
Result<Role> roleByName(const QString &option, const QString &name);
Result<DatastoreKind> kindByName(const QString &option, const QString &name);

// Adds --dry-run to a command that changes the organisation.
void addDryRunOption(CommandLine &cl);

// Plans `command` as the local account, then commits it (or with --dry-run only shows it);
// prints the change and its effect on access. Returns the exit code.
int runChange(CommandLine &cl, Organisation &organisation, const Command &command);

// Prints the error (and its detail) and gives ExitError.
int fail(const Error &error);

// "team", "account", ...: a command with sub-commands, e.g. "team create".
struct SubCommand
{
    QStringView name;
    int (*run)(const QStringList &);
    QStringView summary;
};
int dispatch(const QString &group, const QList<SubCommand> &commands, const QStringList &arguments);

} // namespace Gatehouse::Ctl

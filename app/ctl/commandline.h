// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repository.h"
#include "core/result.h"
#include "repository/openmode.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace Gatehouse::Ctl {

// Exit codes of every command (docs/cli.md).
enum ExitCode : int { ExitOk = 0, ExitError = 1, ExitUsage = 2 };

// One command's argument parser. parse() never exits the process (QCommandLineParser::
// process() would, with its own codes); it returns the exit code to use when the command
// must stop (help shown, usage error), or nothing when the command should run.
class CommandLine
{
public:
    // `synopsis` follows "gatehousectl", e.g. "import [--db URL] [--replace] FILE".
    CommandLine(const QString &command, const QString &synopsis, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addDatabaseOption();
    void addOutputOption(const QString &description);

    // `arguments` are the command's own, without the program and command names.
    std::optional<int> parse(const QStringList &arguments);

    // Prints "gatehousectl: <message> Try 'gatehousectl <command> --help'." and gives 2.
    int usageError(const QString &message) const;

    QString databaseUrl() const; // --db, or the default organisation
    QString output() const;      // -o, empty for standard output

private:
    QString helpText() const;

    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
};

// "gatehousectl: <message>" on stderr.
void printError(const QString &message);
// The repository's message, then its detail on a second line when set.
void printError(const Error &error);

// Opens the database at `url` acting as the local account (the creator when new).
Result<std::unique_ptr<Repository>> openDatabase(const QString &url, OpenMode mode);

// Writes `bytes` to `path` atomically (nothing is left behind on failure), or to standard
// output when `path` is empty or "-".
Result<void> writeOutput(const QString &path, const QByteArray &bytes);

} // namespace Gatehouse::Ctl

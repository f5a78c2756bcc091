// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "core/localidentity.h"
#include "repository/databaseurl.h"
#include "repository/repositoryfactory.h"

#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

CommandLine::CommandLine(const QString &command, const QString &synopsis,
                         const QString &description)
    : m_command(command), m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandLine::addDatabaseOption()
{
    m_parser.addOption(QCommandLineOption(
        u"db"_s,
        u"Database location: sqlite:PATH, a bare path, or postgresql://USER@HOST:PORT/DB. "
        "Default: the organisation in the user's application data folder."_s,
        u"URL"_s));
}

void CommandLine::addOutputOption(const QString &description)
{
    m_parser.addOption(QCommandLineOption({u"o"_s, u"output"_s}, description, u"FILE"_s));
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    // QCommandLineParser skips the first entry as the program name.
    if (!m_parser.parse(QStringList{u"gatehousectl"_s} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        const QByteArray text = helpText().toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return ExitOk;
    }
    return std::nullopt;
}

int CommandLine::usageError(const QString &message) const
{
    QString line = message.trimmed();
    if (!line.endsWith(u'.'))
        line += u'.';
    printError(line + u" Try 'gatehousectl "_s + m_command + u" --help'."_s);
    return ExitUsage;
}

QString CommandLine::databaseUrl() const
{
    return m_parser.isSet(u"db"_s) ? m_parser.value(u"db"_s) : defaultDatabaseUrl();
}

QString CommandLine::output() const
{
    const QString path = m_parser.value(u"output"_s);
    return path == u"-" ? QString() : path;
}

QString CommandLine::helpText() const
{
    // Qt's first line names the program file only; ours names the command.
    QString text = m_parser.helpText();
    const qsizetype firstBreak = text.indexOf(u'\n');
    text.replace(0, firstBreak, u"Usage: gatehousectl "_s + m_synopsis);
    return text;
}

void printError(const QString &message)
{
    const QByteArray line = (u"gatehousectl: "_s + message + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void printError(const Error &error)
{
    printError(error.message);
    if (!error.detail.isEmpty()) {
        const QByteArray line = (u"detail: "_s + error.detail + u'\n').toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
}

Result<std::unique_ptr<Repository>> openDatabase(const QString &url, OpenMode mode)
{
    return openRepository(url, mode, localSubject(), localDisplayName());
}

Result<void> writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())
            || std::fflush(stdout) != 0)
            return makeError(Error::Code::Io, u"Cannot write to standard output."_s);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, u"Cannot write %1."_s.arg(path), file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io, u"Cannot write %1."_s.arg(path), file.errorString());
    return {};
}

} // namespace Gatehouse::Ctl

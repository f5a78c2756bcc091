// SPDX-License-Identifier: GPL-3.0-or-later
#include "startbench.h"

#include "benchtable.h"
#include "core/localidentity.h"
#include "core/snapshot.h"
#include "repository/repositoryfactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

namespace {

struct Launch {
    double firstPaintMs = 0;
    double peakMB = 0;
};

// Peak resident set of a running process, from /proc/<pid>/status (VmHWM, kB).
double peakResidentMB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Starts `program`, waits for its "first-paint" line (at most a minute), reads its memory,
// kills it. Empty when it never got there; `error` then says why.
std::optional<Launch> launch(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, QString &error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return std::nullopt;
    }
    QByteArray output;
    std::optional<Launch> result;
    while (timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(int(60000 - timer.elapsed())))
            break;
        output += process.readAllStandardOutput();
        if (output.contains("first-paint\n")) {
            Launch l;
            l.firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
            l.peakMB = peakResidentMB(process.processId());
            result = l;
            break;
        }
    }
    if (!result) {
        error = u"%1 %2 reported no first paint within a minute (exit %3): %4"_s.arg(
            program, arguments.join(u' '), QString::number(process.exitCode()),
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(300));
    }
    process.kill();
    process.waitForFinished(10000);
    return result;
}

} // namespace

StartBench::StartBench(const Snapshot *snapshot, QString label, int runs)
    : m_snapshot(snapshot), m_label(std::move(label)), m_runs(runs)
{
}

bool StartBench::run(BenchTable &table)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString emptyFile = dir.filePath(u"empty.gatehouse"_s);
    const QString fullFile = dir.filePath(u"full.gatehouse"_s);
    double importMs = 0;
    for (const QString &file : {emptyFile, fullFile}) {
        auto repository = openRepository(u"sqlite:"_s + file, OpenMode::CreateIfMissing, localSubject(),
                                         localDisplayName());
        if (!repository) {
            out << "cannot create " << file << ": " << repository.error().message << Qt::endl;
            table.addFailure(u"start to first paint"_s, repository.error().message);
            return false;
        }
        if (file == fullFile) {
            importMs = timeMs([&] {
                const Result<void> imported =
                    (*repository)->importSnapshot(*m_snapshot, Repository::ImportMode::Replace, {});
                if (!imported)
                    out << "import failed: " << imported.error().message << Qt::endl;
            });
        }
    }
    out << "start-up: " << m_label << " organisation imported into a SQLite file in "
        << QString::number(importMs / 1000, 'f', 1) << " s" << Qt::endl;

    // Both programs: the same platform, fonts and environment; their settings in a
    // directory of their own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GATEHOUSE_REPORT_FIRST_PAINT"_s, u"1"_s);
    for (const QString &xdg : {u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CACHE_HOME"_s, u"XDG_STATE_HOME"_s})
        environment.insert(xdg, dir.filePath(xdg.toLower()));

    const QString gatehouse = QStringLiteral(GATEHOUSE_GUI_PATH);
    const QString minimal = QStringLiteral(GATEHOUSE_BENCH_WINDOW_PATH);
    struct Series {
        QString name;
        QString program;
        QStringList arguments;
        QList<double> times;
        QList<double> memory;
        QString error;
    };
    QList<Series> series = {
        {u"minimal window"_s, minimal, {}, {}, {}, {}},
        {u"gatehouse, empty organisation"_s, gatehouse, {u"--db"_s, u"sqlite:"_s + emptyFile}, {}, {}, {}},
        {u"gatehouse, %1"_s.arg(m_label), gatehouse, {u"--db"_s, u"sqlite:"_s + fullFile}, {}, {}, {}},
    };
    // Interleaved, so a busy moment of the machine falls on every series alike. One
    // launch each first, untimed: the file cache then holds the libraries for all.
    for (int r = -1; r < m_runs; ++r) {
        for (Series &s : series) {
            if (!s.error.isEmpty())
                continue;
            const std::optional<Launch> l = launch(s.program, s.arguments, environment, s.error);
            if (l && r >= 0) {
                s.times.append(l->firstPaintMs);
                s.memory.append(l->peakMB);
            }
        }
    }
    bool ok = true;
    for (const Series &s : series) {
        if (!s.error.isEmpty()) {
            out << "start-up: " << s.error << Qt::endl;
            ok = false;
        } else {
            out << "start-up: " << s.name << ": first paint " << QString::number(median(s.times), 'f', 0)
                << " ms, peak resident " << QString::number(median(s.memory), 'f', 1) << " MB" << Qt::endl;
        }
    }
    const Series &base = series.at(0);
    const auto row = [&](const Series &s, const QString &metric, double maxRatio) {
        if (!base.error.isEmpty() || !s.error.isEmpty())
            table.addFailure(metric, base.error.isEmpty() ? s.error : base.error);
        else
            table.addAtMost(metric, median(s.times), median(base.times), maxRatio);
    };
    row(series.at(1), u"start to first paint, empty db: ours/minimal window"_s, 1.5);
    row(series.at(2), u"start to first paint, %1 db: ours/minimal window"_s.arg(m_label), 3);
    if (base.error.isEmpty() && series.at(2).error.isEmpty()) {
        table.addExtraAtMost(u"memory, %1 loaded: peak RSS over minimal window"_s.arg(m_label),
                             median(series.at(2).memory), median(base.memory), 64);
    }
    out << Qt::endl;
    return ok;
}

} // namespace Gatehouse::Bench

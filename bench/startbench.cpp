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

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

namespace {

struct Launch {
    double firstPaintMs = 0;
    double shownMs = 0; // the organisation shown; 0 for the minimal window
    double peakMB = 0;  // at the last line waited for
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

// Starts `program`, waits for its "first-paint" line and, with `waitForShown`, then for
// "organisation-shown" (at most a minute in all), reads its memory, kills it. Empty when it
// never got there; `error` then says why.
std::optional<Launch> launch(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, bool waitForShown, QString &error)
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
    Launch l;
    bool done = false;
    while (timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(int(60000 - timer.elapsed())))
            break;
        output += process.readAllStandardOutput();
        const double now = double(timer.nsecsElapsed()) / 1e6;
        if (l.firstPaintMs == 0 && output.contains("first-paint\n"))
            l.firstPaintMs = now;
        if (waitForShown && l.shownMs == 0 && output.contains("organisation-shown\n"))
            l.shownMs = now;
        if (l.firstPaintMs > 0 && (!waitForShown || l.shownMs > 0)) {
            l.peakMB = peakResidentMB(process.processId());
            done = true;
            break;
        }
    }
    if (!done) {
        error = u"%1 %2 reported no %3 within a minute (exit %4): %5"_s.arg(
            program, arguments.join(u' '),
            l.firstPaintMs == 0 ? u"first paint"_s : u"organisation shown"_s,
            QString::number(process.exitCode()),
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(300));
    }
    process.kill();
    process.waitForFinished(10000);
    return done ? std::optional<Launch>(l) : std::nullopt;
}

// Starts gatehouse with GATEHOUSE_REPORT_STALLS set and returns the longest gap its GUI
// thread left between two 10 ms timer ticks until the organisation was shown (its line
// "longest-stall <ms>"), or empty with `error` set.
std::optional<double> longestStall(const QString &program, const QStringList &arguments,
                                   QProcessEnvironment environment, QString &error)
{
    environment.insert(u"GATEHOUSE_REPORT_STALLS"_s, u"1"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    std::optional<double> stall;
    while (!stall && process.waitForReadyRead(int(std::max<qint64>(1, 120000 - timer.elapsed())))) {
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf("longest-stall ");
        const qsizetype end = at < 0 ? -1 : output.indexOf('\n', at);
        if (end > at)
            stall = output.mid(at + 14, end - at - 14).toDouble();
    }
    if (!stall) {
        error = u"%1 %2 reported no longest stall within two minutes: %3"_s.arg(
            program, arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(300));
    }
    process.kill();
    process.waitForFinished(10000);
    return stall;
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
        bool gatehouse = true;
        QList<double> times;
        QList<double> shown;
        QList<double> memory;
        QString error;
    };
    QList<Series> series = {
        {u"minimal window"_s, minimal, {}, false, {}, {}, {}, {}},
        {u"gatehouse, empty organisation"_s, gatehouse, {u"--db"_s, u"sqlite:"_s + emptyFile}, true, {}, {}, {}, {}},
        {u"gatehouse, %1"_s.arg(m_label), gatehouse, {u"--db"_s, u"sqlite:"_s + fullFile}, true, {}, {}, {}, {}},
    };
    // Interleaved, so a busy moment of the machine falls on every series alike. One
    // launch each first, untimed: the file cache then holds the libraries for all.
    for (int r = -1; r < m_runs; ++r) {
        for (Series &s : series) {
            if (!s.error.isEmpty())
                continue;
            const std::optional<Launch> l = launch(s.program, s.arguments, environment, s.gatehouse, s.error);
            if (l && r >= 0) {
                s.times.append(l->firstPaintMs);
                s.shown.append(l->shownMs);
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
            out << "start-up: " << s.name << ": first paint " << QString::number(median(s.times), 'f', 0) << " ms";
            if (s.gatehouse)
                out << ", organisation shown " << QString::number(median(s.shown), 'f', 0) << " ms";
            out << ", peak resident " << QString::number(median(s.memory), 'f', 1) << " MB" << Qt::endl;
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
    // What the window shows at its first paint depends on how far the database got; these
    // say when the organisation itself appeared (ratio: ours / minimal window, information).
    for (const Series *s : {&series.at(1), &series.at(2)}) {
        if (base.error.isEmpty() && s->error.isEmpty()) {
            table.addAtMost(u"organisation shown, %1 db: ours/minimal window"_s.arg(s == &series.at(1) ? u"empty"_s : m_label),
                            median(s->shown), median(base.times), 0);
        }
    }
    if (base.error.isEmpty() && series.at(2).error.isEmpty()) {
        table.addExtraAtMost(u"memory, %1 loaded: peak RSS over minimal window"_s.arg(m_label),
                             median(series.at(2).memory), median(base.memory), 64);
    }

    // A frozen window while the organisation arrives: an absolute budget, one frame-ish
    // pause a person does not read as a hang.
    QList<double> stalls;
    QString stallError;
    for (int r = 0; r < m_runs && stallError.isEmpty(); ++r) {
        if (const std::optional<double> stall = longestStall(gatehouse, series.at(2).arguments, environment, stallError))
            stalls.append(*stall);
    }
    const QString stallMetric = u"open %1: longest GUI stall"_s.arg(m_label);
    if (stallError.isEmpty()) {
        out << "start-up: " << m_label << " longest GUI-thread stalls:";
        for (double stall : std::as_const(stalls))
            out << ' ' << QString::number(stall, 'f', 0);
        out << " ms" << Qt::endl;
        table.addBudget(stallMetric, median(stalls), 200);
    } else {
        out << "start-up: " << stallError << Qt::endl;
        table.addFailure(stallMetric, stallError);
        ok = false;
    }
    out << Qt::endl;
    return ok;
}

} // namespace Gatehouse::Bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real gatehousectl (GATEHOUSECTL_PATH, set by tests/cli/CMakeLists.txt) as a
// process for the command-line tests. Header-only.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Gatehouse::CtlTest {

// How a gatehousectl process ended: exitCode is -1 when it crashed or did not finish.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The caller's environment with HOME and XDG_DATA_HOME inside `dir`, so the default
// organisation (no --db) and any ~/.pgpass stay there, and without QT_LOGGING_RULES.
inline QProcessEnvironment environmentIn(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

// Removes what names a display: commands that need QtGui pick the offscreen platform by
// themselves.
inline void removeDisplay(QProcessEnvironment &env)
{
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

// Runs gatehousectl with `arguments` in `dir`, waiting up to `timeoutMs`.
inline Run run(const QStringList &arguments, const QTemporaryDir &dir, const QProcessEnvironment &env,
               int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(GATEHOUSECTL_PATH), arguments);
    Run r;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace Gatehouse::CtlTest

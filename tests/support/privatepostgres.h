// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PostgreSQL server of the test's own (scripts/pg-test-server, named by GATEHOUSE_PG_SERVER
// for tests declared with gatehouse_add_test(... POSTGRES ...)), to stop and start again.
// Header-only.

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace Gatehouse::TestPostgres {

class PrivateServer
{
public:
    PrivateServer() : m_script(qEnvironmentVariable("GATEHOUSE_PG_SERVER")) {}
    ~PrivateServer()
    {
        if (m_started)
            run(QStringLiteral("destroy"));
    }
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    QString url() const { return m_url; }
    // Empty on success, else why not. The event loop runs meanwhile.
    QString start()
    {
        if (m_script.isEmpty())
            return QStringLiteral("GATEHOUSE_PG_SERVER is not set: run the test through ctest");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        m_started = true;
        if (QString error = run(QStringLiteral("start")); !error.isEmpty())
            return error;
        QFile file(m_dir.filePath(QStringLiteral("url")));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("the server wrote no URL");
        m_url = QString::fromUtf8(file.readAll()).trimmed();
        return {};
    }
    QString stop() { return run(QStringLiteral("stop")); }

private:
    QString run(const QString &command)
    {
        QProcess process;
        process.start(m_script, {command, m_dir.path()});
        if (!process.waitForStarted())
            return QStringLiteral("cannot run %1").arg(m_script);
        while (process.state() != QProcess::NotRunning)
            QTest::qWait(50);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("pg-test-server %1 failed: %2")
                .arg(command, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }

    QString m_script;
    QTemporaryDir m_dir;
    QString m_url;
    bool m_started = false;
};

} // namespace Gatehouse::TestPostgres

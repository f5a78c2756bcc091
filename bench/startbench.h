// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gatehouse {
struct Snapshot;
}

namespace Gatehouse::Bench {

class BenchTable;

// Start-up and memory of the real `gatehouse` program against gatehouse-bench-window, the
// smallest Qt window built alongside. Each is started as a process with
// GATEHOUSE_REPORT_FIRST_PAINT set and timed from the start of the process to its line
// "first-paint" (the first paint of its main window, whatever that shows); gatehouse is then
// also timed to "organisation-shown" (the first paint after the organisation loaded), and
// its peak resident memory (VmHWM in /proc/<pid>/status) is read at that moment (the
// minimal window's at its first paint); then the process is killed. Gatehouse opens prepared
// SQLite files: an empty organisation and the W50k one. Settings go to a temporary XDG
// directory, never the user's.
class StartBench
{
public:
    StartBench(const Snapshot *snapshot, QString label, int runs);
    // False when a program could not be started or never reported its first paint.
    bool run(BenchTable &table);

private:
    const Snapshot *m_snapshot = nullptr;
    QString m_label;
    int m_runs = 5;
};

} // namespace Gatehouse::Bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Gatehouse::Bench {

// Results of one benchmark run, printed as a table with a pass/FAIL verdict per row that
// has a target ratio (baseline / ours).
class BenchTable
{
public:
    // `targetRatio` 0: shown for information, no verdict and not counted.
    void add(const QString &metric, double oursMs, double baselineMs, double targetRatio);
    // Prints the table and "N of M targets met"; returns the number of targets missed.
    int print() const;

private:
    struct Row {
        QString metric;
        double oursMs = 0;
        double baselineMs = 0;
        double targetRatio = 0;
    };
    QList<Row> m_rows;
};

// Median of a list of timings (ms); 0 for an empty list.
double median(QList<double> values);

// Wall time of `work`, in milliseconds.
double timeMs(const std::function<void()> &work);

} // namespace Gatehouse::Bench

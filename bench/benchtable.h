// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Gatehouse::Bench {

// Results of one benchmark run, printed as a table with a pass/FAIL verdict per row that
// has a target, then "N of M targets met".
//
// Every row compares a figure of Gatehouse ("ours") with a baseline measured in the same
// run. The ratio column always reads the way the target is stated:
// - add():         times, ratio = baseline / ours, pass when ratio >= target ("≥ 100x");
// - addAtMost():   ratio = ours / baseline, pass when ratio <= target ("≤ 0.7x");
// - addFewer():    counts, ratio = baseline / ours, pass when ours < baseline;
// - addExtraAtMost(): ours - baseline shown as "+N", pass when it is <= target;
// - addBudget():   an absolute limit in the baseline column, pass when ours <= it.
class BenchTable
{
public:
    enum class Unit { Ms, Calls, MB };

    // `targetRatio` 0: shown for information, no verdict and not counted.
    void add(const QString &metric, double oursMs, double baselineMs, double targetRatio);
    // Like add(), but the baseline did not finish in the time it was given: `baselineAtLeastMs`
    // is a lower bound, so is the ratio; pass when even the bound reaches the target.
    void addBaselineAtLeast(const QString &metric, double oursMs, double baselineAtLeastMs, double targetRatio);
    // Information only, in any unit.
    void addInfo(const QString &metric, double ours, double baseline, Unit unit);
    // `maxRatio` 0: information, shown as ours/baseline.
    void addAtMost(const QString &metric, double ours, double baseline, double maxRatio, Unit unit = Unit::Ms);
    void addFewer(const QString &metric, double ours, double baseline, Unit unit = Unit::Calls);
    void addExtraAtMost(const QString &metric, double ours, double baseline, double maxExtra, Unit unit = Unit::MB);
    void addBudget(const QString &metric, double ours, double budget, Unit unit = Unit::Ms);
    // A row whose figure could not be measured or whose answer was wrong: counted as a
    // target missed, with the reason in place of the figures.
    void addFailure(const QString &metric, const QString &reason);

    // Prints the table and "N of M targets met"; returns the number of targets missed.
    int print() const;

private:
    enum class Kind { Faster, FasterBound, AtMost, Fewer, ExtraAtMost, Budget, Failure };
    struct Row {
        QString metric;
        double ours = 0;
        double baseline = 0;
        double target = 0; // 0 with Kind::Faster: information only
        Kind kind = Kind::Faster;
        Unit unit = Unit::Ms;
        QString reason;
    };
    QList<Row> m_rows;
};

// Median of a list of timings (ms); 0 for an empty list.
double median(QList<double> values);

// Wall time of `work`, in milliseconds.
double timeMs(const std::function<void()> &work);

} // namespace Gatehouse::Bench

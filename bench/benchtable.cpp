// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtable.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

namespace {

QString withUnit(double value, BenchTable::Unit unit)
{
    switch (unit) {
    case BenchTable::Unit::Ms:
        return QString::number(value, 'f', 2) + u" ms"_s;
    case BenchTable::Unit::Calls:
        return QString::number(value, 'f', value < 100 ? 1 : 0) + u" calls"_s;
    case BenchTable::Unit::MB:
        return QString::number(value, 'f', 1) + u" MB"_s;
    }
    return QString::number(value);
}

QString times(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + u'x';
}

QString unitName(BenchTable::Unit unit)
{
    switch (unit) {
    case BenchTable::Unit::Ms:
        return u"ms"_s;
    case BenchTable::Unit::Calls:
        return u"calls"_s;
    case BenchTable::Unit::MB:
        return u"MB"_s;
    }
    return {};
}

} // namespace

void BenchTable::add(const QString &metric, double oursMs, double baselineMs, double targetRatio)
{
    m_rows.append({metric, oursMs, baselineMs, targetRatio, Kind::Faster, Unit::Ms, {}});
}

void BenchTable::addBaselineAtLeast(const QString &metric, double oursMs, double baselineAtLeastMs,
                                    double targetRatio)
{
    m_rows.append({metric, oursMs, baselineAtLeastMs, targetRatio, Kind::FasterBound, Unit::Ms, {}});
}

void BenchTable::addInfo(const QString &metric, double ours, double baseline, Unit unit)
{
    m_rows.append({metric, ours, baseline, 0, Kind::Faster, unit, {}});
}

void BenchTable::addAtMost(const QString &metric, double ours, double baseline, double maxRatio, Unit unit)
{
    m_rows.append({metric, ours, baseline, maxRatio, Kind::AtMost, unit, {}});
}

void BenchTable::addFewer(const QString &metric, double ours, double baseline, Unit unit)
{
    m_rows.append({metric, ours, baseline, 1, Kind::Fewer, unit, {}});
}

void BenchTable::addExtraAtMost(const QString &metric, double ours, double baseline, double maxExtra, Unit unit)
{
    m_rows.append({metric, ours, baseline, maxExtra, Kind::ExtraAtMost, unit, {}});
}

void BenchTable::addBudget(const QString &metric, double ours, double budget, Unit unit)
{
    m_rows.append({metric, ours, budget, budget, Kind::Budget, unit, {}});
}

void BenchTable::addFailure(const QString &metric, const QString &reason)
{
    m_rows.append({metric, 0, 0, 1, Kind::Failure, Unit::Ms, reason});
}

int BenchTable::print() const
{
    QTextStream out(stdout);
    int metricWidth = 48;
    for (const Row &row : m_rows)
        metricWidth = std::max(metricWidth, int(row.metric.size()) + 1);
    const auto cell = [](const QString &text, int width) { return text.leftJustified(width, u' '); };

    out << cell(u"metric"_s, metricWidth) << u"ours"_s.rightJustified(15) << u"baseline"_s.rightJustified(15)
        << u"ratio"_s.rightJustified(10) << u"target"_s.rightJustified(11) << u"  result"_s << Qt::endl;
    int targets = 0;
    int met = 0;
    for (const Row &row : m_rows) {
        QString ratio;
        QString target = u"-"_s;
        bool counted = true;
        bool pass = false;
        switch (row.kind) {
        case Kind::Faster:
            ratio = times(row.ours > 0 ? row.baseline / row.ours : 0);
            counted = row.target > 0;
            target = counted ? u">=%1x"_s.arg(row.target) : u"-"_s;
            pass = row.ours > 0 && row.baseline / row.ours >= row.target;
            break;
        case Kind::FasterBound:
            ratio = u">"_s + times(row.ours > 0 ? row.baseline / row.ours : 0);
            counted = row.target > 0;
            target = counted ? u">=%1x"_s.arg(row.target) : u"-"_s;
            pass = row.ours > 0 && row.baseline / row.ours >= row.target;
            break;
        case Kind::AtMost:
            ratio = times(row.baseline > 0 ? row.ours / row.baseline : 0);
            counted = row.target > 0;
            target = counted ? u"<=%1x"_s.arg(row.target) : u"-"_s;
            pass = row.baseline > 0 && row.ours / row.baseline <= row.target;
            break;
        case Kind::Fewer:
            ratio = times(row.ours > 0 ? row.baseline / row.ours : 0);
            target = u"fewer"_s;
            pass = row.ours < row.baseline;
            break;
        case Kind::ExtraAtMost:
            ratio = (row.ours >= row.baseline ? u"+"_s : QString())
                + QString::number(row.ours - row.baseline, 'f', 1);
            target = u"<=+%1 %2"_s.arg(row.target).arg(unitName(row.unit));
            pass = row.ours - row.baseline <= row.target;
            break;
        case Kind::Budget:
            ratio = times(row.baseline > 0 ? row.ours / row.baseline : 0);
            target = u"<=%1 %2"_s.arg(row.target).arg(unitName(row.unit));
            pass = row.ours <= row.target;
            break;
        case Kind::Failure:
            pass = false;
            break;
        }
        QString verdict = u"(info)"_s;
        if (counted) {
            ++targets;
            met += pass ? 1 : 0;
            verdict = pass ? u"pass"_s : u"FAIL"_s;
        }
        out << cell(row.metric, metricWidth);
        if (row.kind == Kind::Failure) {
            out << u"FAIL: "_s << row.reason << Qt::endl;
            continue;
        }
        const QString baseline = (row.kind == Kind::FasterBound ? u">"_s : QString()) + withUnit(row.baseline, row.unit);
        out << withUnit(row.ours, row.unit).rightJustified(15) << baseline.rightJustified(15)
            << ratio.rightJustified(10) << target.rightJustified(11) << u"  "_s << verdict << Qt::endl;
    }
    out << met << u" of "_s << targets << u" targets met"_s << Qt::endl;
    return targets - met;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Gatehouse::Bench

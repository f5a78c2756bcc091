// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtable.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

void BenchTable::add(const QString &metric, double oursMs, double baselineMs, double targetRatio)
{
    m_rows.append({metric, oursMs, baselineMs, targetRatio});
}

int BenchTable::print() const
{
    QTextStream out(stdout);
    const auto cell = [](const QString &text, int width) { return text.leftJustified(width, u' '); };
    const auto number = [](double value, int width) { return QString::number(value, 'f', 2).rightJustified(width); };

    out << cell(u"metric"_s, 48) << u"ours (ms)"_s.rightJustified(11) << u"baseline (ms)"_s.rightJustified(15)
        << u"ratio"_s.rightJustified(10) << u"target"_s.rightJustified(10) << u"  result"_s << Qt::endl;
    int targets = 0;
    int met = 0;
    for (const Row &row : m_rows) {
        const double ratio = row.oursMs > 0 ? row.baselineMs / row.oursMs : 0;
        QString target = u"-"_s;
        QString verdict = u"(info)"_s;
        if (row.targetRatio > 0) {
            ++targets;
            target = u">=%1x"_s.arg(row.targetRatio);
            const bool pass = ratio >= row.targetRatio;
            met += pass ? 1 : 0;
            verdict = pass ? u"pass"_s : u"FAIL"_s;
        }
        out << cell(row.metric, 48) << number(row.oursMs, 11) << number(row.baselineMs, 15)
            << QString(QString::number(ratio, 'f', 1) + u'x').rightJustified(10) << target.rightJustified(10)
            << u"  "_s << verdict << Qt::endl;
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

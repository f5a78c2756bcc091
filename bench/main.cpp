// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-bench: every hot path of Gatehouse against a baseline measured in the same run, on
// generated organisations: W50k (50,000 accounts, 1,000 teams, 5,000 datastores) for every
// row, then W1M (1,000,000 accounts, the same teams and datastores) for the accounts table
// rows; --quick leaves W1M out. Prints one table; the exit code is 0 even when a target is
// missed, a benchmark is information, not a test. docs/performance.md explains each row.
#include "accountbench.h"
#include "benchtable.h"
#include "storagebench.h"
#include "scimbench.h"
#include "matrixbench.h"
#include "startbench.h"
#include "core/demogenerator.h"
#include "core/directory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

int main(int argc, char *argv[])
{
    // Headless machines (CI) have no display: render offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"gatehouse-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the Gatehouse models against Qt's generic proxy, and the access matrix against SQLite."_s);
    parser.addHelpOption();
    const QCommandLineOption accountsOption(u"accounts"_s, u"Number of accounts (default 50000)."_s, u"N"_s,
                                            u"50000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Repetitions; the median is shown (default 5, 3 with --quick)."_s,
                                        u"N"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"Every row at W50k only, fewer repetitions (a few minutes)."_s);
    const QCommandLineOption largeOption(
        u"large"_s, u"Accounts of the large organisation for the accounts table rows (default 1000000; 0: none)."_s,
        u"N"_s, u"1000000"_s);
    const QCommandLineOption sqlAccountsOption(
        u"sql-accounts"_s, u"Accounts the full-matrix SQL baseline covers, its time scaled to all (default all)."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption skipOption(u"skip"_s, u"Benchmarks to skip: accounts, scroll, matrix, start, bulk, scim, large."_s, u"NAME"_s);
    const QCommandLineOption pgOption(
        u"pg"_s, u"PostgreSQL server for the bulk benchmark (superuser URL); default: a throwaway server."_s,
        u"URL"_s);
    const QCommandLineOption baselineLimitOption(
        u"baseline-limit"_s,
        u"Seconds the generic proxy gets for its W1M rows, in a separate process (default 600)."_s, u"S"_s,
        u"600"_s);
    // Internal: the separate process of the large accounts rows' baseline.
    QCommandLineOption baselineChildOption(u"baseline-child"_s, u"Internal."_s, u"N"_s);
    baselineChildOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(accountsOption);
    parser.addOption(baselineLimitOption);
    parser.addOption(baselineChildOption);
    parser.addOption(runsOption);
    parser.addOption(quickOption);
    parser.addOption(largeOption);
    parser.addOption(sqlAccountsOption);
    parser.addOption(skipOption);
    parser.addOption(pgOption);
    parser.process(app);

    QTextStream out(stdout);
    bool ok = false;
    if (parser.isSet(baselineChildOption)) {
        DemoOptions options;
        options.accounts = parser.value(baselineChildOption).toInt();
        // The same teams and datastores as the parent's large organisation.
        const int main = parser.value(accountsOption).toInt();
        options.teams = std::max(1, main / 50);
        options.datastores = std::max(1, main / 10);
        options.seed = 42;
        Directory directory;
        directory.load(generateDemo(options));
        Bench::AccountBench bench(&directory, 1);
        bench.runBaselineChild();
        return 0;
    }
    const int accounts = parser.value(accountsOption).toInt(&ok);
    if (!ok || accounts < 10) {
        out << "--accounts: expected a number of at least 10, got \"" << parser.value(accountsOption) << '"'
            << Qt::endl;
        return 2;
    }
    const bool quick = parser.isSet(quickOption);
    const int runs = parser.isSet(runsOption) ? parser.value(runsOption).toInt(&ok) : (quick ? 3 : 5);
    if (parser.isSet(runsOption) && (!ok || runs < 1)) {
        out << "--runs: expected a positive number, got \"" << parser.value(runsOption) << '"' << Qt::endl;
        return 2;
    }
    const int largeAccounts = quick ? 0 : parser.value(largeOption).toInt(&ok);
    if (!quick && (!ok || largeAccounts < 0)) {
        out << "--large: expected a number of accounts (0: none), got \"" << parser.value(largeOption) << '"'
            << Qt::endl;
        return 2;
    }
    const auto workloadName = [](int n) {
        if (n == 50000)
            return u"W50k"_s;
        if (n == 1000000)
            return u"W1M"_s;
        return u"%1 accounts"_s.arg(n);
    };
    const QString label = workloadName(accounts);
    QElapsedTimer total;
    total.start();

    // W50k proportions: one team per 50 accounts, one datastore per 10.
    DemoOptions options;
    options.accounts = accounts;
    options.teams = std::max(1, accounts / 50);
    options.datastores = std::max(1, accounts / 10);
    options.seed = 42;
    QElapsedTimer timer;
    timer.start();
    Snapshot snapshot = generateDemo(options);
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    Directory directory;
    directory.load(std::move(snapshot));
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    out << "organisation: " << directory.accounts().size() << " accounts, " << directory.teams().size()
        << " teams, " << directory.datastores().size() << " datastores (seed 42; generated in "
        << QString::number(generateMs, 'f', 0) << " ms, loaded in " << QString::number(loadMs, 'f', 0)
        << " ms); " << runs << " runs, medians" << Qt::endl
        << Qt::endl;

    Bench::BenchTable table;
    const QStringList skipped = parser.values(skipOption);
    if (!skipped.contains(u"accounts"_s)) {
        Bench::AccountBench accountBench(&directory, runs);
        accountBench.setWorkload(label, 100, 0);
        accountBench.run(table);
        if (!skipped.contains(u"scroll"_s))
            accountBench.runScroll(table);
    }
    if (!skipped.contains(u"matrix"_s)) {
        Bench::MatrixBench matrixBench(&directory, runs);
        matrixBench.setSqlAccountLimit(parser.value(sqlAccountsOption).toInt());
        matrixBench.run(table);
    }
    if (!skipped.contains(u"start"_s)) {
        Bench::StartBench startBench(&directory.snapshot(), label, runs);
        startBench.run(table);
    }
    if (!skipped.contains(u"bulk"_s)) {
        Bench::StorageBench storageBench(&directory.snapshot(), runs, parser.value(pgOption));
        storageBench.run(table);
    }
    if (!skipped.contains(u"scim"_s)) {
        // W50k proportions: 50,000 Users, 1,000 Groups, 225,000 memberships.
        // The server's default Bulk size (1,000 operations), then 5,000 Users per request.
        for (int perRequest : {1000, 5000}) {
            Bench::ScimBench scimBench(accounts, std::max(1, accounts / 50), int(qint64(accounts) * 9 / 2), runs,
                                       perRequest);
            scimBench.run(table);
        }
    }
    if (largeAccounts > 0 && !skipped.contains(u"large"_s) && !skipped.contains(u"accounts"_s)) {
        // The tables at scale: as many accounts, the same teams and datastores.
        DemoOptions large = options;
        large.accounts = largeAccounts;
        timer.restart();
        Directory largeDirectory;
        largeDirectory.load(generateDemo(large));
        out << "large organisation: " << largeDirectory.accounts().size() << " accounts (generated and loaded in "
            << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 1) << " s)" << Qt::endl;
        Bench::AccountBench largeBench(&largeDirectory, runs);
        // At a million accounts: 1,000x the generic proxy, and within a frame of 16 ms.
        if (largeAccounts >= 1000000)
            largeBench.setWorkload(workloadName(largeAccounts), 1000, 16);
        else
            largeBench.setWorkload(workloadName(largeAccounts), 100, 0);
        const int limit = parser.value(baselineLimitOption).toInt(&ok);
        largeBench.setBaselineInChild({u"--baseline-child"_s, QString::number(largeAccounts), u"--accounts"_s,
                                       QString::number(accounts)},
                                      ok && limit > 0 ? limit : 600);
        largeBench.run(table);
    }
    out << Qt::endl;
    table.print();
    out << "(" << QString::number(double(total.elapsed()) / 1000, 'f', 0) << " s in all)" << Qt::endl;
    return 0;
}

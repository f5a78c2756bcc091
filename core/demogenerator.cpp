// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"

#include "core/localidentity.h"
#include "core/validation.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// xoshiro256** seeded through splitmix64: our own generator, because the std
// distributions give different numbers on different standard libraries, and a demo must
// be the same bytes for the same seed everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        for (quint64 &word : m_state)
            word = splitmix(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n); n > 0. The modulo bias is far below anything a demo shows.
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    bool chance(double p) { return unit() < p; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint64 m_state[4] = {};
};

struct PersonName
{
    QStringView display;
    QStringView ascii; // for the e-mail address
};

constexpr PersonName FirstNames[] = {
    {u"Ada", u"ada"},       {u"Alan", u"alan"},       {u"Grace", u"grace"},
    {u"Linus", u"linus"},   {u"Margaret", u"margaret"}, {u"Ken", u"ken"},
    {u"Barbara", u"barbara"}, {u"Edsger", u"edsger"}, {u"Frances", u"frances"},
    {u"Donald", u"donald"}, {u"Radia", u"radia"},     {u"Tim", u"tim"},
    {u"Hedy", u"hedy"},     {u"Dennis", u"dennis"},   {u"Katherine", u"katherine"},
    {u"John", u"john"},     {u"Mary", u"mary"},       {u"Olivia", u"olivia"},
    {u"Liam", u"liam"},     {u"Emma", u"emma"},       {u"Noah", u"noah"},
    {u"Sofia", u"sofia"},   {u"Lucas", u"lucas"},     {u"Mia", u"mia"},
    {u"Ethan", u"ethan"},   {u"Amara", u"amara"},     {u"Kenji", u"kenji"},
    {u"Priya", u"priya"},   {u"Omar", u"omar"},       {u"Fatima", u"fatima"},
    {u"Chen", u"chen"},     {u"Yuki", u"yuki"},       {u"Ingrid", u"ingrid"},
    {u"Mateo", u"mateo"},   {u"Aisha", u"aisha"},     {u"Nikolai", u"nikolai"},
    {u"Zoë", u"zoe"},       {u"José", u"jose"},       {u"Søren", u"soren"},
    {u"Chloé", u"chloe"},   {u"Björn", u"bjorn"},     {u"Inés", u"ines"},
    {u"François", u"francois"}, {u"Łukasz", u"lukasz"}, {u"Renée", u"renee"},
};

constexpr PersonName LastNames[] = {
    {u"Lovelace", u"lovelace"}, {u"Turing", u"turing"},   {u"Hopper", u"hopper"},
    {u"Torvalds", u"torvalds"}, {u"Hamilton", u"hamilton"}, {u"Thompson", u"thompson"},
    {u"Liskov", u"liskov"},     {u"Dijkstra", u"dijkstra"}, {u"Allen", u"allen"},
    {u"Knuth", u"knuth"},       {u"Perlman", u"perlman"}, {u"Berners-Lee", u"berners-lee"},
    {u"Lamarr", u"lamarr"},     {u"Ritchie", u"ritchie"}, {u"Johnson", u"johnson"},
    {u"Smith", u"smith"},       {u"Garcia", u"garcia"},   {u"Müller", u"muller"},
    {u"Nguyen", u"nguyen"},     {u"Kowalski", u"kowalski"}, {u"Okafor", u"okafor"},
    {u"Tanaka", u"tanaka"},     {u"Patel", u"patel"},     {u"Haddad", u"haddad"},
    {u"Wang", u"wang"},         {u"Sato", u"sato"},       {u"Larsen", u"larsen"},
    {u"Rossi", u"rossi"},       {u"Silva", u"silva"},     {u"Novak", u"novak"},
    {u"Ivanova", u"ivanova"},   {u"O'Brien", u"obrien"},  {u"Dubois", u"dubois"},
    {u"Jørgensen", u"jorgensen"}, {u"Peña", u"pena"},     {u"Çelik", u"celik"},
    {u"Fernández", u"fernandez"}, {u"Brontë", u"bronte"}, {u"Andersson", u"andersson"},
};

constexpr QStringView TeamNames[] = {
    u"Finance", u"Sales Analytics", u"Data Platform", u"Marketing", u"Customer Success",
    u"Risk & Compliance", u"Supply Chain", u"Product Analytics", u"Data Science",
    u"Engineering", u"Human Resources", u"Legal", u"Procurement", u"Growth",
    u"Business Intelligence", u"Operations", u"Security", u"Support", u"Revenue Operations",
    u"Machine Learning", u"Data Governance", u"Executive Reporting", u"Logistics",
    u"Pricing", u"Fraud Detection", u"Partnerships", u"Research", u"Quality Assurance",
    u"Treasury", u"Internal Audit",
};

constexpr QStringView DatastoreSubjects[] = {
    u"Sales", u"Orders", u"Customers", u"Marketing", u"Finance", u"Inventory", u"Billing",
    u"Payments", u"Shipping", u"Web Analytics", u"Product", u"HR", u"Support", u"Risk",
    u"Claims", u"Clickstream", u"Supply Chain", u"Telemetry", u"Ledger", u"CRM",
};

constexpr QStringView DatastoreSuffixes[] = {
    u"Warehouse", u"DB", u"Lake", u"Mart", u"Replica", u"Archive", u"Events", u"Staging",
};

struct Weighted
{
    QStringView name;
    int weight;
};

constexpr Weighted Connections[] = {
    {u"PostgreSQL", 22}, {u"Snowflake", 18}, {u"BigQuery", 12}, {u"Databricks", 10},
    {u"Redshift", 8},    {u"MySQL", 9},      {u"Oracle", 6},    {u"SQL Server", 7},
    {u"Amazon S3", 5},   {u"Azure Blob Storage", 2}, {u"Google Cloud Storage", 1},
};

constexpr QStringView ServiceNames[] = {
    u"ETL Loader", u"Quality Scanner", u"Airflow Sync", u"dbt Runner", u"Metrics Exporter",
    u"Catalog Sync", u"Pipeline Automation", u"Alert Router",
};

template <typename T, size_t N>
const T &pick(DemoRandom &rng, const T (&list)[N])
{
    return list[rng.below(qint64(N))];
}

QStringView pickConnection(DemoRandom &rng)
{
    int total = 0;
    for (const Weighted &w : Connections)
        total += w.weight;
    qint64 roll = rng.below(total);
    for (const Weighted &w : Connections) {
        if (roll < w.weight)
            return w.name;
        roll -= w.weight;
    }
    return Connections[0].name;
}

Level pickLevel(DemoRandom &rng)
{
    const double u = rng.unit();
    if (u < 0.25)
        return Level::Reporter;
    if (u < 0.55)
        return Level::Viewer;
    if (u < 0.70)
        return Level::Drafter;
    if (u < 0.88)
        return Level::Author;
    return Level::Editor;
}

// How many teams a person is in: most in 1-3, a few in up to `max`.
int pickTeamCount(DemoRandom &rng, int max)
{
    const double u = rng.unit();
    int n = u < 0.45 ? 1 : u < 0.75 ? 2 : u < 0.88 ? 3 : 4 + int(rng.below(std::max(1, max - 3)));
    return std::clamp(n, 1, std::max(1, max));
}

QString numbered(QStringView base, qint64 round)
{
    return round == 0 ? base.toString() : base.toString() + u' ' + QString::number(round + 1);
}

} // namespace

Snapshot generateDemo(const DemoOptions &options)
{
    DemoRandom rng(options.seed);
    const int accountCount = std::max(1, options.accounts); // the admin is always there
    const int teamCount = std::max(0, options.teams);
    const int datastoreCount = std::max(0, options.datastores);

    // Times come from a fixed epoch plus seeded offsets, never from the clock.
    const QDateTime epoch(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime orgStart = epoch.addSecs(rng.below(180 * 86400));
    const qint64 span = 700LL * 86400; // the organisation's history up to "now"
    const QDateTime horizon = orgStart.addSecs(span);
    auto timeAfter = [&](const QDateTime &from) {
        const qint64 room = std::max<qint64>(1, from.secsTo(horizon));
        return from.addSecs(rng.below(room));
    };

    Snapshot s;

    // Datastores: "<subject> <suffix>", shuffled per seed, numbered once all are used.
    const qint64 combos = qint64(std::size(DatastoreSubjects)) * qint64(std::size(DatastoreSuffixes));
    std::vector<qint64> comboOrder(static_cast<size_t>(combos));
    std::iota(comboOrder.begin(), comboOrder.end(), 0);
    for (qint64 i = combos - 1; i > 0; --i)
        std::swap(comboOrder[size_t(i)], comboOrder[size_t(rng.below(i + 1))]);
    s.datastores.reserve(datastoreCount);
    for (int i = 0; i < datastoreCount; ++i) {
        const qint64 combo = comboOrder[size_t(i % combos)];
        const QString base = DatastoreSubjects[combo / qint64(std::size(DatastoreSuffixes))]
                                 .toString()
                             + u' '
                             + DatastoreSuffixes[combo % qint64(std::size(DatastoreSuffixes))];
        Datastore d;
        d.id = i + 1;
        d.name = numbered(base, i / combos);
        d.kind = rng.chance(0.15) ? DatastoreKind::Enrichment : DatastoreKind::Source;
        d.connection = pickConnection(rng).toString();
        d.created = timeAfter(orgStart);
        s.datastores.append(d);
    }

    // Teams: Public first, then department-like names, numbered beyond the list.
    std::vector<qint64> datastorePool(static_cast<size_t>(datastoreCount));
    std::iota(datastorePool.begin(), datastorePool.end(), 1);
    auto sampleDatastores = [&](int count) {
        // Partial Fisher-Yates: `count` distinct datastores.
        QList<Id> ids;
        count = std::min(count, datastoreCount);
        ids.reserve(count);
        for (int k = 0; k < count; ++k) {
            const size_t j = size_t(k + rng.below(datastoreCount - k));
            std::swap(datastorePool[size_t(k)], datastorePool[j]);
            ids.append(datastorePool[size_t(k)]);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    Team publicTeam;
    publicTeam.id = 1;
    publicTeam.name = PublicTeamName.toString();
    publicTeam.isPublic = true;
    publicTeam.permission = Level::Reporter;
    publicTeam.created = orgStart;
    const int publicShare = options.publicDatastores >= 0
        ? options.publicDatastores
        : std::min(100, int(std::lround(datastoreCount * 0.02)));
    publicTeam.datastores = sampleDatastores(publicShare);
    s.teams.append(publicTeam);

    const int maxPerTeam = std::max(1, std::min(options.maxDatastoresPerTeam, datastoreCount));
    for (int i = 0; i < teamCount; ++i) {
        Team t;
        t.id = i + 2;
        const qint64 listSize = qint64(std::size(TeamNames));
        t.name = numbered(TeamNames[i % listSize], i / listSize);
        t.description = rng.chance(0.3) ? QString() : t.name + u" team"_s;
        t.permission = pickLevel(rng);
        // Skewed: many small teams, a few holding a large share of the datastores.
        if (datastoreCount > 0) {
            const double u = rng.unit();
            t.datastores = sampleDatastores(1 + int(u * u * u * (maxPerTeam - 1)));
        }
        t.created = timeAfter(orgStart);
        s.teams.append(t);
    }

    // Accounts: the operator first, as an active human Admin.
    QSet<QString> subjects;
    subjects.reserve(accountCount);
    Account admin;
    admin.id = 1;
    admin.subject = options.adminSubject.isEmpty() ? localSubject() : options.adminSubject;
    // Named after the subject ("local|ada" -> "ada"), not the machine's user database, so
    // the same options give the same file everywhere.
    admin.name = admin.subject.section(u'|', -1);
    admin.type = AccountType::Human;
    admin.role = Role::Admin;
    admin.created = orgStart;
    admin.lastActive = timeAfter(orgStart);
    subjects.insert(admin.subject);
    s.accounts.reserve(accountCount);
    s.accounts.append(admin);

    int serviceNumber = 0;
    for (int i = 1; i < accountCount; ++i) {
        Account a;
        a.id = i + 1;
        a.created = timeAfter(orgStart);
        if (rng.chance(0.01)) {
            const qint64 listSize = qint64(std::size(ServiceNames));
            a.name = numbered(ServiceNames[serviceNumber % listSize], serviceNumber / listSize);
            ++serviceNumber;
            a.type = AccountType::Service;
            a.subject = serviceSubjectFor(a.name);
            a.lastActive = rng.chance(0.9) ? timeAfter(a.created) : QDateTime();
        } else {
            const PersonName &first = pick(rng, FirstNames);
            const PersonName &last = pick(rng, LastNames);
            a.name = first.display.toString() + u' ' + last.display;
            a.email = first.ascii.toString() + u'.' + last.ascii + QString::number(a.id)
                + u"@example.com"_s;
            const bool synced = rng.chance(0.3);
            if (synced)
                a.externalId = u"scim-"_s + QString::number(rng.next() & 0xffffffffffULL, 16);
            if (synced && rng.chance(0.08)) {
                // Pre-provisioned by directory sync, never signed in: no subject yet.
                a.lastActive = {};
            } else {
                do {
                    a.subject = u"auth0|"_s
                        + QString::number(rng.next() & 0xffffffffffffULL, 16).rightJustified(12, u'0');
                } while (subjects.contains(a.subject));
                a.lastActive = rng.chance(0.04) ? QDateTime() : timeAfter(a.created);
            }
            const double r = rng.unit();
            // Few Admins, as in a real organisation (they reach everything, so they would
            // drown every "who reaches this" list): about 1 in 500, 1 in 20 Managers.
            a.role = r < 0.002 ? Role::Admin : r < 0.05 ? Role::Manager : Role::Member;
        }
        if (!a.subject.isEmpty())
            subjects.insert(a.subject);
        if (rng.chance(0.03))
            a.deactivated = timeAfter(a.lastActive.isValid() ? a.lastActive : a.created);
        s.accounts.append(a);
    }

    // Memberships: each account in a few teams; low team numbers are the big departments.
    if (teamCount > 0) {
        const int maxTeams = std::min(std::max(1, options.maxTeamsPerAccount), teamCount);
        QList<qsizetype> chosen;
        for (const Account &a : std::as_const(s.accounts)) {
            const int n = std::min(pickTeamCount(rng, options.maxTeamsPerAccount), maxTeams);
            chosen.clear();
            while (chosen.size() < n) {
                const double u = rng.unit();
                const qsizetype team = 1 + std::min<qsizetype>(teamCount - 1, qsizetype(u * u * teamCount));
                if (!chosen.contains(team))
                    chosen.append(team);
            }
            // Accounts are visited in ascending id, so member lists stay sorted.
            for (qsizetype team : std::as_const(chosen))
                s.teams[team].members.append(a.id);
        }
    }
    return s;
}

} // namespace Gatehouse

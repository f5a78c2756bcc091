// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snapshot.h"

namespace Gatehouse {

struct DemoOptions
{
    int accounts = 2000;
    int teams = 60;          // besides Public
    int datastores = 300;
    quint64 seed = 1;
    QString adminSubject;    // included as an active human Admin; empty = localSubject()
    int maxTeamsPerAccount = 8;
    int maxDatastoresPerTeam = 200;
    int publicDatastores = -1; // -1: a share of the datastores scaled to the size
};

// A realistic, deterministic organisation for a seed: people's names, department-like
// teams, connection types, a few service accounts and deactivated people. Times derive
// from the seed, never the clock. Valid by validateSnapshot(). Used by `gatehousectl demo`,
// the GUI's first start and bench/ (W50k = 50,000 accounts, 1,000 teams, 5,000 datastores).
Snapshot generateDemo(const DemoOptions &options);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportrequest.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

QString ReportRequest::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Matrix: return u"Access matrix"_s;
    case Scope::Account: return u"Access of one account"_s;
    case Scope::Datastore: return u"Access to one datastore"_s;
    case Scope::Findings: return u"Findings"_s;
    }
    return {};
}

} // namespace Gatehouse

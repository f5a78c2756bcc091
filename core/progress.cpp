// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

Error Progress::cancelledError()
{
    // Not shown as a failure: the window that offered Cancel knows why the work stopped.
    return makeError(Error::Code::Cancelled, u"Cancelled."_s);
}

} // namespace Gatehouse

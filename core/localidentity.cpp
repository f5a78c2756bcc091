// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localidentity.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gatehouse {

static const passwd *effectiveUser()
{
    return getpwuid(geteuid());
}

QString localSubject()
{
    const passwd *pw = effectiveUser();
    const QString name = pw && pw->pw_name ? QString::fromLocal8Bit(pw->pw_name)
                                           : QString::number(geteuid());
    return u"local|"_s + name;
}

QString localDisplayName()
{
    const passwd *pw = effectiveUser();
    if (!pw)
        return QString::number(geteuid());
    // GECOS: "Full Name,room,phone,..."; the first field is the person's name when set.
    const QString gecos = pw->pw_gecos ? QString::fromLocal8Bit(pw->pw_gecos) : QString();
    const QString full = gecos.section(u',', 0, 0).trimmed();
    return full.isEmpty() ? QString::fromLocal8Bit(pw->pw_name) : full;
}

} // namespace Gatehouse

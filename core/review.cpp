// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

int Review::markedCount() const
{
    return int(items.size()) - count(ReviewItem::Mark::Unmarked);
}

int Review::count(ReviewItem::Mark mark) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [mark](const ReviewItem &item) { return item.mark == mark; }));
}

QString reviewItemKindName(ReviewItem::Kind kind)
{
    return kind == ReviewItem::Kind::Membership ? u"membership"_s : u"assignment"_s;
}

QString reviewMarkName(ReviewItem::Mark mark)
{
    switch (mark) {
    case ReviewItem::Mark::Unmarked: return u"unmarked"_s;
    case ReviewItem::Mark::Keep: return u"keep"_s;
    case ReviewItem::Mark::Revoke: return u"revoke"_s;
    }
    return {};
}

std::optional<ReviewItem::Kind> reviewItemKindFromName(QStringView name)
{
    if (name == u"membership")
        return ReviewItem::Kind::Membership;
    if (name == u"assignment")
        return ReviewItem::Kind::Assignment;
    return std::nullopt;
}

std::optional<ReviewItem::Mark> reviewMarkFromName(QStringView name)
{
    for (auto mark : {ReviewItem::Mark::Unmarked, ReviewItem::Mark::Keep, ReviewItem::Mark::Revoke}) {
        if (name == reviewMarkName(mark))
            return mark;
    }
    return std::nullopt;
}

} // namespace Gatehouse

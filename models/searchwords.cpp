// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/searchwords.h"

#include <cstring>

namespace Gatehouse {

bool containsWord(QStringView key, QStringView word)
{
    const qsizetype length = word.size();
    const qsizetype limit = key.size() - length;
    const QChar first = word.front();
    const char16_t *rest = word.utf16() + 1;
    const size_t restBytes = size_t(length - 1) * sizeof(char16_t);
    for (qsizetype from = 0; from <= limit;) {
        const qsizetype at = key.indexOf(first, from);
        if (at < 0 || at > limit)
            return false;
        if (std::memcmp(key.utf16() + at + 1, rest, restBytes) == 0)
            return true;
        from = at + 1;
    }
    return false;
}

QStringList splitWords(const QString &text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (!space && start < 0) {
            start = i;
        } else if (space && start >= 0) {
            words.append(text.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

} // namespace Gatehouse

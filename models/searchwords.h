// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

namespace Gatehouse {

// The words of a folded search text, split at white space.
QStringList splitWords(const QString &text);

// Whether `word` (not empty) occurs in `key`. Tuned for short keys and words: a vectorised
// scan for the first character, then a plain compare, cheaper per row than the general
// search for texts this short.
bool containsWord(QStringView key, QStringView word);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

namespace Gatehouse {

QString nameKey(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}

static bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString searchKey(QStringView text)
{
    if (isAscii(text))
        return text.toString().toLower(); // the common case, without normalisation work
    // Decompose, drop combining marks, then fold case: "Zoë" -> "zoe", "Ærø" -> "ærø".
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    // QString::toCaseFolded() is the simple folding: "ß" stays one letter. Full folding
    // maps it to "ss", which is what people type.
    return out.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss"));
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test: the English translation the application loads at start, so texts
// with a number read "1 account" and "2 accounts" in the tests as on screen, never the source
// text's "%Ln account(s)". A test of another language installs its translator later, and the
// last one installed is asked first.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglish()
{
    static QTranslator english;
    if (!english.load(QStringLiteral("gatehouse_en"), QStringLiteral(GATEHOUSE_QM_DIR)))
        qFatal("gatehouse_en.qm is missing from %s: build gatehouse_lrelease", GATEHOUSE_QM_DIR);
    QCoreApplication::installTranslator(&english);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)

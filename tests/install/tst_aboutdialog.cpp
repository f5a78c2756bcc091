// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About: what an installed Gatehouse says about itself and its licences.
#include "views/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private:
    // Every label's text and every tab page's plain text, in order.
    static QString allText(const AboutDialog &dialog)
    {
        QString text;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            text += label->text() + u'\n';
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            text += qobject_cast<QTextBrowser *>(dialog.tabs()->widget(i))->toPlainText() + u'\n';
        return text;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support propagateSizeHints).*"_s));
    }

    void showsNameVersionAndQt()
    {
        AboutDialog dialog;
        const QString text = allText(dialog);
        QVERIFY2(text.contains(u"Gatehouse " GATEHOUSE_VERSION ""_s), qPrintable(text));
        QVERIFY2(text.contains(u"datastore access control"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Using Qt %1"_s.arg(QString::fromLatin1(qVersion()))), qPrintable(text));
    }

    void showsLicenceNoticeAndThirdPartyLicences()
    {
        AboutDialog dialog;
        QCOMPARE(dialog.tabs()->count(), 2);
        const auto page = [&](int i) {
            return qobject_cast<QTextBrowser *>(dialog.tabs()->widget(i))->toPlainText();
        };
        const QString licence = page(0);
        QVERIFY2(licence.contains(u"GNU General Public License as published by the Free Software "
                                  "Foundation, either version 3 of the License, or (at your option) "
                                  "any later version."_s),
                 qPrintable(licence));
        QVERIFY2(licence.contains(u"WITHOUT ANY WARRANTY"_s), qPrintable(licence));
        QVERIFY2(licence.contains(u"https://www.gnu.org/licenses/"_s), qPrintable(licence));

        const QString thirdParty = page(1);
        const QStringList expected = {u"Qt %1"_s.arg(QString::fromLatin1(qVersion())),
                                      u"GNU Lesser General Public License, version 3"_s,
                                      u"SQLite"_s, u"public domain"_s, u"libpq"_s,
                                      u"PostgreSQL Licence"_s};
        for (const QString &part : expected)
            QVERIFY2(thirdParty.contains(part), qPrintable(part + u" missing from: "_s + thirdParty));
    }

    void linksToTheReadme()
    {
        AboutDialog dialog;
        QVERIFY(AboutDialog::readmeUrl().startsWith(u"https://"_s));
        QVERIFY(AboutDialog::readmeUrl().endsWith(u"#readme"_s));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        const auto link = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(u"href=\"%1\""_s.arg(AboutDialog::readmeUrl()));
        });
        QVERIFY(link != labels.cend());
        QVERIFY((*link)->openExternalLinks());
    }

    void keyboardSwitchesTabsAndEscapeCloses()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.tabs()->currentIndex(), 0);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), 1);
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), 0);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void closeButtonCloses()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"

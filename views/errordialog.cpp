// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/errordialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Gatehouse {

void showErrorDialog(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, title,
                    error.message.isEmpty()
                        ? QCoreApplication::translate("Gatehouse::ErrorDialog", "Something went wrong.")
                        : error.message,
                    QMessageBox::Ok, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/adminbackend.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Gatehouse {

class AccessDiffModel;

// "What changed in access since 1 October": the effective access at two moments, rebuilt
// from the audit history, compared cell by cell; summary lines and every changed cell.
class ChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangesDialog(AdminBackend backend, QWidget *parent = nullptr);

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *summaryLabel() const { return m_summary; }
    AccessDiffModel *model() const { return m_model; }
    void run();

Q_SIGNALS:
    void finished(const QString &error);

private:
    AdminBackend m_backend;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_summary = nullptr;
    AccessDiffModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    int m_generation = 0;
};

} // namespace Gatehouse

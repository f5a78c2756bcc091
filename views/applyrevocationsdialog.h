// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review.h"
#include "views/admindialog.h"

class QLabel;

namespace Gatehouse {

// Applies the revocations of a signed-off access review: one team update per team that
// still holds a revoked member or datastore, shown together in the preview (what access
// is lost), committed one by one through the session, so each is checked, audited and
// undoable like any other team edit. An Admin change: for anyone else the preview shows
// the refusal and OK stays disabled.
class ApplyRevocationsDialog : public AdminDialog
{
    Q_OBJECT
public:
    ApplyRevocationsDialog(AdminSession *session, const Review &review, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }

protected:
    QList<Command> commands() const override;
    QString nothingToDoText() const override;

private:
    Review m_review;
    QLabel *m_summary = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/applyrevocationsdialog.h"

#include "core/directory.h"
#include "core/reviewservice.h"
#include "views/adminsession.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

ApplyRevocationsDialog::ApplyRevocationsDialog(AdminSession *session, const Review &review, QWidget *parent)
    : AdminDialog(session, tr("Apply Revocations"), parent), m_review(review)
{
    int memberships = 0;
    int assignments = 0;
    for (const ReviewItem &item : review.items) {
        if (item.mark != ReviewItem::Mark::Revoke)
            continue;
        if (item.kind == ReviewItem::Kind::Membership)
            ++memberships;
        else
            ++assignments;
    }
    // Two numbers: the assignments come in as a numerus phrase of their own.
    m_summary = new QLabel(tr("Review \u201c%1\u201d revokes %Ln membership(s) and %2. Teams are changed as "
                              "they are now; what is already gone is skipped.",
                              nullptr, memberships)
                               .arg(review.title, tr("%Ln assignment(s)", nullptr, assignments)));
    m_summary->setWordWrap(true);
    contentLayout()->addWidget(m_summary);
    updatePreview();
}

QList<Command> ApplyRevocationsDialog::commands() const
{
    return ReviewService::revocationCommands(session()->directory()->snapshot(), m_review);
}

QString ApplyRevocationsDialog::nothingToDoText() const
{
    return tr("Nothing to apply: every revoked membership and assignment is already gone.");
}

} // namespace Gatehouse

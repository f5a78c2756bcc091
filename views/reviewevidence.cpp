// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/reviewevidence.h"

#include "core/reviewservice.h"
#include "reports/reportpainter.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
Error cannotWrite(const QString &path, const QSaveFile &file)
{
    return makeError(Error::Code::Io, u"Cannot write %1."_s.arg(path), file.errorString());
}
} // namespace

Result<void> writeReviewCsv(const Review &review, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file);
    const QByteArray csv = reviewEvidenceCsv(review);
    if (file.write(csv) != csv.size() || !file.commit())
        return cannotWrite(path, file);
    return {};
}

Result<void> writeReviewPdf(const Review &review, const QString &path, const QString &organisation)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file);
    QTextDocument document;
    document.setHtml(reviewEvidenceHtml(review, organisation));
    const QString title = u"Access review: "_s + review.title;
    const QString subtitle = review.isSignedOff()
                                 ? u"signed off "_s + review.signedOff.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                       + u" by "_s + review.signedOffBy
                                 : u"not signed off"_s;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Gatehouse"_s);
        if (const Result<void> painted = paintDocument(document, writer, title, subtitle); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return cannotWrite(path, file);
    return {};
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportpdf.h"

#include "reports/reportpainter.h"

#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Gatehouse {

Result<void> writePdf(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                      const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, u"Cannot write %1."_s.arg(path), file.errorString());

    const QString title = request.title.isEmpty() ? ReportRequest::scopeName(request.scope) : request.title;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Gatehouse"_s);
        if (const Result<void> painted = paintReport(snapshot, index, request, writer); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return makeError(Error::Code::Io, u"Cannot write %1."_s.arg(path), file.errorString());
    return {};
}

} // namespace Gatehouse

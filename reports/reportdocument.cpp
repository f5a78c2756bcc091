// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportdocument.h"

#include "reports/reporthtml.h"

#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gatehouse {

QTextDocument *buildDocument(const Snapshot &snapshot, const AccessIndex &index,
                             const ReportRequest &request, QObject *parent, bool accessRows)
{
    QImage chart;
    const QString html = renderHtml(snapshot, index, request,
                                    HtmlOptions{ChartEmbedding::Resource, accessRows}, &chart);
    auto *document = new QTextDocument(parent);
    document->addResource(QTextDocument::ImageResource, QUrl(ReportChartResource.toString()), chart);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 request.title.isEmpty() ? ReportRequest::scopeName(request.scope) : request.title);
    return document;
}

} // namespace Gatehouse

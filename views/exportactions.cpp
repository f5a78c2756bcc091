// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/exportactions.h"
#include "views/iconset.h"

#include "core/directory.h"
#include "reports/reportcsv.h"
#include "reports/reportpainter.h"
#include "reports/reporthtml.h"
#include "reports/reportpdf.h"
#include "views/errordialog.h"
#include "views/progresstask.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io, ExportActions::tr("Cannot write %1.").arg(path), file.errorString());
    return {};
}

} // namespace

ExportActions::ExportActions(Directory *directory, QWidget *window)
    : QObject(window), m_directory(directory), m_window(window)
{
    m_export = new QAction(IconSet::icon(IconId::Export), tr("&Export…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the current view as CSV, HTML or PDF"));
    m_print = new QAction(IconSet::icon(IconId::Print), tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_export, &QAction::triggered, this, [this] { exportReport(currentRequest(), currentOrganisation()); });
    connect(m_print, &QAction::triggered, this, [this] { printReport(currentRequest(), currentOrganisation()); });
}

void ExportActions::setRequestProvider(RequestProvider provider)
{
    m_provider = std::move(provider);
}

void ExportActions::setOrganisationProvider(OrganisationProvider provider)
{
    m_organisationProvider = std::move(provider);
}

ExportActions::Organisation ExportActions::currentOrganisation() const
{
    return m_organisationProvider ? m_organisationProvider() : Organisation();
}

ExportActions::Organisation ExportActions::resolved(const Organisation &organisation) const
{
    if (!organisation.isLive())
        return organisation;
    // Copies: the Directory may change while a worker renders or a preview repaints.
    return {std::make_shared<const Snapshot>(m_directory->snapshot()),
            std::make_shared<const AccessIndex>(m_directory->access())};
}

ReportRequest ExportActions::currentRequest() const
{
    return labelled(m_provider ? m_provider() : ReportRequest());
}

ReportRequest ExportActions::labelled(ReportRequest request) const
{
    if (request.databaseLabel.isEmpty())
        request.databaseLabel = m_databaseLabel;
    return request;
}

ExportActions::Format ExportActions::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    return Format::Csv;
}

Result<void> ExportActions::write(const ReportRequest &request, Format format, const QString &path,
                                  const Organisation &source, Progress *progress)
{
    const Snapshot &snapshot = *source.snapshot;
    const AccessIndex &index = *source.index;
    const auto cancelled = [progress] { return progress && progress->isCancelled(); };
    if (cancelled())
        return Progress::cancelledError();
    if (format == Format::Pdf)
        return writePdf(snapshot, index, request, path);
    const QByteArray bytes = format == Format::Csv ? renderCsv(snapshot, index, request, progress)
                                                   : renderHtml(snapshot, index, request).toUtf8();
    // A cancel stops the rendering; nothing is written after it.
    if (cancelled())
        return Progress::cancelledError();
    return writeFile(path, bytes);
}

QFuture<Result<void>> ExportActions::exportTo(const ReportRequest &request, Format format, const QString &path,
                                              const Organisation &organisation, Progress *progress) const
{
    return QtConcurrent::run([source = resolved(organisation), request, format, path, progress] {
        return write(request, format, path, source, progress);
    });
}

void ExportActions::exportReport(const ReportRequest &given, const Organisation &organisation)
{
    const ReportRequest request = labelled(given);
    const QString csv = tr("CSV (*.csv)");
    const QString html = tr("HTML (*.html)");
    const QString pdf = tr("PDF (*.pdf)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"), QString(),
                                                QStringList{pdf, html, csv}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csv ? u".csv"_s : filter == html ? u".html"_s : u".pdf"_s;

    const Format format = formatOfPath(path);
    QFuture<Result<void>> written = ProgressTask::run<Result<void>>(
        m_window, tr("Exporting %1…").arg(QFileInfo(path).fileName()),
        [source = resolved(organisation), request, format, path](Progress &progress) {
            return write(request, format, path, source, &progress);
        });
    written.then(this, [this, path](const Result<void> &result) {
        if (result.ok()) {
            Q_EMIT exported(path);
        } else if (result.error().code == Error::Code::Cancelled) {
            // Stopped by the person: no file, nothing to report.
        } else {
            Q_EMIT exportFailed(result.error());
            showErrorDialog(m_window, tr("Export Report"), result.error());
        }
    });
}

void ExportActions::printReport(const ReportRequest &given, const Organisation &organisation)
{
    const ReportRequest request = labelled(given);
    // The preview paints on the GUI thread (the printer lives there) from the organisation
    // as it was when asked, so every repaint shows the same report. The access table is
    // bounded by request.tableRowLimit, which keeps a page turn short.
    const Organisation source = resolved(organisation);
    const QString title = request.title.isEmpty() ? ReportRequest::scopeName(request.scope) : request.title;
    auto *preview = new QPrintPreviewDialog(m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print %1").arg(title));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, source, request](QPrinter *printer) {
        const Result<void> painted = paintReport(*source.snapshot, *source.index, request, *printer);
        if (!painted.ok())
            Q_EMIT exportFailed(painted.error());
    });
    preview->open();
}

} // namespace Gatehouse

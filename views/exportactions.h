// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "reports/reportrequest.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace Gatehouse {

class AccessIndex;
class Directory;
struct Snapshot;

// File → Export… and File → Print… for the report of the current view (a page hands its
// ReportRequest through the provider: findings, a lookup, the matrix with its filters; by
// default the whole organisation). Rendering runs on a worker thread over copies of the
// organisation, so a long export shows progress and never freezes the window. The
// organisation is the Directory's as it is when asked, or the one a page shows instead (the
// matrix as of a past time), handed through the organisation provider.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    enum class Format : quint8 { Csv, Html, Pdf };
    using RequestProvider = std::function<ReportRequest()>;

    // The organisation a report reads; both null: the Directory's, copied when the export
    // starts. Both must be set together and never change afterwards.
    struct Organisation
    {
        std::shared_ptr<const Snapshot> snapshot;
        std::shared_ptr<const AccessIndex> index;

        bool isLive() const { return !snapshot || !index; }
    };
    using OrganisationProvider = std::function<Organisation()>;

    ExportActions(Directory *directory, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }

    void setRequestProvider(RequestProvider provider);
    void setOrganisationProvider(OrganisationProvider provider);
    void setDatabaseLabel(const QString &label) { m_databaseLabel = label; }
    // The report the current view asks for, with the database label filled in.
    ReportRequest currentRequest() const;
    // The organisation the current view shows (live when no provider says otherwise).
    Organisation currentOrganisation() const;

    // Asks for a file (the format follows the chosen type) and exports `request` to it. This
    // and printReport() fill in the database label when the request has none.
    void exportReport(const ReportRequest &request, const Organisation &organisation = {});
    // Print preview of `request` (paged like the PDF), then the printer.
    void printReport(const ReportRequest &request, const Organisation &organisation = {});

    // Writes the report of `organisation` (by default the Directory's as it is now) to
    // `path`, off the GUI thread. The future finishes when the file is complete (or failed:
    // nothing is left). With `progress` (kept alive by the caller until then) the work
    // reports how far it is, and a cancel ends it with Error::Code::Cancelled and no file.
    QFuture<Result<void>> exportTo(const ReportRequest &request, Format format, const QString &path,
                                   const Organisation &organisation = {}, Progress *progress = nullptr) const;
    static Format formatOfPath(const QString &path);

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const Gatehouse::Error &error);

private:
    static Result<void> write(const ReportRequest &request, Format format, const QString &path,
                              const Organisation &source, Progress *progress);

    Directory *m_directory = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    // The organisation to render: `organisation`, or a copy of the Directory's.
    Organisation resolved(const Organisation &organisation) const;
    ReportRequest labelled(ReportRequest request) const;

    RequestProvider m_provider;
    OrganisationProvider m_organisationProvider;
    QString m_databaseLabel;
};

} // namespace Gatehouse

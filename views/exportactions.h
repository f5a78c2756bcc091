// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "reports/reportrequest.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace Gatehouse {

class Directory;

// File → Export… and File → Print… for the report of the current view (a page hands its
// ReportRequest through the provider: findings, a lookup, the matrix with its filters; by
// default the whole organisation). Rendering runs on a worker thread over copies of the
// organisation, so a long export shows progress and never freezes the window.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    enum class Format : quint8 { Csv, Html, Pdf };
    using RequestProvider = std::function<ReportRequest()>;

    ExportActions(Directory *directory, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }

    void setRequestProvider(RequestProvider provider);
    void setDatabaseLabel(const QString &label) { m_databaseLabel = label; }
    // The report the current view asks for, with the database label filled in.
    ReportRequest currentRequest() const;

    // Asks for a file (the format follows the chosen type) and exports `request` to it.
    void exportReport(const ReportRequest &request);
    // Print preview of `request` (paged like the PDF), then the printer.
    void printReport(const ReportRequest &request);

    // Writes the report of the Directory's organisation as it is now to `path`, off the GUI
    // thread. The future finishes when the file is complete (or failed: nothing is left).
    QFuture<Result<void>> exportTo(const ReportRequest &request, Format format, const QString &path) const;
    static Format formatOfPath(const QString &path);

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const Gatehouse::Error &error);

private:
    Directory *m_directory = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    RequestProvider m_provider;
    QString m_databaseLabel;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/auditrecord.h"
#include "models/matrixfilter.h"
#include "reports/reportrequest.h"
#include "views/adminbackend.h"
#include "views/detailspane.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QTableView;
class QTimer;

namespace Gatehouse {

class Directory;
class ExplainPanel;
class MatrixModel;

// The access matrix: accounts × datastores with filters on both, a legend with counts, the
// explanation of the selected cell, an account's row through one of its teams, Compare,
// and the matrix as of a past date (rebuilt from the audit history, read-only). Its report
// (File → Export / Print, "Export Row…", "Export Column…") is the view as filtered.
class MatrixPage : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixPage(Directory *directory, QWidget *parent = nullptr);
    ~MatrixPage() override;

    void setBackend(AdminBackend backend);

    MatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ExplainPanel *explainPanel() const { return m_explain; }
    QLabel *legendLabel() const { return m_legend; }
    QLabel *bannerLabel() const { return m_banner; }
    QLineEdit *accountSearch() const { return m_rowText; }
    QLineEdit *datastoreSearch() const { return m_columnText; }
    QComboBox *accountTeamCombo() const { return m_rowTeam; }
    QComboBox *datastoreTeamCombo() const { return m_columnTeam; }
    QComboBox *throughTeamCombo() const { return m_throughTeam; }
    QCheckBox *onlyAccountsWithAccessBox() const { return m_onlyAccounts; }
    QCheckBox *onlyDatastoresWithAccessBox() const { return m_onlyDatastores; }
    QDateTimeEdit *asOfEdit() const { return m_asOfEdit; }

    MatrixFilter filter() const;
    // Applies the filters now (they otherwise follow the controls after a short pause).
    void applyFilters();
    // Shows the organisation as it was at `time` (read from the audit history); an invalid
    // time goes back to the live organisation.
    void showAsOf(const QDateTime &time);
    bool isLive() const;
    QDateTime asOf() const { return m_asOf; }
    bool isBusy() const { return m_busyGeneration != 0; }

    void openCompare();
    void openChangesSince();

    // The report of what the matrix shows: the accounts and datastores in view (each list
    // empty when all of them are in view), the filters as lines of text, and the as-of time
    // when the page shows the past. Account scope: the account of `row` over the datastores
    // in view; Datastore scope: the datastore of `column` over the accounts in view; -1
    // takes the current cell's, and without one the whole view (Matrix scope) is reported.
    // Filters still waiting after typing are applied first.
    ReportRequest reportRequest(ReportRequest::Scope scope = ReportRequest::Scope::Matrix, int row = -1,
                                int column = -1);
    // The filters in effect, as a reader of the report reads them; empty without filters.
    QStringList filterLines() const;
    // The organisation shown as of a past time; null while live. Immutable: shared with
    // exports that may outlive the page's view of it.
    std::shared_ptr<const Snapshot> pastSnapshot() const { return m_pastSnapshot; }
    std::shared_ptr<const AccessIndex> pastIndex() const { return m_pastIndex; }
    // Context menu actions over the current cell; each emits exportRequested().
    QAction *exportRowAction() const { return m_exportRow; }
    QAction *exportColumnAction() const { return m_exportColumn; }

Q_SIGNALS:
    void navigateRequested(Gatehouse::EntityKind kind, qint64 id);
    // "Export Row…" / "Export Column…": the window asks for a file and writes `request`.
    void exportRequested(const Gatehouse::ReportRequest &request);
    // After an as-of request finished (or failed: `error` not empty).
    void asOfFinished(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshOrDefer();
    void refreshIfStale();
    QWidget *createFilters();
    QWidget *createToolbar();
    void fillChoices();
    void scheduleFilters();
    void updateLegend();
    void updateExplain();
    void onCurrentChanged();
    void fillThroughTeams(qsizetype accountPos);
    void setBusy(bool busy, const QString &message = {});
    void createExportActions();
    void updateExportActions();
    void showHeaderMenu(Qt::Orientation orientation, const QPoint &pos);

    Directory *m_directory = nullptr;
    AdminBackend m_backend;
    MatrixModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ExplainPanel *m_explain = nullptr;
    QTimer *m_filterTimer = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLineEdit *m_rowText = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_rowTeam = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_showDeactivated = nullptr;
    QCheckBox *m_onlyAccounts = nullptr;
    QLineEdit *m_columnText = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_columnTeam = nullptr;
    QComboBox *m_connection = nullptr;
    QCheckBox *m_onlyDatastores = nullptr;
    QComboBox *m_throughTeam = nullptr;
    QDateTimeEdit *m_asOfEdit = nullptr;
    QPushButton *m_nowButton = nullptr;
    QAction *m_exportRow = nullptr;
    QAction *m_exportColumn = nullptr;
    qsizetype m_throughAccountPos = -1;
    // "As of": the organisation rebuilt from the history, shown instead of the Directory.
    std::shared_ptr<const Snapshot> m_pastSnapshot;
    std::shared_ptr<const AccessIndex> m_pastIndex;
    QDateTime m_asOf;
    int m_generation = 0;
    int m_busyGeneration = 0;
    // A change arrived while the page was hidden: the choices, the shape and the legend are
    // worked out when it is next shown (or asked for a report), not on every load.
    bool m_stale = false;
};

} // namespace Gatehouse

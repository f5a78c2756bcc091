// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/adminservice.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Gatehouse {

class AdminSession;
class PreviewPanel;

// Base of the administration dialogs: the fields (a subclass fills contentLayout()), the
// preview of the change, and applying it. Every edit re-plans the change through
// AdminService after a short pause; an invalid edit shows the planning error and disables
// OK. OK commits through the session and keeps the dialog open, busy, until the database
// answers. A conflict (someone else changed the entity: refused by the repository, or seen
// in the preview once live refresh brought the newer entity) offers "Reload and Re-apply":
// the organisation is read again and the edits made here are put on top of the entity as
// it is now, for the person to apply again; nothing typed is lost.
class AdminDialog : public QDialog
{
    Q_OBJECT
public:
    // Pause between the last edit and the new preview.
    static constexpr int PreviewDelayMs = 250;

    AdminDialog(AdminSession *session, const QString &title, QWidget *parent = nullptr);
    ~AdminDialog() override;

    PreviewPanel *preview() const { return m_preview; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QPushButton *okButton() const;
    // A viewer (someone who may not edit): fields as they are, no OK.
    bool isReadOnly() const { return m_readOnly; }
    QPushButton *reloadButton() const { return m_reload; }
    // The message box a refused commit opened ("Team 'Finance' was changed by … at …"),
    // with Reload and Re-apply and Cancel; null when none is open.
    QMessageBox *conflictBox() const;
    // The commit's outcome when it failed ("Someone else changed …").
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }

    // Plans now (skipping the pause): what tests and accept() use.
    void updatePreview();

Q_SIGNALS:
    // The preview shows a new plan (or its error).
    void previewUpdated();

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    AdminSession *session() const { return m_session; }
    QVBoxLayout *contentLayout() const { return m_content; }
    // The change the fields describe; applied in order (e.g. role, then teams). Empty when
    // nothing changed.
    virtual QList<Command> commands() const = 0;
    // After a reload: take the current versions of the entity being edited, keeping the
    // edits. False when it no longer exists (the message says so).
    virtual bool rebase(QString *message) { Q_UNUSED(message); return true; }
    // Text shown when commands() is empty.
    virtual QString nothingToDoText() const;
    // Makes the dialog a viewer: fields stay as they are, OK is hidden, `reason` shown.
    void setReadOnly(const QString &reason);
    // Call from every field's change signal.
    void schedulePreview();
    // Accept needs more than a valid plan (e.g. a typed confirmation).
    virtual bool readyToApply() const { return true; }
    void updateOkButton();

private:
    void setBusy(bool busy);
    void applyFrom(int index);
    void reloadOrganisation();
    void showConflict(const Error &error);

    AdminSession *m_session = nullptr;
    QVBoxLayout *m_content = nullptr;
    PreviewPanel *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
    QTimer *m_previewTimer = nullptr;
    QPointer<QDialog> m_conflictBox; // a QMessageBox
    QList<Command> m_pending;       // commands being applied, in order
    bool m_planOk = false;
    bool m_busy = false;
    bool m_readOnly = false;
};

} // namespace Gatehouse

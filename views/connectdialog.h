// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDialog>
#include <QFuture>
#include <QStringList>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace Gatehouse {

// The databases opened last, newest first, kept in QSettings ("RecentDatabases/urls").
// A password is never kept: add() strips one a URL may carry.
namespace RecentDatabases {
inline constexpr int MaxCount = 10;
QStringList urls();
void add(const QString &url);
void clear();
// `url` without the password of a postgresql:// URL; other text unchanged.
QString withoutPassword(const QString &url);
} // namespace RecentDatabases

// File → Connect to Database: a PostgreSQL server (host, port, database, user, SSL mode and
// a password for this connection only) or a local SQLite file (open one, or create a new
// organisation in a new file), with the recent databases and a connection test.
//
// The dialog runs no SQL: the test is a function it is given (setTester), which does the
// work off the GUI thread and hands back a future; the owner opens what url() names.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // A sentence on success ("Connected to ..."), or the Error to show.
    using Tester = std::function<QFuture<Result<QString>>(const QString &url)>;

    enum class Source { Server, File };
    enum class FileAction { OpenExisting, CreateNew };

    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Without a tester "Test connection" is disabled.
    void setTester(Tester tester);

    Source source() const;
    void setSource(Source source);
    FileAction fileAction() const;
    void setFileAction(FileAction action);
    // Fills the fields from a database location (postgresql://..., sqlite:PATH or a path);
    // false when the text is not one.
    bool setUrl(const QString &url);

    // The location to open, with the password when one was typed (for this connection
    // only: never shown, never saved).
    QString url() const;
    // The same without the password: what the preview shows and the recent list keeps.
    QString displayUrl() const;
    // The first problem with the fields, naming the field; empty when they are valid.
    QString validationMessage() const;
    bool createsNewOrganisation() const;

    bool isTesting() const { return m_testing; }
    // The sentence the last test left ("Connected to ..." or the error's message).
    QString testResult() const;
    QString testDetail() const;

public Q_SLOTS:
    void testConnection();
    void cancelTest();
    // Connects when the fields are valid, otherwise shows why not and focuses the field.
    void accept() override;
    // Esc during a test cancels the test; otherwise it closes the dialog.
    void reject() override;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    QWidget *createServerPage();
    QWidget *createFilePage();
    void browse();
    void updateState();
    void setTesting(bool testing);
    void showTestResult(const QString &text, const QString &detail, bool ok);
    void chooseRecent(bool connect);
    // The first problem with the fields and, when `field` is given, the field it is about.
    QString problem(QWidget **field) const;

    Tester m_tester;
    int m_testGeneration = 0;
    bool m_testing = false;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_serverPreview = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QRadioButton *m_openExisting = nullptr;
    QRadioButton *m_createNew = nullptr;
    QLabel *m_filePreview = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QLabel *m_result = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QListWidget *m_recent = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace Gatehouse

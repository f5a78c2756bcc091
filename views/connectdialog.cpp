// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/connectdialog.h"
#include "views/appearance.h"
#include "views/dialogfocus.h"
#include "views/iconset.h"

#include <QButtonGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr QStringView RecentKey = u"RecentDatabases/urls";
// libpq's sslmode values, weakest first.
constexpr QStringView SslModes[] = {u"disable", u"allow", u"prefer", u"require", u"verify-ca", u"verify-full"};
constexpr int DefaultSslMode = 2; // prefer
constexpr int DefaultPort = 5432;
// PostgreSQL truncates identifiers past NAMEDATALEN - 1 bytes.
constexpr qsizetype MaxIdentifierBytes = 63;

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql:", Qt::CaseInsensitive)
        || text.startsWith(u"postgres:", Qt::CaseInsensitive);
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString sqliteUrl(const QString &typedPath)
{
    return u"sqlite:"_s + QDir::cleanPath(QFileInfo(typedPath.trimmed()).absoluteFilePath());
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// The problem with a PostgreSQL identifier typed into `field`, or empty.
QString identifierProblem(const QString &field, const QString &value)
{
    if (value.trimmed() != value)
        return ConnectDialog::tr("%1: %2 starts or ends with a space.").arg(field, quoted(value));
    if (hasControlCharacter(value))
        return ConnectDialog::tr("%1: %2 holds a control character.").arg(field, quoted(value));
    if (value.toUtf8().size() > MaxIdentifierBytes)
        return ConnectDialog::tr("%1: %2 is longer than PostgreSQL's limit of 63 bytes.")
            .arg(field, quoted(value));
    return {};
}

} // namespace

namespace RecentDatabases {

QString withoutPassword(const QString &url)
{
    if (!isPostgresUrl(url))
        return url;
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url;
    parsed.setPassword({});
    return parsed.toString();
}

QStringList urls()
{
    QStringList list = QSettings().value(RecentKey.toString()).toStringList();
    list.removeAll(QString());
    return list.mid(0, MaxCount);
}

void add(const QString &url)
{
    const QString clean = withoutPassword(url.trimmed());
    if (clean.isEmpty())
        return;
    QStringList list = urls();
    list.removeAll(clean);
    list.prepend(clean);
    QSettings().setValue(RecentKey.toString(), list.mid(0, MaxCount));
}

void clear()
{
    QSettings().remove(RecentKey.toString());
}

} // namespace RecentDatabases

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Connect to Database"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createServerPage(), tr("&PostgreSQL server"));
    m_tabs->addTab(createFilePage(), tr("&Local file"));
    m_tabs->setAccessibleName(tr("Kind of database"));

    m_validation = new QLabel(this);
    m_validation->setObjectName(u"validation"_s);
    m_validation->setWordWrap(true);
    Appearance::showAsProblem(m_validation);
    m_validation->setAccessibleName(tr("Problem with the fields"));

    m_test = new QPushButton(IconSet::icon(IconId::Connect), tr("&Test connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no progress to show
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    m_cancelTest = new QPushButton(tr("Cancel &test"), this);
    m_cancelTest->setObjectName(u"cancelTest"_s);
    m_cancelTest->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_busy);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch();

    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(u"details"_s);
    m_detailsToggle->setText(tr("Deta&ils"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->hide();
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"detailText"_s);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->setAccessibleName(tr("Technical details"));
    m_details->hide();
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_detailsToggle, 0, Qt::AlignTop);

    auto *recentLabel = new QLabel(tr("&Recent databases (double-click to connect):"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(u"recent"_s);
    m_recent->setAccessibleName(tr("Recent databases"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 7);
    recentLabel->setBuddy(m_recent);
    const QStringList recent = RecentDatabases::urls();
    m_recent->addItems(recent);
    recentLabel->setVisible(!recent.isEmpty());
    m_recent->setVisible(!recent.isEmpty());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = m_buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_validation);
    layout->addLayout(testRow);
    layout->addLayout(resultRow);
    layout->addWidget(m_details);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(m_buttons);

    setTabOrder(m_tabs, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_sslMode);
    setTabOrder(m_sslMode, m_password);
    setTabOrder(m_password, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_openExisting);
    setTabOrder(m_openExisting, m_createNew);
    setTabOrder(m_createNew, m_test);
    setTabOrder(m_test, m_cancelTest);
    setTabOrder(m_cancelTest, m_detailsToggle);
    setTabOrder(m_detailsToggle, m_recent);
    setTabOrder(m_recent, m_connect);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateState();
        (source() == Source::Server ? static_cast<QWidget *>(m_host) : m_path)->setFocus();
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &ConnectDialog::cancelTest);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(shown);
    });
    connect(m_recent, &QListWidget::itemSelectionChanged, this, [this] { chooseRecent(false); });
    connect(m_recent, &QListWidget::itemDoubleClicked, this, [this] { chooseRecent(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    // The Cancel button closes the dialog even during a test; Esc first stops the test.
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancelTest();
        QDialog::reject();
    });

    // Start from the database used last: connecting again is one Enter away.
    if (!recent.isEmpty())
        setUrl(recent.first());
    updateState();
    (source() == Source::Server ? static_cast<QWidget *>(m_host) : m_path)->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

QWidget *ConnectDialog::createServerPage()
{
    auto *page = new QWidget(this);
    m_host = new QLineEdit(page);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("db.example.com"));
    m_host->setAccessibleName(tr("Host"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(u"port"_s);
    // Wider than TCP allows, so an out-of-range number can be typed and explained.
    m_port->setRange(0, 99999);
    m_port->setValue(DefaultPort);
    m_port->setAccessibleName(tr("Port"));
    m_database = new QLineEdit(page);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(tr("gatehouse"));
    m_database->setAccessibleName(tr("Database"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"user"_s);
    m_user->setPlaceholderText(tr("your login name"));
    m_user->setAccessibleName(tr("User"));
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(u"sslMode"_s);
    for (QStringView mode : SslModes)
        m_sslMode->addItem(mode.toString());
    m_sslMode->setCurrentIndex(DefaultSslMode);
    m_sslMode->setAccessibleName(tr("SSL mode"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Used for this connection only, never saved."));
    auto *passwordNote = new QLabel(tr("Leave empty to use PGPASSWORD or ~/.pgpass. A password "
                                       "typed here is used for this connection only and never saved."),
                                    page);
    passwordNote->setWordWrap(true);
    QFont small = passwordNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    passwordNote->setFont(small);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);
    m_serverPreview = new QLabel(page);
    m_serverPreview->setObjectName(u"serverPreview"_s);
    m_serverPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverPreview->setAccessibleName(tr("Database URL"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), passwordNote);
    form->addRow(tr("URL:"), m_serverPreview);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    return page;
}

QWidget *ConnectDialog::createFilePage()
{
    auto *page = new QWidget(this);
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"path"_s);
    m_path->setPlaceholderText(tr("/path/to/organisation.gatehouse"));
    m_path->setAccessibleName(tr("File"));
    m_browse = new QPushButton(IconSet::icon(IconId::Open), tr("&Browse…"), page);
    m_browse->setAccessibleName(tr("Browse for the file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_openExisting = new QRadioButton(tr("&Open an existing organisation"), page);
    m_openExisting->setObjectName(u"openExisting"_s);
    m_openExisting->setChecked(true);
    m_createNew = new QRadioButton(tr("Create a &new organisation, with you as its first Admin"), page);
    m_createNew->setObjectName(u"createNew"_s);
    auto *group = new QButtonGroup(page);
    group->addButton(m_openExisting);
    group->addButton(m_createNew);
    m_filePreview = new QLabel(page);
    m_filePreview->setObjectName(u"filePreview"_s);
    m_filePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filePreview->setAccessibleName(tr("Database URL"));

    auto *form = new QFormLayout(page);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(QString(), m_openExisting);
    form->addRow(QString(), m_createNew);
    form->addRow(tr("URL:"), m_filePreview);

    connect(m_path, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_openExisting, &QRadioButton::toggled, this, &ConnectDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ConnectDialog::browse);
    return page;
}

void ConnectDialog::setTester(Tester tester)
{
    m_tester = std::move(tester);
    updateState();
}

ConnectDialog::Source ConnectDialog::source() const
{
    return m_tabs->currentIndex() == 1 ? Source::File : Source::Server;
}

void ConnectDialog::setSource(Source source)
{
    m_tabs->setCurrentIndex(source == Source::File ? 1 : 0);
}

ConnectDialog::FileAction ConnectDialog::fileAction() const
{
    return m_createNew->isChecked() ? FileAction::CreateNew : FileAction::OpenExisting;
}

void ConnectDialog::setFileAction(FileAction action)
{
    (action == FileAction::CreateNew ? m_createNew : m_openExisting)->setChecked(true);
}

bool ConnectDialog::createsNewOrganisation() const
{
    return source() == Source::File && fileAction() == FileAction::CreateNew;
}

bool ConnectDialog::setUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (isPostgresUrl(trimmed)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return false;
        m_host->setText(url.host());
        m_port->setValue(url.port(DefaultPort));
        QString database = url.path(QUrl::FullyDecoded);
        if (database.startsWith(u'/'))
            database.remove(0, 1);
        m_database->setText(database);
        m_user->setText(url.userName(QUrl::FullyDecoded));
        m_password->setText(url.password(QUrl::FullyDecoded));
        const QString mode = QUrlQuery(url).queryItemValue(u"sslmode"_s, QUrl::FullyDecoded);
        const int index = m_sslMode->findText(mode);
        m_sslMode->setCurrentIndex(index >= 0 ? index : DefaultSslMode);
        setSource(Source::Server);
        return true;
    }
    QString path = trimmed;
    if (path.startsWith(u"sqlite:", Qt::CaseInsensitive)) {
        path.remove(0, 7);
        if (path.startsWith(u"//"))
            path.remove(0, 2);
    } else if (path.contains(u"://")) {
        return false;
    }
    if (path.isEmpty())
        return false;
    m_path->setText(path);
    setFileAction(FileAction::OpenExisting);
    setSource(Source::File);
    return true;
}

QString ConnectDialog::url() const
{
    if (source() == Source::File)
        return sqliteUrl(m_path->text());
    QUrl url;
    url.setScheme(u"postgresql"_s);
    if (!m_user->text().isEmpty())
        url.setUserName(m_user->text());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u'/' + m_database->text());
    QUrlQuery query;
    query.addQueryItem(u"sslmode"_s, m_sslMode->currentText());
    url.setQuery(query);
    // Fully encoded, so a password with reserved characters reads back the same.
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::displayUrl() const
{
    if (source() == Source::File)
        return sqliteUrl(m_path->text());
    QUrl url(this->url(), QUrl::StrictMode);
    url.setPassword({});
    return url.toString();
}

QString ConnectDialog::validationMessage() const
{
    return problem(nullptr);
}

QString ConnectDialog::problem(QWidget **field) const
{
    const auto at = [field](QWidget *widget, const QString &message) {
        if (field)
            *field = widget;
        return message;
    };
    if (source() == Source::Server) {
        const QString host = m_host->text().trimmed();
        if (host.isEmpty())
            return at(m_host, tr("Host: enter the server's name or address."));
        QUrl check;
        check.setHost(host, QUrl::StrictMode);
        if (!check.isValid() || check.host().isEmpty() || host.contains(u' '))
            return at(m_host, tr("Host: %1 is not a host name or address.").arg(quoted(host)));
        if (m_port->value() < 1 || m_port->value() > 65535)
            return at(m_port, tr("Port: %1 is out of range; a port is a number from 1 to 65535.")
                                  .arg(m_port->value()));
        const QString database = m_database->text();
        if (database.trimmed().isEmpty())
            return at(m_database, tr("Database: enter the name of the database."));
        if (const QString problem = identifierProblem(tr("Database"), database); !problem.isEmpty())
            return at(m_database, problem);
        if (const QString problem = identifierProblem(tr("User"), m_user->text()); !problem.isEmpty())
            return at(m_user, problem);
        return {};
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return at(m_path, tr("File: choose the database file, or type its path."));
    const QFileInfo info(path);
    if (fileAction() == FileAction::OpenExisting) {
        if (!info.exists())
            return at(m_path, tr("File: %1 does not exist; choose \"Create a new organisation\" to make "
                                 "one there.").arg(info.absoluteFilePath()));
        if (info.isDir())
            return at(m_path, tr("File: %1 is a folder, not a database file.").arg(info.absoluteFilePath()));
        return {};
    }
    if (info.exists())
        return at(m_path, tr("File: %1 exists already; choose \"Open an existing organisation\" to open it.")
                              .arg(info.absoluteFilePath()));
    if (!info.absoluteDir().exists())
        return at(m_path, tr("File: the folder %1 does not exist.").arg(info.absolutePath()));
    return {};
}

void ConnectDialog::updateState()
{
    m_serverPreview->setText(source() == Source::Server ? displayUrl() : QString());
    m_filePreview->setText(source() == Source::File && !m_path->text().trimmed().isEmpty() ? displayUrl()
                                                                                            : QString());
    const QString message = validationMessage();
    m_validation->setText(message);
    m_validation->setVisible(!message.isEmpty());
    m_connect->setText(createsNewOrganisation() ? tr("&Create") : tr("&Connect"));
    m_test->setEnabled(m_tester && message.isEmpty() && !m_testing && !createsNewOrganisation());
    m_test->setToolTip(createsNewOrganisation() ? tr("There is nothing to test before the file is created.")
                                                : QString());
    if (!m_testing)
        showTestResult({}, {}, true);
}

void ConnectDialog::browse()
{
    const QString start = m_path->text().trimmed();
    const QString filter = tr("Gatehouse databases (*.gatehouse);;All files (*)");
    QString path;
    if (fileAction() == FileAction::CreateNew) {
        QFileDialog dialog(this, tr("New Organisation File"), start, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(u"gatehouse"_s);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            path = dialog.selectedFiles().first();
    } else {
        path = QFileDialog::getOpenFileName(this, tr("Open Organisation File"), start, filter);
    }
    if (!path.isEmpty())
        m_path->setText(path);
}

void ConnectDialog::chooseRecent(bool connectNow)
{
    const QList<QListWidgetItem *> selected = m_recent->selectedItems();
    if (selected.isEmpty())
        return;
    setUrl(selected.first()->text());
    if (connectNow)
        accept();
}

void ConnectDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_busy->setVisible(testing);
    m_cancelTest->setVisible(testing);
    updateState();
}

void ConnectDialog::showTestResult(const QString &text, const QString &detail, bool ok)
{
    m_result->setText(text);
    QPalette palette; // nothing set: the window's colours
    if (!ok)
        palette.setColor(QPalette::WindowText, Appearance::negativeText(QApplication::palette(m_result)));
    m_result->setPalette(palette);
    m_result->setVisible(!text.isEmpty());
    m_details->setPlainText(detail);
    m_detailsToggle->setVisible(!detail.isEmpty());
    if (detail.isEmpty())
        m_detailsToggle->setChecked(false);
    m_details->setVisible(!detail.isEmpty() && m_detailsToggle->isChecked());
}

QString ConnectDialog::testResult() const
{
    return m_result->text();
}

QString ConnectDialog::testDetail() const
{
    return m_details->toPlainText();
}

void ConnectDialog::testConnection()
{
    if (!m_tester || !validationMessage().isEmpty() || createsNewOrganisation())
        return;
    const int generation = ++m_testGeneration;
    const QString target = displayUrl();
    setTesting(true);
    m_result->setText(tr("Connecting to %1…").arg(target));
    m_result->setStyleSheet(QString());
    m_result->show();
    m_tester(url()).then(this, [this, generation](Result<QString> result) {
        if (generation != m_testGeneration)
            return; // cancelled, or a newer test runs
        setTesting(false);
        if (result.ok())
            showTestResult(result.value(), {}, true);
        else
            showTestResult(result.error().message, result.error().detail, false);
        Q_EMIT testFinished(result.ok());
    });
}

void ConnectDialog::cancelTest()
{
    if (!m_testing)
        return;
    // The attempt finishes on its own thread; its answer is dropped.
    ++m_testGeneration;
    setTesting(false);
    showTestResult(tr("Test cancelled."), {}, true);
}

void ConnectDialog::accept()
{
    QWidget *field = nullptr;
    if (const QString message = problem(&field); !message.isEmpty()) {
        m_validation->setText(message);
        m_validation->show();
        field->setFocus();
        return;
    }
    cancelTest();
    QDialog::accept();
}

void ConnectDialog::reject()
{
    if (m_testing) {
        cancelTest();
        return;
    }
    QDialog::reject();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/explainpanel.h"

#include "models/displaytext.h"
#include "models/matrixmodel.h"
#include "views/matrixdelegate.h"

#include <QLabel>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QString teamLink(const Team &team)
{
    return u"<a href=\"team:%1\">%2</a>"_s.arg(team.id).arg(team.name.toHtmlEscaped());
}

QString levelText(Level level)
{
    return level == Level::None ? ExplainPanel::tr("no access") : DisplayText::level(level);
}

struct Capability
{
    Level minimum;
    const char *text;
};

// domain.md, "Capabilities per level".
constexpr Capability Capabilities[] = {
    {Level::Reporter, QT_TRANSLATE_NOOP("Gatehouse::ExplainPanel",
                                        "View datastore, activity, profiles, checks, anomalies, tags, field status")},
    {Level::Viewer, QT_TRANSLATE_NOOP("Gatehouse::ExplainPanel",
                                      "Preview data, view anomaly source records, comment, view/preview enrichment")},
    {Level::Drafter, QT_TRANSLATE_NOOP("Gatehouse::ExplainPanel", "Create draft checks, dry-run a check")},
    {Level::Author, QT_TRANSLATE_NOOP("Gatehouse::ExplainPanel",
                                      "Create/edit/activate/validate/archive checks, change anomaly status, assign anomalies")},
    {Level::Editor, QT_TRANSLATE_NOOP("Gatehouse::ExplainPanel",
                                      "Edit settings, run/schedule operations, computed assets, scoring, enrichment, "
                                      "mask/unmask/reveal fields")},
    {Level::Admin, QT_TRANSLATE_NOOP("Gatehouse::ExplainPanel", "Delete the datastore, unlink enrichment (Admin role only)")},
};

} // namespace

ExplainPanel::ExplainPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_reason = new QLabel;
    m_capabilities = new QLabel;
    for (QLabel *label : {m_reason, m_capabilities}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_reason, &QLabel::linkActivated, this, &ExplainPanel::onLink);

    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->addWidget(m_title);
    inner->addWidget(m_reason);
    inner->addSpacing(8);
    inner->addWidget(m_capabilities);
    inner->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setMinimumWidth(230);
    clear();
}

void ExplainPanel::clear()
{
    m_title->setText(tr("No cell selected"));
    m_reason->setText(tr("Select a cell of the matrix to see why the account has its level there."));
    m_capabilities->clear();
}

void ExplainPanel::showCell(const Snapshot &snapshot, const AccessIndex &index, qsizetype accountPos,
                            qsizetype datastorePos, Id restrictedTeam)
{
    const Account &account = snapshot.accounts.at(accountPos);
    const Datastore &datastore = snapshot.datastores.at(datastorePos);
    m_title->setText(tr("%1 on %2").arg(account.name, datastore.name));

    QString html;
    Level level = Level::None;
    const QString swatch = u"<span style=\"background:%1; color:%2\">&nbsp;%3&nbsp;</span> "_s;
    auto heading = [&](Level shown) -> QString {
        return swatch.arg(MatrixDelegate::fillColour(shown).name(), MatrixDelegate::textColour(shown).name(),
                          MatrixModel::mark(shown))
            + u"<b>"_s + levelText(shown).toHtmlEscaped() + u"</b>"_s;
    };
    const qsizetype restrictedPos = restrictedTeam ? index.teamPos(restrictedTeam) : -1;
    if (restrictedPos >= 0) {
        const Team &team = snapshot.teams.at(restrictedPos);
        level = index.rowThroughTeam(accountPos, restrictedPos)[size_t(datastorePos)];
        html += u"<p>"_s + heading(level) + u"</p><p>"_s
            + tr("Seen through %1 only (the role and other teams are not counted).").arg(teamLink(team))
            + u"</p>"_s;
    } else {
        const Explanation why = index.explain(accountPos, datastorePos);
        level = why.level;
        html += u"<p>"_s + heading(level) + u"</p>"_s;
        switch (why.source) {
        case Explanation::Source::Inactive:
            html += u"<p>"_s + tr("The account is deactivated: it has no access at all.") + u"</p>"_s;
            break;
        case Explanation::Source::Role:
            html += u"<p>"_s
                + tr("From the <b>Admin role</b>: Admins reach every datastore and are not subject to teams.")
                + u"</p>"_s;
            break;
        case Explanation::Source::None:
            html += u"<p>"_s + tr("No team of this account holds this datastore.") + u"</p>"_s;
            break;
        case Explanation::Source::Teams: {
            QStringList links;
            for (Id teamId : why.winningTeams)
                links.append(teamLink(snapshot.teams.at(index.teamPos(teamId))));
            // The number only picks the form ("the team" or "the teams"); the names are the text.
            html += u"<p>"_s + tr("Granted by the team(s) %1.", nullptr, int(links.size())).arg(links.join(u", "_s))
                + u"</p><ul>"_s;
            for (Id teamId : why.winningTeams) {
                const Team &team = snapshot.teams.at(index.teamPos(teamId));
                html += u"<li>"_s
                    + tr("Without %1 the level would be %2.")
                          .arg(team.name.toHtmlEscaped(), levelText(why.levelWithout(teamId)).toHtmlEscaped())
                    + u"</li>"_s;
            }
            html += u"</ul>"_s;
            break;
        }
        }
        if (!why.lesserTeams.isEmpty()) {
            html += u"<p>"_s + tr("Also granting less:") + u"</p><ul>"_s;
            for (const auto &[teamId, lesser] : why.lesserTeams)
                html += u"<li>"_s + teamLink(snapshot.teams.at(index.teamPos(teamId))) + u" — "_s
                    + DisplayText::level(lesser).toHtmlEscaped() + u"</li>"_s;
            html += u"</ul>"_s;
        }
    }
    m_reason->setText(html);

    QString table = u"<p><b>"_s + tr("What this level allows") + u"</b></p><table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const Capability &capability : Capabilities) {
        const bool allowed = level != Level::None && level >= capability.minimum;
        table += u"<tr><td style=\"color:%1\">%2</td><td style=\"color:%3\">%4</td></tr>"_s.arg(
            allowed ? u"#1a7f37"_s : u"#999999"_s, allowed ? u"✓"_s : u"✗"_s,
            allowed ? palette().color(QPalette::WindowText).name() : u"#999999"_s,
            tr(capability.text).toHtmlEscaped());
    }
    m_capabilities->setText(table + u"</table>"_s);
}

void ExplainPanel::onLink(const QString &link)
{
    if (link.startsWith(u"team:"_s))
        Q_EMIT navigateRequested(EntityKind::Team, link.mid(5).toLongLong());
}

} // namespace Gatehouse

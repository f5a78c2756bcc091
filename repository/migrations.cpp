// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/migrations.h"

#include "repository/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

QList<Migration> migrationsFor(QStringView dialect)
{
    static const QRegularExpression fileName(u"^(\\d+)_[A-Za-z0-9_]+\\.sql$"_s);
    const QDir dir(u":/sql/"_s + dialect);
    QList<Migration> result;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcRepository) << "ignoring migration with an unexpected name:" << file;
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcRepository) << "cannot read migration" << file << f.errorString();
            continue;
        }
        result.append({match.captured(1).toInt(), file, QString::fromUtf8(f.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int latestSchemaVersion(QStringView dialect)
{
    const QList<Migration> migrations = migrationsFor(dialect);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

QStringList splitSqlStatements(QStringView script)
{
    static const QRegularExpression triggerStart(
        u"^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(u"\\bEND$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hasBegin(u"\\bBEGIN\\b"_s, QRegularExpression::CaseInsensitiveOption);
    // PostgreSQL's dollar quote: $$ or $tag$, the tag an identifier without '$'.
    static const QRegularExpression dollarTag(u"\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"_s);

    enum class State { Code, SingleQuote, DoubleQuote, DollarQuote, LineComment, BlockComment };
    State state = State::Code;
    QStringList statements;
    QString current;
    QString dollarDelimiter;
    // The dollar quote opening at `at`, or an empty string ("$1" or "a$b$" open none).
    const auto dollarQuoteAt = [&](qsizetype at) {
        if (at > 0 && (script.at(at - 1).isLetterOrNumber() || script.at(at - 1) == u'_'))
            return QString();
        const QRegularExpressionMatch tag = dollarTag.match(script, at, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
        return tag.hasMatch() ? tag.captured(0) : QString();
    };

    const qsizetype size = script.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        switch (state) {
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
                current += u' ';
            }
            break;
        case State::SingleQuote:
            current += c;
            if (c == u'\'')
                state = State::Code; // '' re-enters the quote on the next character
            break;
        case State::DoubleQuote:
            current += c;
            if (c == u'"')
                state = State::Code;
            break;
        case State::DollarQuote:
            if (script.sliced(i).startsWith(dollarDelimiter)) {
                current += dollarDelimiter;
                i += dollarDelimiter.size() - 1;
                state = State::Code;
            } else {
                current += c;
            }
            break;
        case State::Code:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
            } else if (c == u'\'') {
                state = State::SingleQuote;
                current += c;
            } else if (c == u'"') {
                state = State::DoubleQuote;
                current += c;
            } else if (const QString tag = c == u'$' ? dollarQuoteAt(i) : QString(); !tag.isEmpty()) {
                dollarDelimiter = tag;
                current += dollarDelimiter;
                i += dollarDelimiter.size() - 1;
                state = State::DollarQuote;
            } else if (c == u';') {
                const QString statement = current.trimmed();
                // An SQLite trigger's body (BEGIN ... END) holds ';'. A PostgreSQL trigger
                // has no body of its own: its function's body is dollar-quoted.
                if (triggerStart.match(statement).hasMatch() && hasBegin.match(statement).hasMatch()
                    && !endsWithEnd.match(statement).hasMatch()) {
                    current += c; // inside the trigger body
                } else {
                    if (!statement.isEmpty())
                        statements.append(statement);
                    current.clear();
                }
            } else {
                current += c;
            }
            break;
        }
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements.append(rest);
    return statements;
}

} // namespace Gatehouse

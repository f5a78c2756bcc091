// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/scimfilter.h"

#include "net/scimschema.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// --- Lexer ---

struct Token
{
    enum class Type : quint8 { End, LParen, RParen, LBracket, RBracket, String, Number, Word };
    Type type = Type::End;
    QString text;        // Word: as written; String: the decoded value
    double number = 0;
    qsizetype position = 0; // 0-based index of the first character
};

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == u'-' || u == u':' || u == u'.' || u == u'$';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

QString describe(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return u"the end of the filter"_s;
    qsizetype end = at + 1;
    while (end < text.size() && end - at < 20 && !text.at(end).isSpace())
        ++end;
    return u"\""_s + text.mid(at, end - at).toString() + u'"';
}

class Lexer
{
public:
    explicit Lexer(QStringView text) : m_text(text) {}

    Result<Token> next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token t;
        t.position = m_pos;
        if (m_pos >= m_text.size())
            return t;
        const QChar c = m_text.at(m_pos);
        switch (c.unicode()) {
        case u'(': t.type = Token::Type::LParen; ++m_pos; return t;
        case u')': t.type = Token::Type::RParen; ++m_pos; return t;
        case u'[': t.type = Token::Type::LBracket; ++m_pos; return t;
        case u']': t.type = Token::Type::RBracket; ++m_pos; return t;
        case u'"': return string(t);
        default: break;
        }
        if (c == u'-' || isDigit(c))
            return number(t);
        if (isWordChar(c)) {
            t.type = Token::Type::Word;
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isWordChar(m_text.at(m_pos)))
                ++m_pos;
            t.text = m_text.mid(start, m_pos - start).toString();
            return t;
        }
        return error(m_pos, u"unexpected character %1"_s.arg(describe(m_text, m_pos)));
    }

    Error error(qsizetype at, const QString &what) const
    {
        return makeError(Error::Code::Invalid, u"Filter error at character %1: %2."_s.arg(at + 1).arg(what));
    }

    QStringView text() const { return m_text; }

private:
    Result<Token> string(Token t)
    {
        t.type = Token::Type::String;
        ++m_pos; // opening quote
        QString value;
        while (true) {
            if (m_pos >= m_text.size())
                return error(t.position, u"the string starting here has no closing quote"_s);
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                break;
            }
            if (c.unicode() < 0x20)
                return error(m_pos, u"a control character must be escaped in a string"_s);
            if (c != u'\\') {
                value.append(c);
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= m_text.size())
                return error(m_pos, u"the escape \\ ends the filter"_s);
            const QChar e = m_text.at(m_pos + 1);
            m_pos += 2;
            switch (e.unicode()) {
            case u'"': value.append(u'"'); break;
            case u'\\': value.append(u'\\'); break;
            case u'/': value.append(u'/'); break;
            case u'b': value.append(u'\b'); break;
            case u'f': value.append(u'\f'); break;
            case u'n': value.append(u'\n'); break;
            case u'r': value.append(u'\r'); break;
            case u't': value.append(u'\t'); break;
            case u'u': {
                if (m_pos + 4 > m_text.size())
                    return error(m_pos - 2, u"\\u needs four hexadecimal digits"_s);
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_text.at(m_pos + i));
                    if (h < 0)
                        return error(m_pos - 2, u"\\u needs four hexadecimal digits"_s);
                    code = code * 16 + h;
                }
                m_pos += 4;
                value.append(QChar(char16_t(code)));
                break;
            }
            default:
                return error(m_pos - 2, u"unknown escape \\%1 in a string"_s.arg(e));
            }
        }
        t.text = value;
        return t;
    }

    // A JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    Result<Token> number(Token t)
    {
        t.type = Token::Type::Number;
        const qsizetype start = m_pos;
        const auto digits = [this] {
            const qsizetype from = m_pos;
            while (m_pos < m_text.size() && isDigit(m_text.at(m_pos)))
                ++m_pos;
            return m_pos > from;
        };
        if (m_text.at(m_pos) == u'-')
            ++m_pos;
        if (!digits())
            return error(start, u"expected a number, found %1"_s.arg(describe(m_text, start)));
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
            ++m_pos;
            if (!digits())
                return error(start, u"expected digits after the decimal point"_s);
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text.at(m_pos) == u'+' || m_text.at(m_pos) == u'-'))
                ++m_pos;
            if (!digits())
                return error(start, u"expected digits in the exponent"_s);
        }
        if (m_pos < m_text.size() && isWordChar(m_text.at(m_pos)))
            return error(start, u"expected a number, found %1"_s.arg(describe(m_text, start)));
        bool ok = false;
        t.number = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok)
            return error(start, u"%1 is not a number"_s.arg(describe(m_text, start)));
        return t;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

bool isAttrNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
}

// ATTRNAME = ALPHA *(nameChar), "$ref" allowed too.
bool isAttrName(QStringView name)
{
    if (name.isEmpty())
        return false;
    const QChar first = name.front();
    if (name == u"$ref")
        return true;
    if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')))
        return false;
    for (QChar c : name) {
        if (!isAttrNameChar(c))
            return false;
    }
    return true;
}

std::optional<ScimAttrPath> attrPathFrom(QStringView word)
{
    ScimAttrPath path;
    QStringView rest = word;
    const qsizetype colon = word.lastIndexOf(u':');
    if (colon >= 0) {
        path.uri = word.left(colon).toString();
        rest = word.mid(colon + 1);
        if (path.uri.isEmpty())
            return std::nullopt;
    }
    const qsizetype dot = rest.indexOf(u'.');
    if (dot >= 0) {
        path.attribute = rest.left(dot).toString();
        path.subAttribute = rest.mid(dot + 1).toString();
        if (!isAttrName(path.subAttribute))
            return std::nullopt;
    } else {
        path.attribute = rest.toString();
    }
    if (!isAttrName(path.attribute))
        return std::nullopt;
    return path;
}

std::optional<ScimFilter::Op> opFromName(QStringView word)
{
    static const QStringView names[] = {u"eq", u"ne", u"co", u"sw", u"ew", u"gt", u"lt", u"ge", u"le"};
    for (int i = 0; i < 9; ++i) {
        if (word.compare(names[i], Qt::CaseInsensitive) == 0)
            return ScimFilter::Op(i);
    }
    return std::nullopt;
}

bool isWord(const Token &t, QStringView word)
{
    return t.type == Token::Type::Word && t.text.compare(word, Qt::CaseInsensitive) == 0;
}

// --- Parser: or < and < not, parentheses, value paths ---

class Parser
{
public:
    explicit Parser(QStringView text) : m_lexer(text) {}

    Result<void> start() { return advance(); }
    const Token &current() const { return m_current; }
    Result<void> advance()
    {
        Result<Token> t = m_lexer.next();
        if (!t)
            return t.error();
        m_current = std::move(t).value();
        return {};
    }
    Error error(const QString &what) const
    {
        return m_lexer.error(m_current.position, what + u", found "_s + describe(m_lexer.text(), m_current.position));
    }
    Error errorAt(qsizetype at, const QString &what) const { return m_lexer.error(at, what); }

    Result<ScimFilter> parseOr()
    {
        return parseChain(ScimFilter::Kind::Or, u"or", [this] { return parseAnd(); });
    }

    Result<ScimFilter> parseAnd()
    {
        return parseChain(ScimFilter::Kind::And, u"and", [this] { return parseUnary(); });
    }

    Result<ScimAttrPath> attrPath(const QString &expected)
    {
        if (m_current.type != Token::Type::Word)
            return error(expected);
        const std::optional<ScimAttrPath> path = attrPathFrom(m_current.text);
        if (!path)
            return errorAt(m_current.position, u"\"%1\" is not an attribute path "
                                               u"(name, name.subAttribute or schemaURN:name)"_s.arg(m_current.text));
        if (auto moved = advance(); !moved)
            return moved.error();
        return *path;
    }

private:
    template <typename Next>
    Result<ScimFilter> parseChain(ScimFilter::Kind kind, QStringView word, Next next)
    {
        Result<ScimFilter> first = next();
        if (!first)
            return first;
        if (!isWord(m_current, word))
            return first;
        ScimFilter chain;
        chain.kind = kind;
        chain.children.push_back(std::move(first).value());
        while (isWord(m_current, word)) {
            if (auto moved = advance(); !moved)
                return moved.error();
            Result<ScimFilter> operand = next();
            if (!operand)
                return operand;
            chain.children.push_back(std::move(operand).value());
        }
        return chain;
    }

    // Nesting is bounded: the parser recurses, and a filter is input.
    Result<void> enter()
    {
        if (++m_depth > MaxNesting)
            return error(u"the filter nests deeper than %1 levels"_s.arg(MaxNesting));
        return {};
    }

    Result<ScimFilter> parseUnary()
    {
        if (auto entered = enter(); !entered)
            return entered.error();
        Result<ScimFilter> result = parseUnaryInside();
        --m_depth;
        return result;
    }

    Result<ScimFilter> parseUnaryInside()
    {
        if (m_current.type == Token::Type::LParen) {
            const qsizetype open = m_current.position;
            if (auto moved = advance(); !moved)
                return moved.error();
            Result<ScimFilter> inner = parseOr();
            if (!inner)
                return inner;
            if (m_current.type != Token::Type::RParen)
                return error(u"expected \")\" to close the \"(\" at character %1"_s.arg(open + 1));
            if (auto moved = advance(); !moved)
                return moved.error();
            return inner;
        }
        if (isWord(m_current, u"not")) {
            // "not" is an attribute name only when an operator follows it.
            Lexer peek = m_lexer;
            Result<Token> after = peek.next();
            if (!after)
                return after.error();
            const bool isOperator = after->type == Token::Type::Word
                && (opFromName(after->text) || after->text.compare(u"pr", Qt::CaseInsensitive) == 0);
            if (!isOperator && after->type != Token::Type::LBracket) {
                if (auto moved = advance(); !moved)
                    return moved.error();
                Result<ScimFilter> operand = parseUnary();
                if (!operand)
                    return operand;
                ScimFilter node;
                node.kind = ScimFilter::Kind::Not;
                node.children.push_back(std::move(operand).value());
                return node;
            }
        }
        return parseAttrExpression();
    }

    Result<ScimFilter> parseAttrExpression()
    {
        Result<ScimAttrPath> path = attrPath(u"expected an attribute name, \"(\" or \"not\""_s);
        if (!path)
            return path.error();
        ScimFilter node;
        node.path = std::move(path).value();
        if (m_current.type == Token::Type::LBracket) {
            const qsizetype open = m_current.position;
            if (!node.path.subAttribute.isEmpty())
                return errorAt(open, u"a value filter \"[...]\" follows an attribute, not a sub-attribute"_s);
            if (auto moved = advance(); !moved)
                return moved.error();
            Result<ScimFilter> inner = parseOr();
            if (!inner)
                return inner;
            if (m_current.type != Token::Type::RBracket)
                return error(u"expected \"]\" to close the \"[\" at character %1"_s.arg(open + 1));
            if (auto moved = advance(); !moved)
                return moved.error();
            node.kind = ScimFilter::Kind::ValuePath;
            node.children.push_back(std::move(inner).value());
            // emails[type eq "work"].value eq "x": the sub-attribute of the same value.
            if (m_current.type == Token::Type::Word && m_current.text.startsWith(u'.')) {
                const qsizetype at = m_current.position;
                const QString sub = m_current.text.mid(1);
                if (!isAttrName(sub))
                    return errorAt(at, u"\"%1\" is not a sub-attribute name"_s.arg(sub));
                if (auto moved = advance(); !moved)
                    return moved.error();
                ScimFilter subFilter;
                subFilter.path.attribute = sub;
                if (auto parsed = parseOperator(subFilter); !parsed)
                    return parsed.error();
                ScimFilter both;
                both.kind = ScimFilter::Kind::And;
                both.children.push_back(std::move(node.children.front()));
                both.children.push_back(std::move(subFilter));
                node.children.clear();
                node.children.push_back(std::move(both));
            }
            return node;
        }
        if (auto parsed = parseOperator(node); !parsed)
            return parsed.error();
        return node;
    }

    Result<void> parseOperator(ScimFilter &node)
    {
        if (m_current.type != Token::Type::Word)
            return error(u"expected an operator (eq, ne, co, sw, ew, gt, lt, ge, le or pr) after \"%1\""_s
                             .arg(node.path.toString()));
        if (m_current.text.compare(u"pr", Qt::CaseInsensitive) == 0) {
            node.kind = ScimFilter::Kind::Present;
            return advance();
        }
        const std::optional<ScimFilter::Op> op = opFromName(m_current.text);
        if (!op)
            return error(u"expected an operator (eq, ne, co, sw, ew, gt, lt, ge, le or pr) after \"%1\""_s
                             .arg(node.path.toString()));
        node.kind = ScimFilter::Kind::Compare;
        node.op = *op;
        if (auto moved = advance(); !moved)
            return moved;
        switch (m_current.type) {
        case Token::Type::String: node.value = m_current.text; break;
        case Token::Type::Number: node.value = m_current.number; break;
        case Token::Type::Word:
            if (isWord(m_current, u"true"))
                node.value = true;
            else if (isWord(m_current, u"false"))
                node.value = false;
            else if (isWord(m_current, u"null"))
                node.value = QJsonValue(QJsonValue::Null);
            else
                return error(u"expected a value (a \"string\", a number, true, false or null)"_s);
            break;
        default:
            return error(u"expected a value (a \"string\", a number, true, false or null)"_s);
        }
        return advance();
    }

    static constexpr int MaxNesting = 64;
    Lexer m_lexer;
    Token m_current;
    int m_depth = 0;
};

// --- Canonical text ---

QString jsonString(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out.append(u'"');
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"': out.append(u"\\\""); break;
        case u'\\': out.append(u"\\\\"); break;
        case u'\b': out.append(u"\\b"); break;
        case u'\f': out.append(u"\\f"); break;
        case u'\n': out.append(u"\\n"); break;
        case u'\r': out.append(u"\\r"); break;
        case u'\t': out.append(u"\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out.append(u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')));
            else
                out.append(c);
        }
    }
    out.append(u'"');
    return out;
}

QString literal(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return jsonString(v.toString());
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    default: return u"null"_s;
    }
}

QString text(const ScimFilter &f, bool wrapOr)
{
    switch (f.kind) {
    case ScimFilter::Kind::Compare:
        return f.path.toString() + u' ' + scimOpName(f.op) + u' ' + literal(f.value);
    case ScimFilter::Kind::Present:
        return f.path.toString() + u" pr"_s;
    case ScimFilter::Kind::ValuePath:
        return f.path.toString() + u'[' + text(f.children.front(), false) + u']';
    case ScimFilter::Kind::Not:
        return u"not ("_s + text(f.children.front(), false) + u')';
    case ScimFilter::Kind::And:
    case ScimFilter::Kind::Or: {
        const bool isAnd = f.kind == ScimFilter::Kind::And;
        QStringList parts;
        for (const ScimFilter &child : f.children)
            parts.append(text(child, isAnd));
        const QString joined = parts.join(isAnd ? u" and "_s : u" or "_s);
        return !isAnd && wrapOr ? u'(' + joined + u')' : joined;
    }
    }
    return {};
}

} // namespace

QString ScimAttrPath::toString() const
{
    QString s = uri.isEmpty() ? attribute : uri + u':' + attribute;
    if (!subAttribute.isEmpty())
        s += u'.' + subAttribute;
    return s;
}

QString scimOpName(ScimFilter::Op op)
{
    static const char16_t *const names[] = {u"eq", u"ne", u"co", u"sw", u"ew", u"gt", u"lt", u"ge", u"le"};
    return QString::fromUtf16(names[int(op)]);
}

Result<ScimFilter> ScimFilter::parse(QStringView filterText)
{
    Parser parser(filterText);
    if (auto started = parser.start(); !started)
        return started.error();
    if (parser.current().type == Token::Type::End)
        return parser.error(u"the filter is empty"_s);
    Result<ScimFilter> filter = parser.parseOr();
    if (!filter)
        return filter;
    if (parser.current().type != Token::Type::End)
        return parser.error(u"expected \"and\", \"or\" or the end of the filter"_s);
    return filter;
}

QString ScimFilter::toString() const
{
    return text(*this, false);
}

Result<ScimPatchPath> ScimPatchPath::parse(QStringView pathText)
{
    Parser parser(pathText);
    if (auto started = parser.start(); !started)
        return started.error();
    ScimPatchPath result;
    Result<ScimAttrPath> path = parser.attrPath(u"expected an attribute path"_s);
    if (!path) {
        Error e = path.error();
        e.message.replace(u"Filter error"_s, u"Path error"_s);
        return e;
    }
    result.path = std::move(path).value();
    if (parser.current().type == Token::Type::LBracket) {
        const qsizetype open = parser.current().position;
        if (!result.path.subAttribute.isEmpty())
            return parser.errorAt(open, u"a value filter \"[...]\" follows an attribute, not a sub-attribute"_s);
        if (auto moved = parser.advance(); !moved)
            return moved.error();
        Result<ScimFilter> inner = parser.parseOr();
        if (!inner)
            return inner.error();
        if (parser.current().type != Token::Type::RBracket)
            return parser.error(u"expected \"]\" to close the \"[\" at character %1"_s.arg(open + 1));
        result.filter = std::move(inner).value();
        if (auto moved = parser.advance(); !moved)
            return moved.error();
        if (parser.current().type == Token::Type::Word && parser.current().text.startsWith(u'.')) {
            result.filterSubAttribute = parser.current().text.mid(1);
            if (!isAttrName(result.filterSubAttribute))
                return parser.errorAt(parser.current().position, u"\"%1\" is not a sub-attribute name"_s
                                                                     .arg(result.filterSubAttribute));
            if (auto moved = parser.advance(); !moved)
                return moved.error();
        }
    }
    if (parser.current().type != Token::Type::End)
        return parser.error(u"expected the end of the path"_s);
    return result;
}

QString ScimPatchPath::toString() const
{
    QString s = path.toString();
    if (filter) {
        s += u'[' + filter->toString() + u']';
        if (!filterSubAttribute.isEmpty())
            s += u'.' + filterSubAttribute;
    }
    return s;
}

QString scimKey(const QJsonObject &object, QStringView name)
{
    if (object.contains(name))
        return name.toString();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return name.toString();
}

QJsonValue scimValue(const QJsonObject &object, QStringView name)
{
    const QJsonValue exact = object.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return exact;
}

} // namespace Gatehouse

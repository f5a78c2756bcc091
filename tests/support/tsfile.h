// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a Qt Linguist .ts file the way the translation tests need it.

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

namespace Gatehouse::Test {

using namespace Qt::StringLiterals;

// One .ts file read: the translation of every plain source text, and whatever is wrong.
struct TsFile
{
    QHash<QString, QString> plain;
    QHash<QString, QStringList> numerus; // each plural source text's forms
    QStringList problems;
    int messages = 0;
};

inline TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.problems.append(u"cannot open "_s + path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            ++ts.messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(u"type"_s);
            if (!type.isEmpty())
                ts.problems.append(u"%1: %2"_s.arg(type.toString(), source));
            if (numerus) {
                QStringList forms;
                while (xml.readNextStartElement()) {
                    forms.append(xml.readElementText());
                    if (forms.constLast().isEmpty())
                        ts.problems.append(u"empty plural form: "_s + source);
                }
                if (forms.size() != 2)
                    ts.problems.append(u"%1 plural forms: %2"_s.arg(forms.size()).arg(source));
                ts.numerus.insert(source, forms);
            } else {
                const QString text = xml.readElementText();
                if (text.isEmpty())
                    ts.problems.append(u"empty: "_s + source);
                ts.plain.insert(source, text);
            }
        }
    }
    if (xml.hasError())
        ts.problems.append(xml.errorString());
    return ts;
}

} // namespace Gatehouse::Test

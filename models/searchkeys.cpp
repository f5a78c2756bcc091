// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/searchkeys.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace Gatehouse {

namespace {

// Below this many rows one thread is quicker than handing out work.
constexpr qsizetype ParallelRows = 131072;

// A key is a few dozen bytes: memchr for the first byte and memcmp for the rest beat
// memmem, whose set-up per call (a shift table) costs more than the search.
bool occurs(const char *key, size_t length, const char *word, size_t wordLength)
{
    if (wordLength == 0)
        return true;
    if (wordLength > length)
        return false;
    const char *last = key + (length - wordLength); // last possible start
    const char first = word[0];
    for (const char *at = key; at <= last; ++at) {
        at = static_cast<const char *>(std::memchr(at, first, size_t(last - at) + 1));
        if (!at)
            return false;
        if (std::memcmp(at + 1, word + 1, wordLength - 1) == 0)
            return true;
    }
    return false;
}

bool containsAll(const char *key, size_t length, const QList<QByteArray> &words)
{
    for (const QByteArray &word : words) {
        if (!occurs(key, length, word.constData(), size_t(word.size())))
            return false;
    }
    return true;
}

} // namespace

void SearchKeys::clear()
{
    m_bytes.clear();
    m_offsets.clear();
    m_lengths.clear();
    m_unused = 0;
}

void SearchKeys::assign(qsizetype count)
{
    clear();
    m_offsets.assign(size_t(count), 0);
    m_lengths.assign(size_t(count), 0);
}

void SearchKeys::insertRows(qsizetype first, qsizetype count)
{
    m_offsets.insert(m_offsets.begin() + first, size_t(count), quint32(m_bytes.size()));
    m_lengths.insert(m_lengths.begin() + first, size_t(count), 0);
}

void SearchKeys::removeRows(qsizetype first, qsizetype count)
{
    for (qsizetype row = first; row < first + count; ++row)
        m_unused += m_lengths[size_t(row)];
    m_offsets.erase(m_offsets.begin() + first, m_offsets.begin() + first + count);
    m_lengths.erase(m_lengths.begin() + first, m_lengths.begin() + first + count);
    compactIfWasteful();
}

void SearchKeys::set(qsizetype row, QStringView foldedKey)
{
    const QByteArray utf8 = foldedKey.toUtf8();
    const size_t length = size_t(utf8.size());
    const size_t old = m_lengths[size_t(row)];
    if (length <= old) {
        // In place: the row keeps its spot in the buffer, and with it the buffer's order.
        std::memcpy(m_bytes.data() + m_offsets[size_t(row)], utf8.constData(), length);
        m_unused += old - length;
    } else {
        m_unused += old;
        m_offsets[size_t(row)] = quint32(m_bytes.size());
        m_bytes.insert(m_bytes.end(), utf8.constData(), utf8.constData() + length);
    }
    m_lengths[size_t(row)] = quint32(length);
    compactIfWasteful();
}

void SearchKeys::compactIfWasteful()
{
    if (m_unused < (1u << 16) || m_unused < m_bytes.size() / 2)
        return;
    std::vector<char> bytes;
    bytes.reserve(m_bytes.size() - m_unused);
    for (size_t row = 0; row < m_offsets.size(); ++row) {
        const char *from = m_bytes.data() + m_offsets[row];
        m_offsets[row] = quint32(bytes.size());
        bytes.insert(bytes.end(), from, from + m_lengths[row]);
    }
    m_bytes = std::move(bytes);
    m_unused = 0;
}

QList<QByteArray> SearchKeys::prepare(const QStringList &foldedWords)
{
    QList<QByteArray> words;
    words.reserve(foldedWords.size());
    for (const QString &word : foldedWords)
        words.append(word.toUtf8());
    // The longest word first: it rules out most rows soonest.
    std::stable_sort(words.begin(), words.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return words;
}

bool SearchKeys::contains(qsizetype row, const QList<QByteArray> &words) const
{
    return containsAll(m_bytes.data() + m_offsets[size_t(row)], m_lengths[size_t(row)], words);
}

void SearchKeys::match(const QList<QByteArray> &words, std::vector<char> &flags, bool onlyFlagged) const
{
    const qsizetype rows = size();
    Q_ASSERT(qsizetype(flags.size()) == rows);
    const auto matchRange = [&](qsizetype begin, qsizetype end) {
        const char *bytes = m_bytes.data();
        for (qsizetype row = begin; row < end; ++row) {
            if (onlyFlagged && !flags[size_t(row)])
                continue;
            flags[size_t(row)] = containsAll(bytes + m_offsets[size_t(row)], m_lengths[size_t(row)], words);
        }
    };
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    if (rows < ParallelRows || threads < 2) {
        matchRange(0, rows);
        return;
    }
    // Contiguous slices, one per thread: each reads its own part of the buffer in order and
    // writes its own flags.
    std::vector<qsizetype> slices(static_cast<size_t>(threads));
    std::iota(slices.begin(), slices.end(), 0);
    QtConcurrent::blockingMap(slices, [&](qsizetype slice) {
        matchRange(rows * slice / threads, rows * (slice + 1) / threads);
    });
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QtGlobal>

#include <atomic>

namespace Gatehouse {

// How far a long piece of work has gone, and a way to stop it: shared between the thread
// doing the work and the window that shows it. The work reports `done` out of `total`
// (total 0: no estimate) and looks at isCancelled() at cheap intervals, then returns
// cancelledError() having changed nothing. Any thread may call any member.
class Progress
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

    void setTotal(qint64 total) noexcept { m_total.store(total, std::memory_order_relaxed); }
    void setDone(qint64 done) noexcept { m_done.store(done, std::memory_order_relaxed); }
    qint64 total() const noexcept { return m_total.load(std::memory_order_relaxed); }
    qint64 done() const noexcept { return m_done.load(std::memory_order_relaxed); }

    // Starts a new stage of `total` steps (the window shows each stage from empty to full).
    void startStage(qint64 total) noexcept
    {
        setDone(0);
        setTotal(total);
    }

    static Error cancelledError();

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
};

// For loops: true, after recording `done`, when the work should stop. Checks only every
// 256th step, which keeps the cost out of tight loops. `progress` may be null.
inline bool stopRequested(Progress *progress, qint64 done)
{
    if (!progress || (done & 0xff) != 0)
        return false;
    progress->setDone(done);
    return progress->isCancelled();
}

} // namespace Gatehouse

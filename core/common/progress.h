#pragma once

#include "common/error.h"

#include <QString>

#include <functional>

namespace cxrfair {

/// The one progress and cancel contract of long work in core: loading, inference, scoring,
/// metrics, embedding analysis, demo generation and audits all take a `const Progress&`.
/// A task reports the fraction of its own range done, in [0, 1], with a line saying what it
/// does; `part(from, to)` hands a stage a range of its own, so nested stages need not know
/// where they sit. Both callbacks are optional and may be called from any thread (a task
/// calls them from the threads it runs on). A task that sees `cancelled()` stops and returns
/// `cancelledError()`: a cancelled result, never partial numbers.
class Progress {
public:
    using Report = std::function<void(double fraction, const QString& text)>;
    using Cancelled = std::function<bool()>;

    Progress() = default;
    explicit Progress(Report report, Cancelled cancelled = {});

    /// Reports `fraction` (clamped to [0, 1]) of this task's range; an empty text keeps the
    /// caller's last line.
    void report(double fraction, const QString& text = {}) const;
    /// Reports `done` of `total` steps.
    void step(qint64 done, qint64 total, const QString& text = {}) const;
    bool cancelled() const;
    /// A stage that owns [from, to] of this task's range (fractions of it).
    Progress part(double from, double to) const;
    /// The same task with `prefix` before every line ("mimic: ...").
    Progress prefixed(const QString& prefix) const;
    /// The error a cancelled task returns.
    static Error cancelledError();

private:
    Report m_report;
    Cancelled m_cancelled;
    double m_from = 0.0;
    double m_to = 1.0;
};

} // namespace cxrfair

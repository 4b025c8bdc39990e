#include "common/progress.h"

#include <QCoreApplication>

#include <algorithm>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Progress)
};
} // namespace

Progress::Progress(Report report, Cancelled cancelled)
    : m_report(std::move(report))
    , m_cancelled(std::move(cancelled)) {}

void Progress::report(double fraction, const QString& text) const {
    if (m_report)
        m_report(m_from + (m_to - m_from) * std::clamp(fraction, 0.0, 1.0), text);
}

void Progress::step(qint64 done, qint64 total, const QString& text) const {
    report(total > 0 ? double(done) / double(total) : 1.0, text);
}

bool Progress::cancelled() const {
    return m_cancelled && m_cancelled();
}

Progress Progress::part(double from, double to) const {
    Progress stage = *this;
    stage.m_from = m_from + (m_to - m_from) * std::clamp(from, 0.0, 1.0);
    stage.m_to = m_from + (m_to - m_from) * std::clamp(to, 0.0, 1.0);
    return stage;
}

Progress Progress::prefixed(const QString& prefix) const {
    Progress stage = *this;
    if (m_report)
        stage.m_report = [report = m_report, prefix](double fraction, const QString& text) {
            report(fraction, text.isEmpty() ? text : prefix + text);
        };
    return stage;
}

Error Progress::cancelledError() {
    return Error{ErrorCode::Cancelled, Tr::tr("cancelled"), {}, -1, {}, {}, {}};
}

} // namespace cxrfair

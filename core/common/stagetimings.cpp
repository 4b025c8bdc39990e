#include "common/stagetimings.h"

#include <QFile>

#include <algorithm>

namespace cxrfair {

namespace {

/// Resets the kernel's high-water mark to the memory held now; false where it cannot.
bool resetPeak() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

StageTimings::Scope::Scope(StageTimings* timings, QString name)
    : m_timings(timings)
    , m_name(std::move(name)) {
    if (m_timings) {
        m_timings->begin();
        m_timer.start();
    }
}

StageTimings::Scope::~Scope() {
    if (m_timings)
        m_timings->end(m_name, double(m_timer.nsecsElapsed()) / 1e9);
}

double StageTimings::processPeakMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1.0;
}

void StageTimings::sampleLocked() {
    const double peak = processPeakMiB();
    for (double& open : m_openPeaks)
        open = std::max(open, peak);
    m_overallPeak = std::max(m_overallPeak, peak);
}

void StageTimings::begin() {
    QMutexLocker lock(&m_mutex);
    sampleLocked();
    resetPeak();
    m_openPeaks.push_back(processPeakMiB());
}

void StageTimings::end(const QString& name, double seconds) {
    QMutexLocker lock(&m_mutex);
    sampleLocked();
    const double peak = m_openPeaks.empty() ? -1.0 : m_openPeaks.back();
    if (!m_openPeaks.empty())
        m_openPeaks.pop_back();
    m_stages.push_back({m_prefix + name, seconds, peak});
}

void StageTimings::setPrefix(const QString& prefix) {
    QMutexLocker lock(&m_mutex);
    m_prefix = prefix;
}

std::vector<StageTimings::Stage> StageTimings::stages() const {
    QMutexLocker lock(&m_mutex);
    return m_stages;
}

double StageTimings::overallPeakMiB() const {
    QMutexLocker lock(&m_mutex);
    return std::max(m_overallPeak, processPeakMiB());
}

} // namespace cxrfair

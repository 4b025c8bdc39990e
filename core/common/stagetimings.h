#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include <vector>

namespace cxrfair {

/// The wall time and peak resident memory of each stage of a long run (an audit at
/// full-dataset scale): what `cxrfair-cli audit --timings` writes and bench_full_scale reads.
/// A stage's peak is the most memory the process held while it ran: on Linux the kernel's
/// high-water mark is reset when a stage starts (/proc/self/clear_refs), so each stage gets
/// its own; elsewhere the peaks are the process's so far. Stages may nest (a model's encoding
/// inside the study); an enclosing stage's peak includes its inner stages'. The reset also
/// resets what the system reports as the process's peak (getrusage, wait4, /usr/bin/time): with
/// timings, the process's peak is the largest of its stages' (overallPeakMiB).
class StageTimings {
public:
    struct Stage {
        QString name;
        double seconds = 0.0;
        double peakMiB = -1.0; ///< -1: unknown on this system
    };

    /// Measures one stage from construction to destruction; does nothing without timings.
    class Scope {
    public:
        Scope(StageTimings* timings, QString name);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        StageTimings* m_timings;
        QString m_name;
        QElapsedTimer m_timer;
    };

    /// Put before the names of the stages that finish from now on ("mimic: ").
    void setPrefix(const QString& prefix);
    std::vector<Stage> stages() const; ///< in the order they finished
    /// The process's peak over every stage so far (MiB; -1 unknown).
    double overallPeakMiB() const;

    /// The process's resident-memory high-water mark now, in MiB (-1 unknown).
    static double processPeakMiB();

private:
    void begin();
    void end(const QString& name, double seconds);
    /// Folds the high-water mark into every open stage's peak.
    void sampleLocked();

    mutable QMutex m_mutex;
    std::vector<Stage> m_stages;
    std::vector<double> m_openPeaks; ///< of the stages running now, outermost first
    double m_overallPeak = -1.0;
    QString m_prefix;
};

} // namespace cxrfair

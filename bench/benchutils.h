#pragma once

#include "embedding/npy.h"

#include <QString>
#include <QTextStream>

#include <cstdint>

namespace cxrfair::bench {

/// Peak resident memory of this process so far, in MiB (VmHWM).
double peakRssMiB();

/// Seconds since an arbitrary start, monotonic.
double now();

/// The value of `--name VALUE` in the arguments, or `fallback`.
QString option(const QStringList& arguments, const QString& name, const QString& fallback = {});
bool flag(const QStringList& arguments, const QString& name);

/// Writes a `size` x `size` 16-bit (12 bits stored) uncompressed DICOM with smooth structure
/// and noise; `variant` and `seed` make files differ. False when it cannot be written.
bool writeSyntheticDicom(const QString& path, int size, int variant, std::uint64_t seed);

/// The study's own way of computing bootstrap intervals, as a reference: scikit-learn's
/// roc_auc_score on each resample for the whole set and each of 2 sex, 5 age and 4 race groups
/// (`groups`: images x 3 codes), timed on a few resamples of one model and condition and
/// extrapolated to `resamples` x `models` x `conditions`. Needs Debian's python3-sklearn.
struct SklearnReference {
    bool ran = false;
    QString problem;      ///< why it did not run
    double seconds = 0.0; ///< extrapolated
    double perResample = 0.0;
};
SklearnReference sklearnBootstrapReference(const FloatMatrix& scores, const FloatMatrix& labels,
                                           const FloatMatrix& groups, int models, int conditions,
                                           int resamples);

/// Prints the reference's figures and the ratio to `seconds` (what cxrfair took for `what`),
/// against the target of 200 times; or why the reference was skipped.
void printSklearnComparison(QTextStream& out, const SklearnReference& reference, double seconds,
                            const QString& what);

/// A command run as its own process: its exit code (-1 when it did not start or was killed),
/// wall time and peak resident memory (its own, from wait4).
struct ProcessRun {
    int exitCode = -1;
    double seconds = 0.0;
    double peakMiB = 0.0;
};
/// Runs `program` with `arguments`, its output and errors into `logPath`, and waits.
ProcessRun runProcess(const QString& program, const QStringList& arguments, const QString& logPath);

/// What this machine is, for the record next to the figures.
QString machineDescription();

} // namespace cxrfair::bench

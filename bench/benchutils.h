#pragma once

#include <QString>

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

/// What this machine is, for the record next to the figures.
QString machineDescription();

} // namespace cxrfair::bench

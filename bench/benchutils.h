#pragma once

#include <QString>

namespace cxrfair::bench {

/// Peak resident memory of this process so far, in MiB (VmHWM).
double peakRssMiB();

/// Seconds since an arbitrary start, monotonic.
double now();

/// The value of `--name VALUE` in the arguments, or `fallback`.
QString option(const QStringList& arguments, const QString& name, const QString& fallback = {});
bool flag(const QStringList& arguments, const QString& name);

/// What this machine is, for the record next to the figures.
QString machineDescription();

} // namespace cxrfair::bench

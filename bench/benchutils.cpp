#include "benchutils.h"

#include <QFile>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include "common/random.h"
#include "imaging/dicomwriter.h"

#include <chrono>
#include <cmath>

namespace cxrfair::bench {

double peakRssMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool writeSyntheticDicom(const QString& path, int size, int variant, std::uint64_t seed) {
    Random r(seed);
    DicomWriteSpec spec;
    spec.rows = spec.columns = size;
    spec.pixels.resize(size_t(size) * size_t(size));
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            spec.pixels[size_t(y) * size_t(size) + size_t(x)] =
                int(2048 + 1500 * std::sin(x * 0.01 + variant) * std::cos(y * 0.013)) +
                r.integer(0, 40);
    return writeDicom(path, spec).has_value();
}

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString option(const QStringList& arguments, const QString& name, const QString& fallback) {
    const qsizetype i = arguments.indexOf(QStringLiteral("--") + name);
    return i >= 0 && i + 1 < arguments.size() ? arguments[i + 1] : fallback;
}

bool flag(const QStringList& arguments, const QString& name) {
    return arguments.contains(QStringLiteral("--") + name);
}

QString machineDescription() {
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores, %3")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

} // namespace cxrfair::bench

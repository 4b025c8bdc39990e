#include "benchutils.h"

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include "common/random.h"
#include "common/stagetimings.h"
#include "imaging/dicomwriter.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>

namespace cxrfair::bench {

double peakRssMiB() {
    return StageTimings::processPeakMiB();
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

namespace {

const char* kSklearnReference = R"PY(
import sys, time
import numpy as np
from sklearn.metrics import roc_auc_score
folder, models, conditions, resamples = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
scores = np.load(f"{folder}/scores.npy")      # images x models
labels = np.load(f"{folder}/labels.npy")      # images x conditions
groups = np.load(f"{folder}/groups.npy")      # images x 3 (sex, age, race codes)
n = scores.shape[0]
rng = np.random.default_rng(0)
timed = 3
start = time.perf_counter()
for r in range(timed):
    idx = rng.integers(0, n, n)
    s, y, g = scores[idx, 0], labels[idx, 0], groups[idx]
    roc_auc_score(y, s)
    for a, count in ((0, 2), (1, 5), (2, 4)):
        for k in range(count):
            m = g[:, a] == k
            roc_auc_score(y[m], s[m])
per_resample = (time.perf_counter() - start) / timed
print(f"{per_resample * resamples * models * conditions:.1f} {per_resample:.4f}")
)PY";

} // namespace

SklearnReference sklearnBootstrapReference(const FloatMatrix& scores, const FloatMatrix& labels,
                                           const FloatMatrix& groups, int models, int conditions,
                                           int resamples) {
    SklearnReference reference;
    QTemporaryDir dir;
    if (!writeNpy(dir.filePath(QStringLiteral("scores.npy")), scores) ||
        !writeNpy(dir.filePath(QStringLiteral("labels.npy")), labels) ||
        !writeNpy(dir.filePath(QStringLiteral("groups.npy")), groups)) {
        reference.problem = QStringLiteral("cannot write its input");
        return reference;
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kSklearnReference), dir.path(),
                  QString::number(models), QString::number(conditions),
                  QString::number(resamples)});
    python.waitForFinished(-1);
    const QList<QByteArray> f = python.readAllStandardOutput().trimmed().split(' ');
    if (python.exitCode() != 0 || f.size() < 2) {
        reference.problem = QStringLiteral("needs Debian's python3-sklearn: ") +
                            QString::fromUtf8(python.readAllStandardError().left(200));
        return reference;
    }
    reference.ran = true;
    reference.seconds = f[0].toDouble();
    reference.perResample = f[1].toDouble();
    return reference;
}

void printSklearnComparison(QTextStream& out, const SklearnReference& reference, double seconds,
                            const QString& what) {
    if (!reference.ran) {
        out << "reference: skipped (" << reference.problem << ")\n";
        return;
    }
    out << "sklearn:  " << QString::number(reference.seconds, 'f', 0) << " s extrapolated ("
        << QString::number(reference.perResample, 'f', 4)
        << " s per resample of the 12 groups of one model and condition, roc_auc_score on each)\n";
    out << "ratio:    " << QString::number(reference.seconds / seconds, 'f', 0) << "x (" << what
        << ")   target >= 200x: " << (reference.seconds / seconds >= 200.0 ? "met" : "NOT met")
        << "\n";
}

ProcessRun runProcess(const QString& program, const QStringList& arguments,
                      const QString& logPath) {
    std::vector<QByteArray> owned{QFile::encodeName(program)};
    for (const QString& a : arguments)
        owned.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray log = QFile::encodeName(logPath);
    ProcessRun run;
    const double start = now();
    const pid_t pid = fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        const int fd = ::open(log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = now() - start;
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
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

// The study-sized audit: 6 models x 6 conditions x (overall + 2 sex + 5 age + 4 race groups),
// 1000 bootstrap resamples, n = 100,000 images. Target: at most 10 s. In the same run, the
// study's own way (scikit-learn's roc_auc_score on each resample) is timed on a subset and
// extrapolated; target ratio: at least 200x.
//
//   bench_audit_stats [--images 100000] [--resamples 1000] [--no-reference]

#include "benchutils.h"

#include "common/random.h"
#include "embedding/npy.h"
#include "stats/subgroupmetrics.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace cxrfair;

namespace {

const char* kReference = R"PY(
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

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = bench::option(args, QStringLiteral("images"), QStringLiteral("100000")).toInt();
    const int resamples =
        bench::option(args, QStringLiteral("resamples"), QStringLiteral("1000")).toInt();
    constexpr int kModels = 6, kConditions = 6;
    QTextStream out(stdout);
    out << "cxrfair audit statistics benchmark: " << kModels << " models x " << kConditions
        << " conditions x (overall + 2 sex + 5 age + 4 race groups), " << resamples
        << " bootstrap resamples, n = " << n << "\nmachine: " << bench::machineDescription()
        << Qt::endl;

    Random r(7);
    Grouping sex{QStringLiteral("sex"), {QStringLiteral("Female"), QStringLiteral("Male")}, {}};
    Grouping age{QStringLiteral("age"),
                 {QStringLiteral("18-25"), QStringLiteral("25-50"), QStringLiteral("50-65"),
                  QStringLiteral("65-80"), QStringLiteral("80+")},
                 {}};
    Grouping race{QStringLiteral("race"),
                  {QStringLiteral("Asian"), QStringLiteral("Black"), QStringLiteral("Other"),
                   QStringLiteral("White")},
                  {}};
    std::vector<std::int32_t> patients;
    for (int i = 0; i < n; ++i) {
        sex.codes.push_back(std::int16_t(r.integer(0, 1)));
        age.codes.push_back(std::int16_t(r.integer(0, 4)));
        race.codes.push_back(std::int16_t(r.integer(0, 3)));
        patients.push_back(i / 2);
    }
    std::vector<ConditionData> conditions;
    FloatMatrix scoreMatrix{n, kModels, std::vector<float>(size_t(n) * kModels)};
    FloatMatrix labelMatrix{n, kConditions, std::vector<float>(size_t(n) * kConditions)};
    for (int c = 0; c < kConditions; ++c) {
        ConditionData d;
        d.condition = QStringLiteral("condition %1").arg(c + 1);
        d.patients = patients;
        d.attributes = {sex, age, race};
        for (int i = 0; i < n; ++i) {
            d.labels.push_back(std::int8_t(r.chance(0.1)));
            labelMatrix.data[size_t(i) * kConditions + size_t(c)] = d.labels.back();
        }
        for (int m = 0; m < kModels; ++m) {
            d.models << QStringLiteral("model %1").arg(m + 1);
            std::vector<double> s(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                s[size_t(i)] =
                    1.0 / (1.0 + std::exp(-(r.normal() +
                                            (d.labels[size_t(i)] ? 0.5 + 0.2 * m : 0.0) - 2.0)));
                if (c == 0)
                    scoreMatrix.data[size_t(i) * kModels + size_t(m)] = float(s[size_t(i)]);
            }
            d.scores.push_back(std::move(s));
        }
        conditions.push_back(std::move(d));
    }

    MetricsSettings settings;
    settings.bootstrap.resamples = resamples;
    settings.threshold = *ThresholdRule::parse(QStringLiteral("value:0.2"));
    const double start = bench::now();
    double checksum = 0;
    for (const ConditionData& d : conditions) {
        for (const ModelConditionMetrics& m : computeMetrics(d, settings))
            checksum += m.gaps.front().aucGapCi.high;
    }
    const double seconds = bench::now() - start;
    out << "cxrfair:  " << QString::number(seconds, 'f', 2)
        << " s for the whole audit (AUC, DeLong, bootstrap intervals, "
        << "p-values, AUPRC, threshold rates, calibration, gaps)   target <= 10 s: "
        << (seconds <= 10.0 ? "met" : "NOT met") << "   (checksum "
        << QString::number(checksum, 'f', 6) << ")" << Qt::endl;

    if (bench::flag(args, QStringLiteral("no-reference")))
        return 0;
    QTemporaryDir dir;
    FloatMatrix groups{n, 3, {}};
    for (int i = 0; i < n; ++i) {
        groups.data.push_back(sex.codes[size_t(i)]);
        groups.data.push_back(age.codes[size_t(i)]);
        groups.data.push_back(race.codes[size_t(i)]);
    }
    if (!writeNpy(dir.filePath(QStringLiteral("scores.npy")), scoreMatrix) ||
        !writeNpy(dir.filePath(QStringLiteral("labels.npy")), labelMatrix) ||
        !writeNpy(dir.filePath(QStringLiteral("groups.npy")), groups)) {
        out << "reference: cannot write its input\n";
        return 1;
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kReference), dir.path(),
                  QString::number(kModels), QString::number(kConditions),
                  QString::number(resamples)});
    python.waitForFinished(-1);
    const QList<QByteArray> f = python.readAllStandardOutput().trimmed().split(' ');
    if (python.exitCode() != 0 || f.size() < 2) {
        out << "reference: skipped (needs Debian's python3-sklearn): "
            << python.readAllStandardError().left(200) << "\n";
        return 0;
    }
    const double reference = f[0].toDouble();
    out << "sklearn:  " << QString::number(reference, 'f', 0) << " s extrapolated (" << f[1]
        << " s per resample of the 12 groups of one model and condition, roc_auc_score on each)\n";
    out << "ratio:    " << QString::number(reference / seconds, 'f', 0)
        << "x   target >= 200x: " << (reference / seconds >= 200.0 ? "met" : "NOT met") << "\n";
    return 0;
}

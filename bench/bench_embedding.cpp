// Embedding analysis: PCA of 100,000 x 512 to 2 components (target: at most 0.3 s, and at
// most 1 s at MIMIC-CXR's 377,110 rows: one pass over the data is about 13 GFLOP), and a 5-fold
// patient-grouped logistic probe on 50,000 x 512 next to scikit-learn's LogisticRegression on the
// same data and folds (target: no slower, macro AUC within 0.002).
//
//   bench_embedding [--pca-rows 100000] [--probe-rows 50000] [--dims 512] [--no-reference]

#include "benchutils.h"

#include "common/random.h"
#include "embedding/logistic.h"
#include "embedding/npy.h"
#include "embedding/pca.h"
#include "embedding/probe.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace cxrfair;

namespace {

/// Unit-norm embeddings in which a 3-class attribute is weakly encoded.
FloatMatrix embeddings(std::int64_t rows, std::int64_t dims, std::vector<std::int32_t>& labels,
                       std::uint64_t seed) {
    Random r(seed);
    FloatMatrix x{rows, dims, std::vector<float>(size_t(rows * dims))};
    labels.resize(size_t(rows));
    for (std::int64_t i = 0; i < rows; ++i) {
        labels[size_t(i)] = std::int32_t((i / 2) % 3); // patients of two images keep their class
        double norm = 0;
        float* row = x.row(i);
        for (std::int64_t j = 0; j < dims; ++j) {
            double v = r.normal();
            if (j < 8)
                v += 0.35 * (labels[size_t(i)] - 1) * (j % 2 ? 1 : -1);
            row[j] = float(v);
            norm += v * v;
        }
        for (std::int64_t j = 0; j < dims; ++j)
            row[j] = float(row[j] / std::sqrt(norm));
    }
    return x;
}

const char* kReference = R"PY(
import sys, time
import numpy as np
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
pca_x = np.load(sys.argv[1]); x = np.load(sys.argv[2]); y = np.load(sys.argv[3]).ravel().astype(int)
folds = np.load(sys.argv[4]).ravel().astype(int)
t = time.perf_counter(); PCA(n_components=2).fit_transform(pca_x); pca_time = time.perf_counter() - t
proba = np.zeros((len(y), 3))
t = time.perf_counter()
for k in range(5):
    train, test = folds != k, folds == k
    clf = LogisticRegression(C=1.0, max_iter=1000).fit(x[train], y[train])
    proba[test] = clf.predict_proba(x[test])
probe_time = time.perf_counter() - t
print(f"{pca_time:.3f} {probe_time:.3f} {roc_auc_score(y, proba, multi_class='ovr', average='macro'):.6f}")
)PY";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::int64_t pcaRows =
        bench::option(args, QStringLiteral("pca-rows"), QStringLiteral("100000")).toLongLong();
    const std::int64_t probeRows =
        bench::option(args, QStringLiteral("probe-rows"), QStringLiteral("50000")).toLongLong();
    const std::int64_t dims =
        bench::option(args, QStringLiteral("dims"), QStringLiteral("512")).toLongLong();
    QTextStream out(stdout);
    out << "cxrfair embedding benchmark\nmachine: " << bench::machineDescription() << Qt::endl;

    std::vector<std::int32_t> pcaLabels, labels;
    const FloatMatrix pcaX = embeddings(pcaRows, dims, pcaLabels, 1);
    // 0.3 s for 100,000 rows, growing linearly to 1 s at 377,110.
    const double pcaTarget = std::max(0.3, double(pcaRows) / 377110.0);
    double start = bench::now();
    const auto projected = pca(pcaX, 2);
    const double pcaSeconds = bench::now() - start;
    if (!projected) {
        out << projected.error().toString() << "\n";
        return 1;
    }
    out << "PCA " << pcaRows << " x " << dims << " -> 2:  " << QString::number(pcaSeconds, 'f', 3)
        << " s   target <= " << QString::number(pcaTarget, 'g', 2)
        << " s: " << (pcaSeconds <= pcaTarget ? "met" : "NOT met") << Qt::endl;

    // The same 5 folds for both: patient index modulo 5.
    const FloatMatrix x = embeddings(probeRows, dims, labels, 2);
    std::vector<std::int32_t> folds(static_cast<size_t>(probeRows));
    for (std::int64_t i = 0; i < probeRows; ++i)
        folds[size_t(i)] = std::int32_t((i / 2) % 5);
    std::vector<double> probabilities(size_t(probeRows) * 3);
    start = bench::now();
    bool converged = true;
    int iterations = 0;
    LogisticOptions options;
    options.tolerance = ProbeOptions().tolerance;
    for (int k = 0; k < 5; ++k) {
        std::vector<std::uint32_t> train, test;
        for (std::int64_t i = 0; i < probeRows; ++i)
            (folds[size_t(i)] == k ? test : train).push_back(std::uint32_t(i));
        const auto model = fitLogistic(x, train, labels, 3, options);
        if (!model) {
            out << model.error().toString() << "\n";
            return 1;
        }
        converged = converged && model->converged;
        iterations += model->iterations;
        const std::vector<double> p = model->predict(x, test);
        for (size_t t = 0; t < test.size(); ++t)
            std::copy_n(p.data() + t * 3, 3, probabilities.data() + size_t(test[t]) * 3);
    }
    const double probeSeconds = bench::now() - start;
    const double auc = macroOneVsRestAuc(probabilities, labels, 3).value_or(std::nan(""));
    out << "probe " << probeRows << " x " << dims
        << ", 5 folds, logistic (C=1):  " << QString::number(probeSeconds, 'f', 2)
        << " s, macro AUC " << QString::number(auc, 'f', 6) << ", " << iterations
        << " L-BFGS iterations" << (converged ? "" : " (a fit did not converge)") << Qt::endl;

    if (bench::flag(args, QStringLiteral("no-reference")))
        return 0;
    QTemporaryDir dir;
    FloatMatrix y{probeRows, 1, {}}, f{probeRows, 1, {}};
    for (std::int64_t i = 0; i < probeRows; ++i) {
        y.data.push_back(float(labels[size_t(i)]));
        f.data.push_back(float(folds[size_t(i)]));
    }
    const QString paths[4] = {
        dir.filePath(QStringLiteral("pca.npy")), dir.filePath(QStringLiteral("x.npy")),
        dir.filePath(QStringLiteral("y.npy")), dir.filePath(QStringLiteral("folds.npy"))};
    if (!writeNpy(paths[0], pcaX) || !writeNpy(paths[1], x) || !writeNpy(paths[2], y) ||
        !writeNpy(paths[3], f))
        return 1;
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kReference), paths[0], paths[1], paths[2],
                  paths[3]});
    python.waitForFinished(-1);
    const QList<QByteArray> r = python.readAllStandardOutput().trimmed().split(' ');
    if (python.exitCode() != 0 || r.size() < 3) {
        out << "reference: skipped (needs Debian's python3-sklearn): "
            << python.readAllStandardError().left(300) << "\n";
        return 0;
    }
    const double skPca = r[0].toDouble(), skProbe = r[1].toDouble(), skAuc = r[2].toDouble();
    out << "sklearn: PCA " << QString::number(skPca, 'f', 3) << " s, probe "
        << QString::number(skProbe, 'f', 2) << " s, macro AUC " << QString::number(skAuc, 'f', 6)
        << "\n";
    out << "ratios:  PCA " << QString::number(skPca / pcaSeconds, 'f', 1) << "x, probe "
        << QString::number(skProbe / probeSeconds, 'f', 2)
        << "x (target >= 1: " << (probeSeconds <= skProbe ? "met" : "NOT met")
        << "), AUC difference " << QString::number(std::abs(auc - skAuc), 'f', 6)
        << " (target <= 0.002: " << (std::abs(auc - skAuc) <= 0.002 ? "met" : "NOT met") << ")\n";
    return 0;
}

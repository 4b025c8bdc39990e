#include "embedding/knn.h"
#include "embedding/logistic.h"
#include "embedding/npy.h"
#include "embedding/pca.h"
#include "embedding/probe.h"

#include "common/random.h"
#include "inference/embeddingimport.h"
#include "testsupport.h"

#include <Eigen/Dense>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace cxrfair;

namespace {

/// `m` in double precision, each column centred: the reference PCA's input.
Eigen::MatrixXd centredInDouble(const FloatMatrix& m) {
    Eigen::MatrixXd x(m.rows, m.cols);
    for (std::int64_t i = 0; i < m.rows; ++i)
        for (std::int64_t j = 0; j < m.cols; ++j)
            x(i, j) = m.row(i)[j];
    x.rowwise() -= x.colwise().mean();
    return x;
}

FloatMatrix randomMatrix(std::int64_t rows, std::int64_t cols, std::uint64_t seed) {
    Random r(seed);
    FloatMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.data.resize(size_t(rows * cols));
    // Correlated columns with decreasing scales, so that components are well separated.
    for (std::int64_t i = 0; i < rows; ++i) {
        const double common = r.normal();
        for (std::int64_t j = 0; j < cols; ++j)
            m.data[size_t(i * cols + j)] =
                float((r.normal() + 0.8 * common) * (1.0 + 2.0 / double(j + 1)) + 3.0);
    }
    return m;
}

/// A plain Newton solver for the same objective (small problems only): the reference.
double newtonObjective(const FloatMatrix& x, const std::vector<std::int32_t>& y, int classes,
                       double C) {
    const int d = int(x.cols), k = classes, p = (d + 1) * k;
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(p); // per class: d weights then the bias
    auto objective = [&](const Eigen::VectorXd& t, Eigen::VectorXd* g, Eigen::MatrixXd* h) {
        double f = 0;
        if (g)
            g->setZero(p);
        if (h)
            h->setZero(p, p);
        for (std::int64_t i = 0; i < x.rows; ++i) {
            Eigen::VectorXd xi(d + 1);
            for (int j = 0; j < d; ++j)
                xi[j] = x.row(i)[j];
            xi[d] = 1.0;
            Eigen::VectorXd z(k);
            for (int c = 0; c < k; ++c)
                z[c] = t.segment(c * (d + 1), d + 1).dot(xi);
            const double top = z.maxCoeff();
            Eigen::VectorXd prob = (z.array() - top).exp();
            prob /= prob.sum();
            f -= std::log(prob[y[size_t(i)]]);
            for (int c = 0; c < k; ++c) {
                if (g)
                    g->segment(c * (d + 1), d + 1) += (prob[c] - (y[size_t(i)] == c)) * xi;
                if (h) {
                    for (int e = 0; e < k; ++e)
                        h->block(c * (d + 1), e * (d + 1), d + 1, d + 1) +=
                            prob[c] * ((c == e) - prob[e]) * xi * xi.transpose();
                }
            }
        }
        for (int c = 0; c < k; ++c) {
            const auto w = t.segment(c * (d + 1), d);
            f += w.squaredNorm() / (2 * C);
            if (g)
                g->segment(c * (d + 1), d) += w / C;
            if (h)
                h->block(c * (d + 1), c * (d + 1), d, d) += Eigen::MatrixXd::Identity(d, d) / C;
        }
        return f;
    };
    for (int it = 0; it < 50; ++it) {
        Eigen::VectorXd g;
        Eigen::MatrixXd h;
        const double f = objective(theta, &g, &h);
        // The softmax is invariant to a shift of every bias: regularise that direction away.
        h += 1e-10 * Eigen::MatrixXd::Identity(p, p);
        const Eigen::VectorXd step = h.ldlt().solve(g);
        double t = 1.0;
        while (objective(theta - t * step, nullptr, nullptr) > f && t > 1e-8)
            t *= 0.5;
        theta -= t * step;
        if (g.norm() < 1e-12)
            break;
    }
    return objective(theta, nullptr, nullptr);
}

} // namespace

class TestEmbedding : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importChecksKeysAndIsIdempotent() {
        const FloatMatrix m = randomMatrix(3, 2, 9);
        const QDir dir(m_dir.filePath(QStringLiteral("import")));
        QVERIFY(QDir().mkpath(dir.path()));
        const QString npy = dir.filePath(QStringLiteral("x.npy"));
        QVERIFY(writeNpy(npy, m));
        EmbeddingImportRequest request;
        request.npyPath = npy;
        request.storeDir = dir.filePath(QStringLiteral("store"));
        auto attempt = [&](const char* keys) {
            request.keysPath = test::writeFile(dir, QStringLiteral("keys.csv"), keys);
            return importEmbeddings(request);
        };
        auto twice = attempt("dicom_id,x\na,1\nb,2\na,3\n");
        QVERIFY(!twice);
        QCOMPARE(twice.error().row, qint64(4));
        QCOMPARE(twice.error().column, QStringLiteral("dicom_id"));
        QVERIFY(twice.error().message.contains(QStringLiteral("'a' is listed twice (first on "
                                                              "line 2)")));
        auto empty = attempt("dicom_id\na\n\nb\n");
        // A blank line is no record; the two ids do not cover the three rows.
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("2 rows of keys for 3")));
        auto blankId = attempt("dicom_id,x\na,1\n,2\nc,3\n");
        QVERIFY(!blankId);
        QCOMPARE(blankId.error().row, qint64(3));
        QVERIFY(blankId.error().message.contains(QStringLiteral("empty image id")));
        auto noId = attempt("name\na\nb\nc\n");
        QVERIFY(!noId);
        QVERIFY(noId.error().message.contains(QStringLiteral("no image id column")));
        QVERIFY(noId.error().toString().contains(QStringLiteral("keys.csv")));

        auto done = attempt("dicom_id,x\na,1\nb,2\nc,3\n");
        QVERIFY2(done.has_value(), qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(done->rows, qint64(3));
        QCOMPARE(done->info.model, QStringLiteral("x"));
        QVERIFY(done->info.embeddingsOnly);
        QVERIFY(attempt("dicom_id,x\na,1\nb,2\nc,3\n").has_value()); // again: nothing added
        auto stored = EmbeddingStore::readModel(request.storeDir, done->info.modelHash);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->vectors.rows, qint64(3));
        QCOMPARE(stored->rowOfSample.value(QStringLiteral("b")), qint64(1));
        QCOMPARE(stored->vectors.row(1)[1], m.row(1)[1]);
        QCOMPARE(done->info.modelHash, QStringLiteral("npy-") + fileSha256(npy));
    }

    void npyRoundTrip() {
        const FloatMatrix m = randomMatrix(37, 5, 1);
        const QString path = m_dir.filePath(QStringLiteral("x.npy"));
        QVERIFY(writeNpy(path, m));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\x93NUMPY\x01\x00"));
        const int headerLength = quint8(bytes[8]) | (quint8(bytes[9]) << 8);
        QCOMPARE((10 + headerLength) % 64, 0); // NumPy's alignment
        QVERIFY(bytes.mid(10, headerLength)
                    .contains("'descr': '<f4', 'fortran_order': False, 'shape': (37, 5)"));
        const auto back = readNpy(path);
        QVERIFY(back);
        QCOMPARE(back->rows, 37);
        QCOMPARE(back->cols, 5);
        QVERIFY(back->data == m.data);
    }

    void npyEmptyArray() {
        // Found by fuzz_npy: a shape with no rows read as a copy from a null pointer
        // (undefined behaviour that the sanitizer build stops at).
        QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 4), }";
        header.append(QByteArray(64 - (10 + header.size() + 1) % 64, ' ')).append('\n');
        QByteArray bytes("\x93NUMPY\x01\x00", 8);
        bytes.append(char(header.size())).append('\0').append(header);
        const auto m = readNpy(test::writeFile(m_dir.path(), QStringLiteral("empty.npy"), bytes));
        QVERIFY2(m, m ? "" : qPrintable(m.error().toString()));
        QCOMPARE(m->rows, 0);
        QCOMPARE(m->cols, 4);
        QVERIFY(m->data.empty());
    }

    void npyOtherLayouts() {
        // float64, big endian, Fortran order, 2 x 3: [[1, 2, 3], [4, 5, 6]] stored column by
        // column.
        QByteArray header = "{'descr': '>f8', 'fortran_order': True, 'shape': (2, 3), }";
        header.append(QByteArray(64 - (10 + header.size() + 1) % 64, ' ')).append('\n');
        QByteArray bytes("\x93NUMPY\x01\x00", 8);
        bytes.append(char(header.size())).append('\0').append(header);
        for (double v : {1.0, 4.0, 2.0, 5.0, 3.0, 6.0}) {
            std::uint64_t bits;
            std::memcpy(&bits, &v, 8);
            for (int s = 56; s >= 0; s -= 8)
                bytes.append(char((bits >> s) & 0xFF));
        }
        const QString path = test::writeFile(m_dir.path(), QStringLiteral("f.npy"), bytes);
        const auto m = readNpy(path);
        QVERIFY2(m, m ? "" : qPrintable(m.error().toString()));
        QCOMPARE(m->data, (std::vector<float>{1, 2, 3, 4, 5, 6}));

        // 1-D int16 little endian: one column.
        QByteArray h2 = "{'descr': '<i2', 'fortran_order': False, 'shape': (3,), }";
        h2.append(QByteArray(64 - (10 + h2.size() + 1) % 64, ' ')).append('\n');
        QByteArray b2("\x93NUMPY\x01\x00", 8);
        b2.append(char(h2.size())).append('\0').append(h2).append("\xff\xff\x02\x00\x03\x00", 6);
        const auto v = readNpy(test::writeFile(m_dir.path(), QStringLiteral("i.npy"), b2));
        QVERIFY(v);
        QCOMPARE(v->cols, 1);
        QCOMPARE(v->data, (std::vector<float>{-1, 2, 3}));

        // Errors name the file.
        QByteArray h3 = "{'descr': '|O', 'fortran_order': False, 'shape': (3,), }";
        h3.append(QByteArray(64 - (10 + h3.size() + 1) % 64, ' ')).append('\n');
        QByteArray b3("\x93NUMPY\x01\x00", 8);
        b3.append(char(h3.size())).append('\0').append(h3);
        const QString objects = test::writeFile(m_dir.path(), QStringLiteral("o.npy"), b3);
        const auto o = readNpy(objects);
        QVERIFY(!o);
        QCOMPARE(o.error().file, objects);
        QVERIFY(!readNpy(
            test::writeFile(m_dir.path(), QStringLiteral("t.npy"), bytes.left(bytes.size() - 8))));
        QVERIFY(!readNpy(test::writeFile(m_dir.path(), QStringLiteral("n.npy"), "not numpy")));

        // Hostile headers: a shape larger than the data, a shape whose product overflows, a
        // header length beyond the file. Each is an error naming the file, nothing allocated.
        auto withHeader = [&](const QByteArray& dict, quint32 declaredLength, bool version2) {
            QByteArray h = dict;
            h.append(QByteArray(64 - (12 + h.size() + 1) % 64, ' ')).append('\n');
            QByteArray b("\x93NUMPY", 6);
            b.append(char(version2 ? 2 : 1)).append('\0');
            const quint32 length = declaredLength ? declaredLength : quint32(h.size());
            b.append(char(length & 0xFF)).append(char((length >> 8) & 0xFF));
            if (version2)
                b.append(char((length >> 16) & 0xFF)).append(char((length >> 24) & 0xFF));
            b.append(h).append(QByteArray(24, '\0'));
            return b;
        };
        const std::pair<const char*, QByteArray> hostile[] = {
            {"larger.npy",
             withHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000), }", 0,
                        false)},
            {"overflow.npy", withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': "
                                        "(4611686018427387904, 4), }",
                                        0, false)},
            {"header.npy", withHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",
                                      0xFFFFFFF0u, true)},
        };
        for (const auto& [name, data] : hostile) {
            const QString path = test::writeFile(m_dir.path(), QLatin1String(name), data);
            const auto read = readNpy(path);
            QVERIFY2(!read, name);
            QCOMPARE(read.error().file, path);
        }
    }

    void pcaAgainstFullSvd() {
        const FloatMatrix m = randomMatrix(400, 12, 2);
        const auto result = pca(m, 3);
        QVERIFY(result);
        const Eigen::MatrixXd X = centredInDouble(m);
        const Eigen::JacobiSVD<Eigen::MatrixXd> svd(X, Eigen::ComputeThinV);
        const Eigen::VectorXd sv = svd.singularValues();
        const double total = sv.squaredNorm();
        for (int c = 0; c < 3; ++c) {
            QVERIFY(std::abs(result->explainedVariance[size_t(c)] -
                             sv[c] * sv[c] / double(m.rows - 1)) < 1e-9 * sv[0] * sv[0]);
            QVERIFY(std::abs(result->explainedVarianceRatio[size_t(c)] - sv[c] * sv[c] / total) <
                    1e-9);
            // The same axis up to sign; cxrfair fixes the sign (largest coefficient positive).
            Eigen::VectorXd axis(m.cols);
            for (std::int64_t j = 0; j < m.cols; ++j)
                axis[j] = result->axes[size_t(c) * size_t(m.cols) + size_t(j)];
            QVERIFY(std::abs(std::abs(axis.dot(svd.matrixV().col(c))) - 1.0) < 1e-8);
            Eigen::Index largest;
            axis.cwiseAbs().maxCoeff(&largest);
            QVERIFY(axis[largest] > 0);
            // Projections are the centred rows times the axis.
            for (std::int64_t i = 0; i < m.rows; i += 37)
                QVERIFY(std::abs(result->projection.row(i)[c] - X.row(i).dot(axis)) < 1e-4);
        }
        QVERIFY(!pca(m, 0));
        QVERIFY(!pca(m, 13));
    }

    void pcaInHighDimensionWithCloseEigenvalues() {
        // 96 dimensions, an offset of 40 (far from the origin), the second and third variances
        // 2% apart and a long flat tail: the components chosen in single precision and then
        // measured in double must still match a double-precision SVD.
        Random r(12);
        FloatMatrix m{3000, 96, {}};
        for (std::int64_t i = 0; i < m.rows; ++i)
            for (std::int64_t j = 0; j < m.cols; ++j) {
                const double scale = j == 0 ? 5.0 : j == 1 ? 3.0 : j == 2 ? 2.94 : 1.0;
                m.data.push_back(float(40.0 + scale * r.normal()));
            }
        const auto result = pca(m, 3);
        QVERIFY(result);
        const Eigen::MatrixXd X = centredInDouble(m);
        const Eigen::JacobiSVD<Eigen::MatrixXd> svd(X, Eigen::ComputeThinV);
        const Eigen::VectorXd sv = svd.singularValues();
        for (int c = 0; c < 3; ++c) {
            const double expected = sv[c] * sv[c] / double(m.rows - 1);
            QVERIFY(std::abs(result->explainedVariance[size_t(c)] - expected) < 1e-9 * expected);
            QVERIFY(std::abs(result->explainedVarianceRatio[size_t(c)] -
                             sv[c] * sv[c] / sv.squaredNorm()) < 1e-9);
            Eigen::VectorXd axis(m.cols);
            for (std::int64_t j = 0; j < m.cols; ++j)
                axis[j] = result->axes[size_t(c) * size_t(m.cols) + size_t(j)];
            QVERIFY(std::abs(std::abs(axis.dot(svd.matrixV().col(c))) - 1.0) < 1e-8);
            for (std::int64_t i = 0; i < m.rows; i += 101)
                QVERIFY(std::abs(result->projection.row(i)[c] - X.row(i).dot(axis)) < 1e-4);
        }
    }

    void logisticAgainstNewton() {
        const FloatMatrix m = randomMatrix(300, 4, 3);
        Random r(4);
        std::vector<std::int32_t> y(300);
        for (size_t i = 0; i < y.size(); ++i) {
            const double s = m.row(std::int64_t(i))[0] - m.row(std::int64_t(i))[1] + r.normal();
            y[i] = s < -0.5 ? 0 : s < 0.5 ? 1 : 2;
        }
        std::vector<std::uint32_t> rows(300);
        std::iota(rows.begin(), rows.end(), 0u);
        for (double C : {0.1, 1.0, 100.0}) {
            LogisticOptions o;
            o.C = C;
            const auto model = fitLogistic(m, rows, y, 3, o);
            QVERIFY(model);
            QVERIFY(model->converged);
            const double reference = newtonObjective(m, y, 3, C);
            QVERIFY2(std::abs(model->objective - reference) < 1e-6 * std::max(1.0, reference),
                     qPrintable(QStringLiteral("C=%1: %2 vs %3")
                                    .arg(C)
                                    .arg(model->objective, 0, 'g', 12)
                                    .arg(reference, 0, 'g', 12)));
            const auto p = model->predict(m, rows);
            QCOMPARE(p.size(), size_t(900));
            QVERIFY(std::abs(p[0] + p[1] + p[2] - 1.0) < 1e-12);
        }
    }

    void logisticOnCorrelatedDimensionsConvergesFastAndWarmStarts() {
        // 24 dimensions mixed from 6 features, far from the origin: as real embeddings, with
        // directions of very different variance. The fit must still reach the Newton optimum,
        // in few iterations, and a warm start from another C must reach the same optimum.
        constexpr int n = 500, d = 24, base = 6;
        Random r(8);
        std::vector<double> mix(size_t(base * d));
        for (double& v : mix)
            v = r.normal();
        FloatMatrix m{n, d, std::vector<float>(size_t(n * d))};
        std::vector<std::int32_t> y(n);
        for (int i = 0; i < n; ++i) {
            std::vector<double> f(base);
            for (int b = 0; b < base; ++b)
                f[size_t(b)] = r.normal() * (b == 0 ? 3.0 : 0.2);
            for (int j = 0; j < d; ++j) {
                double v = 5.0 + 0.001 * r.normal();
                for (int b = 0; b < base; ++b)
                    v += mix[size_t(b * d + j)] * f[size_t(b)];
                m.data[size_t(i * d + j)] = float(v);
            }
            const double s = f[1] - f[2] + 0.1 * f[0] + 0.2 * r.normal();
            y[size_t(i)] = s < -0.15 ? 0 : s < 0.15 ? 1 : 2;
        }
        std::vector<std::uint32_t> rows(n);
        std::iota(rows.begin(), rows.end(), 0u);
        std::optional<LogisticModel> previous;
        for (double C : {0.01, 1.0, 100.0}) {
            LogisticOptions o;
            o.C = C;
            o.tolerance = ProbeOptions().tolerance; // as the probes fit
            const auto cold = fitLogistic(m, rows, y, 3, o);
            QVERIFY(cold && cold->converged);
            QVERIFY2(cold->iterations < 80, qPrintable(QString::number(cold->iterations)));
            const double reference = newtonObjective(m, y, 3, C);
            QVERIFY2(std::abs(cold->objective - reference) < 1e-5 * std::max(1.0, reference),
                     qPrintable(QStringLiteral("C=%1: %2 vs %3")
                                    .arg(C)
                                    .arg(cold->objective, 0, 'g', 12)
                                    .arg(reference, 0, 'g', 12)));
            if (previous) {
                o.startWeights = previous->weights;
                o.startBias = previous->bias;
                const auto warm = fitLogistic(m, rows, y, 3, o);
                QVERIFY(warm && warm->converged);
                QVERIFY(std::abs(warm->objective - reference) < 1e-5 * std::max(1.0, reference));
            }
            previous = *cold;
        }
        LogisticOptions wrong;
        wrong.startWeights = {1.0, 2.0};
        wrong.startBias = {0.0};
        QVERIFY(!fitLogistic(m, rows, y, 3, wrong));
    }

    void knnVotes() {
        FloatMatrix m;
        m.rows = 6;
        m.cols = 1;
        m.data = {0.0f, 0.1f, 0.2f, 5.0f, 5.1f, 2.4f};
        const std::vector<std::int32_t> y{0, 0, 0, 1, 1, -1};
        const std::vector<std::uint32_t> train{0, 1, 2, 3, 4}, query{5};
        const auto p = knnPredict(m, train, y, 2, query, 3);
        // Nearest to 2.4: 0.2, 0.1, 0.0 -> all class 0.
        QCOMPARE(p[0], 1.0);
        QCOMPARE(p[1], 0.0);
        const auto p5 = knnPredict(m, train, y, 2, query, 5);
        QVERIFY(std::abs(p5[0] - 0.6) < 1e-12);
    }

    void probeFindsAnEncodedAttribute() {
        // 600 images of 200 patients; dimension 3 carries the attribute, the rest is noise.
        Random r(5);
        FloatMatrix m;
        m.rows = 600;
        m.cols = 16;
        std::vector<std::int32_t> label(600), patient(600);
        for (int i = 0; i < 600; ++i) {
            patient[size_t(i)] = i / 3;
            label[size_t(i)] = (i / 3) % 3; // a patient keeps their attribute
            for (int j = 0; j < 16; ++j)
                m.data.push_back(float(r.normal() + (j == 3 ? 1.5 * label[size_t(i)] : 0.0)));
        }
        ProbeOptions o;
        o.bootstrap.resamples = 200;
        const QStringList classes{"a", "b", "c"};
        const auto encoded = runProbe(m, label, patient, classes, o);
        QVERIFY2(encoded, encoded ? "" : qPrintable(encoded.error().toString()));
        QVERIFY(encoded->macroAuc > 0.85);
        QVERIFY(encoded->macroAucCi.low < encoded->macroAuc &&
                encoded->macroAuc < encoded->macroAucCi.high);
        QCOMPARE(encoded->evaluatedRows, 600);
        QVERIFY(encoded->converged);
        QVERIFY(std::abs(encoded->chanceAccuracy - 1.0 / 3.0) < 0.01);

        // Same data, shuffled labels (by patient): chance level.
        std::vector<std::int32_t> shuffled(600);
        for (int i = 0; i < 600; ++i)
            shuffled[size_t(i)] = std::int32_t((std::uint64_t(i / 3) * 2654435761ULL >> 7) % 3);
        const auto noise = runProbe(m, shuffled, patient, classes, o);
        QVERIFY(noise);
        QVERIFY(noise->macroAuc < 0.62);

        // Deterministic, and the k-NN and study-split variants run.
        QCOMPARE(runProbe(m, label, patient, classes, o)->macroAuc, encoded->macroAuc);
        o.classifier = ProbeClassifier::Knn;
        QVERIFY(runProbe(m, label, patient, classes, o)->macroAuc > 0.8);
        o.classifier = ProbeClassifier::Logistic;
        o.folds = 0;
        const auto study = runProbe(m, label, patient, classes, o);
        QVERIFY(study);
        QVERIFY(study->evaluatedRows > 60 && study->evaluatedRows < 200);
        QVERIFY(o.cGrid.end() != std::find(o.cGrid.begin(), o.cGrid.end(), study->chosenC));
        // 200 patients: 20% of them (40 patients, 120 images) are tested.
        QCOMPARE(study->evaluatedRows, 120);

        // Fewer patients than percent steps: still 20% of them tested (12 of 60 patients).
        FloatMatrix few{180, 16, {m.data.begin(), m.data.begin() + 180 * 16}};
        const std::vector<std::int32_t> fewLabels(label.begin(), label.begin() + 180),
            fewPatients(patient.begin(), patient.begin() + 180);
        const auto small = runProbe(few, fewLabels, fewPatients, classes, o);
        QVERIFY2(small, small ? "" : qPrintable(small.error().toString()));
        QCOMPARE(small->evaluatedRows, 36);
    }

    void macroAucMatchesScikitLearnDefinition() {
        // Three classes; per class, its probability column against the rest.
        const std::vector<double> p{0.7, 0.2, 0.1, 0.1, 0.8, 0.1, 0.2, 0.2, 0.6, 0.6, 0.3, 0.1};
        const std::vector<std::int32_t> y{0, 1, 2, 1};
        std::vector<std::optional<double>> per;
        const auto macro = macroOneVsRestAuc(p, y, 3, &per);
        // Class 0: positive row 0 (0.7) vs 0.1, 0.2, 0.6 -> 1. Class 1: rows 1 (0.8), 3 (0.3)
        // vs 0.2, 0.2 -> 1. Class 2: row 2 (0.6) vs 0.1, 0.1, 0.1 -> 1.
        QCOMPARE(*per[0], 1.0);
        QCOMPARE(*per[1], 1.0);
        QCOMPARE(*macro, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestEmbedding)
#include "test_embedding.moc"

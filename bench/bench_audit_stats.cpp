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
#include <QTextStream>

#include <cmath>

using namespace cxrfair;

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
        const auto metrics = computeMetrics(d, settings);
        for (const ModelConditionMetrics& m : metrics.value())
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
    FloatMatrix groups{n, 3, {}};
    for (int i = 0; i < n; ++i) {
        groups.data.push_back(sex.codes[size_t(i)]);
        groups.data.push_back(age.codes[size_t(i)]);
        groups.data.push_back(race.codes[size_t(i)]);
    }
    bench::printSklearnComparison(out,
                                  bench::sklearnBootstrapReference(scoreMatrix, labelMatrix, groups,
                                                                   kModels, kConditions, resamples),
                                  seconds, QStringLiteral("the statistics alone"));
    return 0;
}

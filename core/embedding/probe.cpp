#include "embedding/probe.h"

#include "common/random.h"
#include "embedding/knn.h"
#include "stats/roc.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Probe)
};

/// The distinct patients of `rows`, shuffled with the seed.
std::vector<std::int32_t> shuffledPatients(std::span<const std::uint32_t> rows,
                                           std::span<const std::int32_t> patients,
                                           std::uint64_t seed) {
    std::vector<std::int32_t> ids;
    for (std::uint32_t r : rows)
        ids.push_back(patients[r]);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Random random(seed);
    for (size_t i = ids.size(); i > 1; --i)
        std::swap(ids[i - 1], ids[size_t(random.next() % i)]);
    return ids;
}

/// Patients shuffled with the seed, then dealt to `parts` parts: a row's part is its patient's.
std::vector<int> patientParts(std::span<const std::uint32_t> rows,
                              std::span<const std::int32_t> patients, int parts,
                              std::uint64_t seed) {
    const std::vector<std::int32_t> ids = shuffledPatients(rows, patients, seed);
    std::map<std::int32_t, int> part;
    for (size_t i = 0; i < ids.size(); ++i)
        part[ids[i]] = int(i % size_t(parts));
    std::vector<int> out;
    for (std::uint32_t r : rows)
        out.push_back(part[patients[r]]);
    return out;
}

/// Rows of `rows` whose patient is among the first `share` of the shuffled patients (rounded,
/// and at least one patient on each side when there are two or more), then the others.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>
patientSplit(std::span<const std::uint32_t> rows, std::span<const std::int32_t> patients,
             double share, std::uint64_t seed) {
    const std::vector<std::int32_t> ids = shuffledPatients(rows, patients, seed);
    const auto count = std::int64_t(ids.size());
    std::int64_t first = std::llround(share * double(count));
    if (count >= 2)
        first = std::clamp<std::int64_t>(first, 1, count - 1);
    std::set<std::int32_t> firstPart(ids.begin(), ids.begin() + std::min(first, count));
    std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> out;
    for (std::uint32_t r : rows)
        (firstPart.count(patients[r]) ? out.first : out.second).push_back(r);
    return out;
}

/// Fits on `train` and predicts `test`. A logistic fit starts from `*warm` when it holds a
/// model of the same size, and leaves its own there.
/// The rows of the patients drawn with the seed until the next would bring them past `cap`
/// (at least one patient); all of `rows` when they are within it or `cap` is 0.
std::vector<std::uint32_t> capByPatient(std::span<const std::uint32_t> rows,
                                        std::span<const std::int32_t> patients, qint64 cap,
                                        std::uint64_t seed) {
    if (cap <= 0 || qint64(rows.size()) <= cap)
        return {rows.begin(), rows.end()};
    std::map<std::int32_t, qint64> imagesOf;
    for (std::uint32_t r : rows)
        ++imagesOf[patients[r]];
    std::set<std::int32_t> chosen;
    qint64 taken = 0;
    for (std::int32_t id : shuffledPatients(rows, patients, seed)) {
        if (!chosen.empty() && taken + imagesOf[id] > cap)
            break;
        chosen.insert(id);
        taken += imagesOf[id];
    }
    std::vector<std::uint32_t> out;
    out.reserve(size_t(taken));
    for (std::uint32_t r : rows)
        if (chosen.count(patients[r]))
            out.push_back(r);
    return out;
}

Result<std::vector<double>> fitAndPredict(const FloatMatrix& x,
                                          std::span<const std::uint32_t> train,
                                          std::span<const std::int32_t> labels, int classes,
                                          std::span<const std::uint32_t> test,
                                          const ProbeOptions& options, double C, bool& converged,
                                          LogisticModel* warm = nullptr) {
    if (options.classifier == ProbeClassifier::Knn)
        return knnPredict(x, train, labels, classes, test, options.neighbours);
    LogisticOptions lo;
    lo.C = C;
    lo.tolerance = options.tolerance;
    if (warm && warm->classes == classes) {
        lo.startWeights = warm->weights;
        lo.startBias = warm->bias;
    }
    auto model = fitLogistic(x, train, labels, classes, lo);
    if (!model)
        return std::unexpected(model.error());
    converged = converged && model->converged;
    std::vector<double> predicted = model->predict(x, test);
    if (warm)
        *warm = std::move(*model);
    return predicted;
}

} // namespace

std::optional<double> macroOneVsRestAuc(std::span<const double> probabilities,
                                        std::span<const std::int32_t> labels, int classes,
                                        std::vector<std::optional<double>>* perClass) {
    std::vector<double> scores(labels.size());
    std::vector<std::int8_t> binary(labels.size());
    double sum = 0;
    int defined = 0;
    if (perClass)
        perClass->assign(size_t(classes), std::nullopt);
    for (int c = 0; c < classes; ++c) {
        for (size_t i = 0; i < labels.size(); ++i) {
            scores[i] = probabilities[i * size_t(classes) + size_t(c)];
            binary[i] = std::int8_t(labels[i] == c);
        }
        const auto auc = rocAuc({scores, binary});
        if (perClass)
            (*perClass)[size_t(c)] = auc;
        if (auc) {
            sum += *auc;
            ++defined;
        }
    }
    if (defined == 0)
        return std::nullopt;
    return sum / defined;
}

Result<ProbeResult> runProbe(const FloatMatrix& x, std::span<const std::int32_t> labels,
                             std::span<const std::int32_t> patients, const QStringList& classes,
                             const ProbeOptions& options, const Progress& progress) {
    const int k = int(classes.size());
    if (size_t(x.rows) != labels.size() || labels.size() != patients.size())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the embeddings have %1 rows but the table has %2")
                        .arg(x.rows)
                        .arg(labels.size()));
    std::vector<std::uint32_t> rows;
    for (size_t r = 0; r < labels.size(); ++r) {
        if (labels[r] >= 0 && labels[r] < k)
            rows.push_back(std::uint32_t(r));
    }
    ProbeResult result;
    result.classes = classes;
    result.classCounts.assign(size_t(k), 0);
    for (std::uint32_t r : rows)
        ++result.classCounts[size_t(labels[r])];
    const int present = int(std::count_if(result.classCounts.begin(), result.classCounts.end(),
                                          [](qint64 c) { return c > 0; }));
    if (present < 2)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the probe needs at least two classes with images"));

    // Out-of-sample class probabilities for the evaluated rows.
    std::vector<std::uint32_t> evaluated;
    std::vector<double> probabilities;
    auto append = [&](std::span<const std::uint32_t> test, const std::vector<double>& p) {
        evaluated.insert(evaluated.end(), test.begin(), test.end());
        probabilities.insert(probabilities.end(), p.begin(), p.end());
    };
    const char* classifier =
        options.classifier == ProbeClassifier::Knn ? "k-nearest neighbours" : "logistic regression";
    if (options.folds >= 2) {
        result.folds = options.folds;
        result.chosenC = options.C;
        result.method = Tr::tr("%1, %2-fold cross-validation grouped by patient")
                            .arg(QLatin1String(classifier))
                            .arg(options.folds);
        const std::vector<int> part = patientParts(rows, patients, options.folds, options.seed);
        for (int fold = 0; fold < options.folds; ++fold) {
            if (progress.cancelled())
                return std::unexpected(Progress::cancelledError());
            std::vector<std::uint32_t> available, test;
            for (size_t i = 0; i < rows.size(); ++i)
                (part[i] == fold ? test : available).push_back(rows[i]);
            if (test.empty() || available.empty())
                continue;
            const std::vector<std::uint32_t> train =
                capByPatient(available, patients, options.maxTrainImages, options.seed + 2);
            result.trainedRows = std::max(result.trainedRows, qint64(train.size()));
            result.trainingRows = std::max(result.trainingRows, qint64(available.size()));
            auto p = fitAndPredict(x, train, labels, k, test, options, options.C, result.converged);
            if (!p)
                return std::unexpected(p.error());
            append(test, *p);
        }
    } else {
        // The study: 80/20 by patient; 20% of the training patients choose C.
        result.method = Tr::tr("%1, 80/20 split by patient, C chosen on a validation part")
                            .arg(QLatin1String(classifier));
        const auto [available, test] = patientSplit(rows, patients, 0.8, options.seed);
        const std::vector<std::uint32_t> train =
            capByPatient(available, patients, options.maxTrainImages, options.seed + 2);
        result.trainedRows = qint64(train.size());
        result.trainingRows = qint64(available.size());
        const auto [fit, validation] = patientSplit(train, patients, 0.8, options.seed + 1);
        double bestC = options.C, bestAuc = -1;
        // Along the grid from the strongest penalty, each fit starting from the previous one;
        // the final fit starts from the chosen C's.
        LogisticModel warm, best;
        if (options.classifier == ProbeClassifier::Logistic) {
            std::vector<double> grid = options.cGrid;
            std::sort(grid.begin(), grid.end());
            for (double C : grid) {
                auto p = fitAndPredict(x, fit, labels, k, validation, options, C, result.converged,
                                       &warm);
                if (!p)
                    return std::unexpected(p.error());
                std::vector<std::int32_t> y;
                for (std::uint32_t r : validation)
                    y.push_back(labels[r]);
                const auto auc = macroOneVsRestAuc(*p, y, k);
                if (auc && *auc > bestAuc) {
                    bestAuc = *auc;
                    bestC = C;
                    best = warm;
                }
            }
        }
        result.chosenC = bestC;
        auto p = fitAndPredict(x, train, labels, k, test, options, bestC, result.converged, &best);
        if (!p)
            return std::unexpected(p.error());
        append(test, *p);
    }

    std::vector<std::int32_t> y, patientOf;
    for (std::uint32_t r : evaluated) {
        y.push_back(labels[r]);
        patientOf.push_back(patients[r]);
    }
    result.evaluatedRows = qint64(y.size());
    if (result.trainedRows < result.trainingRows)
        result.method += Tr::tr("; trained on %L1 of the %L2 training images (whole patients "
                                "drawn with the seed)")
                             .arg(result.trainedRows)
                             .arg(result.trainingRows);
    const auto macro = macroOneVsRestAuc(probabilities, y, k, &result.perClassAuc);
    if (!macro)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("no class has both positives and negatives among the evaluated images"));
    result.macroAuc = *macro;
    std::vector<std::int32_t> predicted(y.size());
    qint64 correct = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        const double* p = probabilities.data() + i * size_t(k);
        predicted[i] = std::int32_t(std::max_element(p, p + k) - p);
        correct += predicted[i] == y[i];
    }
    result.accuracy = double(correct) / double(y.size());
    result.chanceAccuracy =
        double(*std::max_element(result.classCounts.begin(), result.classCounts.end())) /
        double(rows.size());

    // Bootstrap over the evaluated images, clustered by patient: the per-class AUCs of a
    // resample share its draws (same seed, same rows), then average.
    std::vector<double> macroReplicates(size_t(options.bootstrap.resamples), 0.0);
    std::vector<int> defined(macroReplicates.size(), 0);
    std::vector<double> scores(y.size());
    std::vector<std::int8_t> binary(y.size());
    for (int c = 0; c < k; ++c) {
        if (!result.perClassAuc[size_t(c)])
            continue;
        for (size_t i = 0; i < y.size(); ++i) {
            scores[i] = probabilities[i * size_t(k) + size_t(c)];
            binary[i] = std::int8_t(y[i] == c);
        }
        const auto rep =
            bootstrapAuc({binary, patientOf, {scores}, {}}, options.bootstrap, progress);
        if (!rep)
            return std::unexpected(rep.error());
        const auto series = rep->series(0, 0);
        for (size_t b = 0; b < macroReplicates.size(); ++b) {
            if (std::isfinite(series[b])) {
                macroReplicates[b] += series[b];
                ++defined[b];
            }
        }
    }
    const int expected = int(std::count_if(result.perClassAuc.begin(), result.perClassAuc.end(),
                                           [](const auto& a) { return bool(a); }));
    for (size_t b = 0; b < macroReplicates.size(); ++b)
        macroReplicates[b] = defined[b] == expected ? macroReplicates[b] / expected : std::nan("");
    result.macroAucCi = percentileInterval(macroReplicates, options.bootstrap.level);

    const ResampleDraws draws(y.size(), options.bootstrap, {}, patientOf);
    std::vector<double> accuracyReplicates(size_t(options.bootstrap.resamples), std::nan(""));
    std::vector<std::uint8_t> counts;
    for (int batch = 0; batch < draws.batches(); ++batch) {
        draws.fill(batch, counts);
        for (int lane = 0; lane < ResampleDraws::kLanes; ++lane) {
            const int b = batch * ResampleDraws::kLanes + lane;
            if (b >= options.bootstrap.resamples)
                break;
            double hits = 0, total = 0;
            for (size_t i = 0; i < y.size(); ++i) {
                const double w = counts[i * ResampleDraws::kLanes + size_t(lane)];
                total += w;
                hits += w * (predicted[i] == y[i]);
            }
            if (total > 0)
                accuracyReplicates[size_t(b)] = hits / total;
        }
    }
    result.accuracyCi = percentileInterval(accuracyReplicates, options.bootstrap.level);
    return result;
}

QJsonObject ProbeResult::toJson() const {
    QJsonObject perClass, counts;
    for (qsizetype c = 0; c < classes.size(); ++c) {
        const auto& auc = perClassAuc[size_t(c)];
        perClass.insert(classes[c], auc ? QJsonValue(*auc) : QJsonValue());
        counts.insert(classes[c], classCounts[size_t(c)]);
    }
    auto interval = [](const PercentileInterval& ci) {
        return ci.valid() ? QJsonValue(QJsonArray{ci.low, ci.high}) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("target"), target},
        {QStringLiteral("macro_auc"), macroAuc},
        {QStringLiteral("macro_auc_ci"), interval(macroAucCi)},
        {QStringLiteral("accuracy"), accuracy},
        {QStringLiteral("accuracy_ci"), interval(accuracyCi)},
        {QStringLiteral("per_class_auc"), perClass},
        {QStringLiteral("class_counts"), counts},
        {QStringLiteral("chance"), QJsonObject{{QStringLiteral("macro_auc"), chanceAuc},
                                               {QStringLiteral("accuracy"), chanceAccuracy}}},
        {QStringLiteral("evaluated_images"), evaluatedRows},
        {QStringLiteral("trained_images"), trainedRows},
        {QStringLiteral("training_images"), trainingRows},
        {QStringLiteral("method"), method},
        {QStringLiteral("C"), chosenC},
        {QStringLiteral("converged"), converged},
    };
}

} // namespace cxrfair

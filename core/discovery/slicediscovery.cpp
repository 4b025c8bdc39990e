#include "discovery/slicediscovery.h"

#include "common/random.h"
#include "discovery/errormixture.h"
#include "embedding/pca.h"
#include "inference/imagekey.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::SliceDiscovery)
};

constexpr int kNearestTerms = 3;

using RowMajorFloat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Result<void> checkData(const SliceData& data, const SliceOptions& options) {
    const size_t n = size_t(data.embeddings.rows);
    if (data.sampleIds.size() != qsizetype(n) || data.patientIds.size() != qsizetype(n) ||
        data.scores.size() != n || data.labels.size() != n)
        return fail(ErrorCode::Internal, Tr::tr("slice discovery: inputs differ in length"));
    if (data.terms.size() != data.termEmbeddings.rows ||
        (data.termEmbeddings.rows > 0 && data.termEmbeddings.cols != data.embeddings.cols))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the term embeddings must have one row per term and the images' "
                           "dimension (%1 terms, %2 x %3 embeddings, images of dimension %4)")
                        .arg(data.terms.size())
                        .arg(data.termEmbeddings.rows)
                        .arg(data.termEmbeddings.cols)
                        .arg(data.embeddings.cols));
    if (options.slices < 1 || options.slices > 100)
        return fail(
            ErrorCode::InvalidArgument,
            Tr::tr("the number of slices must be from 1 to 100 (not %1)").arg(options.slices));
    const auto positives = std::count(data.labels.begin(), data.labels.end(), 1);
    if (positives == 0 || positives == qsizetype(n))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("slice discovery needs positive and negative images (%1 of %2 are "
                           "positive)")
                        .arg(positives)
                        .arg(n));
    return {};
}

/// Each score's mid-rank among all scores, scaled into (0, 1).
std::vector<double> scoreRanks(const std::vector<double>& scores) {
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    std::vector<double> ranks(scores.size());
    for (size_t start = 0; start < order.size();) {
        size_t end = start + 1;
        while (end < order.size() && scores[order[end]] == scores[order[start]])
            ++end;
        const double mid = 0.5 * double(start + end) / double(scores.size());
        for (size_t p = start; p < end; ++p)
            ranks[order[p]] = mid;
        start = end;
    }
    return ranks;
}

/// The rows of `rows`, as a float matrix.
FloatMatrix takeRows(const FloatMatrix& x, const std::vector<size_t>& rows) {
    FloatMatrix out{qint64(rows.size()), x.cols, std::vector<float>(rows.size() * size_t(x.cols))};
    for (size_t i = 0; i < rows.size(); ++i)
        std::copy_n(x.row(qint64(rows[i])), x.cols, out.data.begin() + qint64(i) * x.cols);
    return out;
}

/// Every row projected on the components fitted to the search half.
PointMatrix project(const FloatMatrix& x, const PcaResult& fit) {
    const Eigen::Index d = x.cols, r = fit.components;
    const Eigen::Map<const RowMajorFloat> X(x.data.data(), x.rows, d);
    const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>
        axes(fit.axes.data(), r, d);
    const Eigen::Map<const Eigen::RowVectorXd> mean(fit.mean.data(), d);
    PointMatrix z(x.rows, r);
    constexpr Eigen::Index kBlock = 4096;
    for (Eigen::Index start = 0; start < x.rows; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, x.rows - start);
        z.middleRows(start, rows) =
            (X.middleRows(start, rows).cast<double>().rowwise() - mean) * axes.transpose();
    }
    return z;
}

/// The terms nearest (by cosine) to the direction from the mean image to the slice's mean.
QStringList nearestTerms(const SliceData& data, const std::vector<int>& component, int wanted) {
    if (data.termEmbeddings.rows == 0)
        return {};
    const Eigen::Index d = data.embeddings.cols;
    const Eigen::Map<const RowMajorFloat> X(data.embeddings.data.data(), data.embeddings.rows, d);
    Eigen::RowVectorXd all = Eigen::RowVectorXd::Zero(d), slice = Eigen::RowVectorXd::Zero(d);
    double members = 0;
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        const Eigen::RowVectorXd row = X.row(i).cast<double>().normalized();
        all += row;
        if (component[size_t(i)] == wanted) {
            slice += row;
            members += 1;
        }
    }
    if (members == 0)
        return {};
    const Eigen::RowVectorXd direction = slice / members - all / double(X.rows());
    const Eigen::Map<const RowMajorFloat> T(data.termEmbeddings.data.data(),
                                            data.termEmbeddings.rows, d);
    std::vector<std::pair<double, qsizetype>> cosine;
    for (Eigen::Index t = 0; t < T.rows(); ++t) {
        const Eigen::RowVectorXd term = T.row(t).cast<double>();
        const double norms = term.norm() * direction.norm();
        if (norms > 0)
            cosine.push_back({term.dot(direction) / norms, qsizetype(t)});
    }
    std::sort(cosine.begin(), cosine.end(), [](const auto& a, const auto& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    QStringList out;
    for (const auto& [c, t] : cosine)
        if (c > 0 && out.size() < kNearestTerms)
            out << data.terms[t];
    return out;
}

QString describe(const DiscoveredSlice& s) {
    QStringList parts;
    if (s.images > 0) {
        const double share = double(s.positives) / double(s.images);
        if (share >= 0.9)
            parts << Tr::tr("positives");
        else if (share <= 0.1)
            parts << Tr::tr("negatives");
    }
    if (!s.nearestTerms.isEmpty()) {
        parts << s.nearestTerms.join(QStringLiteral(", "));
    } else {
        QStringList groups;
        for (const SliceEnrichment& e : s.enriched)
            if (groups.size() < kNearestTerms)
                groups << e.attribute + QLatin1Char('=') + e.group;
        if (!groups.isEmpty())
            parts << groups.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

std::vector<std::uint8_t> evaluationHalf(const QStringList& patientIds, std::uint64_t seed) {
    QHash<QString, std::uint64_t> hashOf;
    for (const QString& p : patientIds)
        if (!hashOf.contains(p))
            hashOf.insert(p, Random(stableKeyHash(p) ^ Random::stream(seed, 0x4A1F).next()).next());
    std::vector<std::pair<std::uint64_t, QString>> patients;
    for (auto it = hashOf.cbegin(); it != hashOf.cend(); ++it)
        patients.push_back({it.value(), it.key()});
    std::sort(patients.begin(), patients.end());
    QHash<QString, std::uint8_t> half;
    for (size_t i = 0; i < patients.size(); ++i)
        half.insert(patients[i].second, i < (patients.size() + 1) / 2 ? 0 : 1);
    std::vector<std::uint8_t> out(size_t(patientIds.size()));
    for (qsizetype i = 0; i < patientIds.size(); ++i)
        out[size_t(i)] = half.value(patientIds[i]);
    return out;
}

Result<SliceDiscovery> discoverSlices(const SliceData& data, const SliceOptions& options,
                                      const Progress& progress) {
    if (auto ok = checkData(data, options); !ok)
        return std::unexpected(ok.error());
    const size_t n = size_t(data.embeddings.rows);
    SliceDiscovery result;
    result.evaluateHalf = evaluationHalf(data.patientIds, options.seed);
    std::vector<size_t> search, evaluate;
    for (size_t i = 0; i < n; ++i)
        (result.evaluateHalf[i] ? evaluate : search).push_back(i);
    result.searchImages = std::int64_t(search.size());
    result.evaluateImages = std::int64_t(evaluate.size());
    const int k = options.slices;
    if (search.size() < size_t(2 * k) || evaluate.empty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("too few images to find %1 slices (%2 in the search half, %3 held out)")
                        .arg(k)
                        .arg(search.size())
                        .arg(evaluate.size()));

    progress.report(0.0, Tr::tr("Principal components of the search half"));
    const int r = int(std::min<qint64>(
        {qint64(options.pcaComponents), data.embeddings.cols, qint64(search.size()) - 1}));
    auto fit = pca(takeRows(data.embeddings, search), std::max(1, r));
    if (!fit)
        return std::unexpected(fit.error());
    result.pcaComponents = fit->components;
    const PointMatrix z = project(data.embeddings, *fit);
    const std::vector<double> ranks = scoreRanks(data.scores);

    // One mixture per class: an AUC's errors are positives scored low and negatives scored
    // high, so a slice holds images of one label (Domino's mixture with an infinite label
    // weight). Akaike's criterion chooses each mixture's size.
    std::vector<int> component(n, -1);
    std::vector<std::int8_t> searchLabels;
    for (size_t i : search)
        searchLabels.push_back(data.labels[i]);
    int components = 0;
    for (const std::int8_t label : {std::int8_t(1), std::int8_t(0)}) {
        std::vector<size_t> rows;
        for (size_t i : search)
            if (data.labels[i] == label)
                rows.push_back(i);
        PointMatrix points(Eigen::Index(rows.size()), z.cols());
        std::vector<double> classRanks;
        for (size_t i = 0; i < rows.size(); ++i) {
            points.row(Eigen::Index(i)) = z.row(Eigen::Index(rows[i]));
            classRanks.push_back(ranks[rows[i]]);
        }
        if (rows.size() < size_t(std::max(2, options.minSearchImages)))
            continue; // too few images of this class to hold a slice
        const std::vector<std::int8_t> classLabels(rows.size(), label);
        const MixtureData mixtureData{std::move(points), classLabels, classRanks};
        std::optional<ErrorMixture> best;
        const double from = label == 1 ? 0.1 : 0.4;
        for (const int m : {1, 2, 3, 4, 6, 8, 12, 16, 24, 32}) {
            if (m > options.maxComponents ||
                rows.size() < size_t(std::max(2, options.minSearchImages) * m))
                break;
            if (progress.cancelled())
                return std::unexpected(Progress::cancelledError());
            MixtureOptions mixture;
            mixture.components = m;
            mixture.seed = options.seed + std::uint64_t(label);
            mixture.labelWeight = 0.0;
            mixture.scoreWeight = options.scoreWeight;
            mixture.threads = options.threads;
            progress.report(from, label == 1 ? Tr::tr("Mixtures of the positives")
                                             : Tr::tr("Mixtures of the negatives"));
            auto fitted = fitErrorMixture(mixtureData, mixture);
            if (!fitted)
                return std::unexpected(fitted.error());
            if (!best || fitted->aic < best->aic)
                best = std::move(*fitted);
        }
        if (!best)
            continue;
        for (size_t i = 0; i < n; ++i)
            if (data.labels[i] == label)
                component[i] = components + best->assign(z.row(Eigen::Index(i)).data(), label);
        components += best->components;
    }
    result.components = components;

    // Rank the components on the search half.
    auto subset = [&](const std::vector<size_t>& rows, auto&& value) {
        using T = std::decay_t<decltype(value(size_t(0)))>;
        std::vector<T> out;
        out.reserve(rows.size());
        for (size_t i : rows)
            out.push_back(value(i));
        return out;
    };
    const auto searchScores = subset(search, [&](size_t i) { return data.scores[i]; });
    const auto searchMember = subset(search, [&](size_t i) { return component[i]; });
    const std::vector<SliceAuc> searchAuc =
        SliceAucCounter(searchScores, searchLabels).count(searchMember, components);
    std::vector<std::int64_t> searchCount(size_t(components), 0);
    for (int c : searchMember)
        if (c >= 0) // -1: a class too small for a mixture
            ++searchCount[size_t(c)];
    std::vector<std::pair<double, int>> candidates;
    for (int c = 0; c < components; ++c)
        if (searchCount[size_t(c)] >= options.minSearchImages && searchAuc[size_t(c)].slice &&
            searchAuc[size_t(c)].rest)
            candidates.push_back({*searchAuc[size_t(c)].slice - *searchAuc[size_t(c)].rest, c});
    std::sort(candidates.begin(), candidates.end());
    candidates.resize(std::min(candidates.size(), size_t(k)));

    // Evaluate the chosen components on the held-out half.
    progress.report(0.75, Tr::tr("Evaluating the slices on the held-out half"));
    std::vector<int> sliceOfComponent(size_t(components), -1);
    for (size_t j = 0; j < candidates.size(); ++j)
        sliceOfComponent[size_t(candidates[j].second)] = int(j);
    const auto evaluateScores = subset(evaluate, [&](size_t i) { return data.scores[i]; });
    const auto evaluateLabels = subset(evaluate, [&](size_t i) { return data.labels[i]; });
    const auto evaluateMember = subset(evaluate, [&](size_t i) {
        return component[i] < 0 ? -1 : sliceOfComponent[size_t(component[i])];
    });
    QHash<QString, std::int32_t> patientCode;
    std::vector<std::int32_t> evaluatePatients;
    for (size_t i : evaluate) {
        const QString& id = data.patientIds[qsizetype(i)];
        auto it = patientCode.constFind(id);
        if (it == patientCode.constEnd())
            it = patientCode.insert(id, std::int32_t(patientCode.size()));
        evaluatePatients.push_back(*it);
    }
    const BootstrapOptions& bootstrap = options.bootstrap;
    const std::vector<SliceComparison> comparisons =
        compareSlices(evaluateScores, evaluateLabels, evaluatePatients, evaluateMember,
                      int(candidates.size()), bootstrap, options.threads);
    if (progress.cancelled())
        return std::unexpected(Progress::cancelledError());

    for (size_t j = 0; j < candidates.size(); ++j) {
        DiscoveredSlice s;
        s.component = candidates[j].second;
        s.comparison = comparisons[j];
        s.searchDifference = candidates[j].first;
        s.searchImages = searchCount[size_t(s.component)];
        std::vector<std::uint8_t> inSlice(evaluate.size(), 0);
        for (size_t e = 0; e < evaluate.size(); ++e)
            if (evaluateMember[e] == int(j)) {
                inSlice[e] = 1;
                ++s.images;
                s.positives += evaluateLabels[e];
            }
        for (const Grouping& g : data.attributes) {
            const auto codes = subset(evaluate, [&](size_t i) { return g.codes[i]; });
            for (SliceEnrichment& e :
                 enrichment(g.attribute, g.groups, codes, inSlice, bootstrap.level))
                s.enriched.push_back(std::move(e));
        }
        std::stable_sort(s.enriched.begin(), s.enriched.end(),
                         [](const SliceEnrichment& a, const SliceEnrichment& b) {
                             return a.oddsRatio > b.oddsRatio;
                         });
        s.nearestTerms = nearestTerms(data, component, s.component);
        s.description = describe(s);
        result.slices.push_back(std::move(s));
    }
    std::stable_sort(result.slices.begin(), result.slices.end(),
                     [](const DiscoveredSlice& a, const DiscoveredSlice& b) {
                         const auto& x = a.comparison.difference;
                         const auto& y = b.comparison.difference;
                         return x && (!y || *x < *y);
                     });
    std::vector<int> numberOfComponent(size_t(components), -1);
    for (size_t j = 0; j < result.slices.size(); ++j) {
        result.slices[j].number = int(j) + 1;
        numberOfComponent[size_t(result.slices[j].component)] = int(j) + 1;
    }
    result.sliceOfRow.resize(n);
    for (size_t i = 0; i < n; ++i)
        result.sliceOfRow[i] = component[i] < 0 ? -1 : numberOfComponent[size_t(component[i])];
    progress.report(1.0);
    return result;
}

} // namespace cxrfair

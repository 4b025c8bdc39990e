#include "embedding/mmd.h"

#include "common/random.h"

#include <QCoreApplication>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Mmd)
};

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;

/// Squared distances between the pooled rows `a` then `b` of `x` (one Gram matrix product).
Matrix squaredDistances(const FloatMatrix& x, const std::vector<std::int64_t>& a,
                        const std::vector<std::int64_t>& b) {
    const Eigen::Index n = Eigen::Index(a.size() + b.size());
    Matrix pooled(x.cols, n); // one image per column
    for (Eigen::Index i = 0; i < n; ++i) {
        const std::int64_t row =
            i < Eigen::Index(a.size()) ? a[size_t(i)] : b[size_t(i) - a.size()];
        pooled.col(i) = Eigen::Map<const Eigen::VectorXf>(x.row(row), x.cols);
    }
    const Eigen::VectorXf norms = pooled.colwise().squaredNorm().transpose();
    Matrix d = -2.0f * (pooled.transpose() * pooled);
    d.colwise() += norms;
    d.rowwise() += norms.transpose();
    d = d.cwiseMax(0.0f);
    d.diagonal().setZero();
    return d;
}

double medianOfPairs(const Matrix& squared) {
    const Eigen::Index n = squared.rows();
    std::vector<float> values;
    values.reserve(size_t(n) * size_t(n - 1) / 2);
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < j; ++i)
            values.push_back(squared(i, j));
    if (values.empty())
        return 0.0;
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + ptrdiff_t(middle), values.end());
    const double upper = std::sqrt(double(values[middle]));
    if (values.size() % 2 == 1)
        return upper;
    const double lower =
        std::sqrt(double(*std::max_element(values.begin(), values.begin() + ptrdiff_t(middle))));
    return (lower + upper) / 2.0;
}

/// The kernel matrix, made in place from the squared distances.
Matrix kernelOf(Matrix squared, double bandwidth) {
    const float scale = float(-1.0 / (2.0 * bandwidth * bandwidth));
    squared = (squared.array() * scale).exp().matrix();
    return squared;
}

double blockSum(const Matrix& k, Eigen::Index row, Eigen::Index col, Eigen::Index rows,
                Eigen::Index cols) {
    double sum = 0.0;
    for (Eigen::Index j = col; j < col + cols; ++j)
        for (Eigen::Index i = row; i < row + rows; ++i)
            sum += double(k(i, j));
    return sum;
}

/// The unbiased squared MMD of the first `na` rows of the kernel matrix against the others.
double mmd2Of(const Matrix& k, Eigen::Index na) {
    const Eigen::Index nb = k.rows() - na;
    const double aa = blockSum(k, 0, 0, na, na) - double(na);
    const double bb = blockSum(k, na, na, nb, nb) - double(nb);
    const double ab = blockSum(k, 0, na, na, nb);
    return aa / (double(na) * double(na - 1)) + bb / (double(nb) * double(nb - 1)) -
           2.0 * ab / (double(na) * double(nb));
}

/// The statistic from the within-a sum uKu (diagonal included), the a-rows' share ur of the
/// kernel's row sums and their total.
double statistic(double uKu, double ur, double total, double na, double nb) {
    const double aa = uKu - na;
    const double bb = total - 2.0 * ur + uKu - nb;
    const double ab = ur - uKu;
    return aa / (na * (na - 1.0)) + bb / (nb * (nb - 1.0)) - 2.0 * ab / (na * nb);
}

double permutationP(const Matrix& k, Eigen::Index na,
                    const std::vector<std::vector<std::int32_t>>& permutations,
                    const Progress& progress) {
    const Eigen::Index n = k.rows();
    const double nb = double(n - na);
    Eigen::VectorXd rowSums = Eigen::VectorXd::Zero(n); // the kernel is symmetric
    for (Eigen::Index j = 0; j < n; ++j)
        rowSums(j) = blockSum(k, 0, j, n, 1);
    const double total = rowSums.sum();
    const double observed =
        statistic(blockSum(k, 0, 0, na, na), rowSums.head(na).sum(), total, double(na), nb);
    // Chunks of relabellings at once: K U, one column per permutation.
    constexpr Eigen::Index chunk = 200;
    long long atLeast = 0;
    for (size_t first = 0; first < permutations.size(); first += size_t(chunk)) {
        if (progress.cancelled())
            return std::nan("");
        const Eigen::Index count =
            std::min<Eigen::Index>(chunk, Eigen::Index(permutations.size() - first));
        Matrix u = Matrix::Zero(n, count);
        for (Eigen::Index c = 0; c < count; ++c)
            for (Eigen::Index i = 0; i < na; ++i)
                u(permutations[first + size_t(c)][size_t(i)], c) = 1.0f;
        const Matrix ku = k * u;
        for (Eigen::Index c = 0; c < count; ++c) {
            double uKu = 0.0, ur = 0.0;
            for (Eigen::Index i = 0; i < n; ++i)
                if (u(i, c) != 0.0f) {
                    uKu += double(ku(i, c));
                    ur += rowSums(i);
                }
            // Ties count: a relabelling as far from the null as the data is counts against it.
            if (statistic(uKu, ur, total, double(na), nb) >= observed - 1e-9 * std::abs(observed))
                ++atLeast;
        }
        progress.step(qint64(first) + count, qint64(permutations.size()));
    }
    return double(1 + atLeast) / double(1 + permutations.size());
}

/// At most `limit` of `rows`, drawn without replacement, in their original order.
std::vector<std::int64_t> drawn(std::vector<std::int64_t> rows, int limit, Random random) {
    if (int(rows.size()) <= limit)
        return rows;
    for (int i = 0; i < limit; ++i)
        std::swap(rows[size_t(i)], rows[size_t(random.integer(i, int(rows.size()) - 1))]);
    rows.resize(size_t(limit));
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

double medianPairDistance(const FloatMatrix& x, const std::vector<std::int64_t>& rows) {
    return medianOfPairs(squaredDistances(x, rows, {}));
}

double mmd2Unbiased(const FloatMatrix& x, const std::vector<std::int64_t>& a,
                    const std::vector<std::int64_t>& b, double bandwidth) {
    return mmd2Of(kernelOf(squaredDistances(x, a, b), bandwidth), Eigen::Index(a.size()));
}

double mmdPermutationP(const FloatMatrix& x, const std::vector<std::int64_t>& a,
                       const std::vector<std::int64_t>& b, double bandwidth,
                       const std::vector<std::vector<std::int32_t>>& permutations,
                       const Progress& progress) {
    return permutationP(kernelOf(squaredDistances(x, a, b), bandwidth), Eigen::Index(a.size()),
                        permutations, progress);
}

Result<std::vector<MmdPair>> groupMmd(const FloatMatrix& x, const QStringList& groups,
                                      const MmdOptions& options, const Progress& progress) {
    if (groups.size() != x.rows)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1 group labels for %2 embeddings: one per row is needed")
                        .arg(groups.size())
                        .arg(x.rows));
    if (options.permutations < 1 || options.maxPerGroup < 2)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("at least one permutation and two images per group are needed"));
    std::map<QString, std::vector<std::int64_t>> members;
    for (qsizetype r = 0; r < groups.size(); ++r)
        if (!groups[r].isEmpty())
            members[groups[r]].push_back(r);
    std::vector<std::pair<QString, std::vector<std::int64_t>>> kept;
    for (auto& [name, rows] : members)
        if (rows.size() >= 2)
            kept.emplace_back(name, drawn(std::move(rows), options.maxPerGroup,
                                          Random::stream(options.seed, kept.size())));
    if (kept.size() < 2)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("a two-sample test needs at least two groups of two or more images"));
    std::vector<MmdPair> pairs;
    const size_t total = kept.size() * (kept.size() - 1) / 2;
    for (size_t i = 0; i < kept.size(); ++i)
        for (size_t j = i + 1; j < kept.size(); ++j) {
            const auto& [nameA, a] = kept[i];
            const auto& [nameB, b] = kept[j];
            const Progress part = progress.part(double(pairs.size()) / double(total),
                                                double(pairs.size() + 1) / double(total));
            part.report(0.0, Tr::tr("%1 against %2").arg(nameA, nameB));
            MmdPair pair{
                nameA, nameB, 0.0, 1.0, 0.0, std::int64_t(a.size()), std::int64_t(b.size())};
            Matrix squared = squaredDistances(x, a, b);
            pair.bandwidth = medianOfPairs(squared);
            if (!(pair.bandwidth > 0.0))
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("groups %1 and %2: every embedding is the same, so the "
                                   "kernel has no scale")
                                .arg(nameA, nameB));
            const Matrix k = kernelOf(std::move(squared), pair.bandwidth);
            const Eigen::Index na = Eigen::Index(a.size());
            pair.mmd2 = mmd2Of(k, na);
            Random random = Random::stream(options.seed, 1000 + pairs.size());
            std::vector<std::vector<std::int32_t>> permutations(size_t(options.permutations));
            for (auto& p : permutations) {
                p.resize(a.size() + b.size());
                std::iota(p.begin(), p.end(), 0);
                for (size_t s = p.size() - 1; s > 0; --s)
                    std::swap(p[s], p[size_t(random.integer(0, int(s)))]);
            }
            pair.p = permutationP(k, na, permutations, part);
            if (progress.cancelled())
                return std::unexpected(Progress::cancelledError());
            pairs.push_back(pair);
        }
    return pairs;
}

} // namespace cxrfair

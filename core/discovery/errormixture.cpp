#include "discovery/errormixture.h"

#include "common/random.h"
#include "discovery/parallelchunks.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ErrorMixture)
};

constexpr Eigen::Index kChunk = 1024;
constexpr double kRateFloor = 1e-3;

/// Sufficient statistics of one chunk of images under the current responsibilities.
struct Moments {
    Eigen::VectorXd count;     ///< per component
    Eigen::MatrixXd sum;       ///< components x dimensions
    Eigen::MatrixXd squares;   ///< components x dimensions
    Eigen::VectorXd positives; ///< responsibility-weighted labels
    Eigen::VectorXd scoreMass; ///< responsibility-weighted ranks
    double logLikelihood = 0.0;

    Moments(int m, int r)
        : count(Eigen::VectorXd::Zero(m))
        , sum(Eigen::MatrixXd::Zero(m, r))
        , squares(Eigen::MatrixXd::Zero(m, r))
        , positives(Eigen::VectorXd::Zero(m))
        , scoreMass(Eigen::VectorXd::Zero(m)) {}
    void add(const Moments& o) {
        count += o.count;
        sum += o.sum;
        squares += o.squares;
        positives += o.positives;
        scoreMass += o.scoreMass;
        logLikelihood += o.logLikelihood;
    }
};

double bernoulli(double rate, double outcome) {
    return outcome * std::log(rate) + (1.0 - outcome) * std::log(1.0 - rate);
}

/// Per component: log weight - 1/2 sum log(2 pi variance), the constant of its log density.
Eigen::VectorXd logConstants(const ErrorMixture& g) {
    Eigen::VectorXd c(g.components);
    for (int k = 0; k < g.components; ++k)
        c[k] = std::log(std::max(g.weight[size_t(k)], 1e-300)) -
               0.5 * (g.variance.row(k).array() * 2.0 * std::numbers::pi).log().sum();
    return c;
}

double gaussianPart(const ErrorMixture& g, int k, const double* z) {
    double q = 0.0;
    for (int j = 0; j < g.dimensions; ++j) {
        const double d = z[j] - g.mean(k, j);
        q += d * d / g.variance(k, j);
    }
    return -0.5 * q;
}

/// Moments from hard assignments (the k-means++ start).
void mStep(ErrorMixture& g, const Moments& m, const Eigen::VectorXd& varianceFloor, double n) {
    for (int k = 0; k < g.components; ++k) {
        const double c = m.count[k];
        g.weight[size_t(k)] = std::max(c, 1e-10) / n;
        if (c > 1e-8) {
            g.mean.row(k) = m.sum.row(k) / c;
            g.variance.row(k) = (m.squares.row(k) / c - g.mean.row(k).cwiseAbs2())
                                    .cwiseMax(varianceFloor.transpose());
        }
        g.positiveRate[size_t(k)] =
            std::clamp((m.positives[k] + 1.0) / (c + 2.0), kRateFloor, 1.0 - kRateFloor);
        g.scoreRate[size_t(k)] =
            std::clamp((m.scoreMass[k] + 1.0) / (c + 2.0), kRateFloor, 1.0 - kRateFloor);
    }
}

/// k-means++ centres (Arthur and Vassilvitskii, 2007), then every image to its nearest.
std::vector<int> kMeansPlusPlusStart(const PointMatrix& x, int m, Random& random) {
    const Eigen::Index n = x.rows();
    std::vector<Eigen::Index> centres{Eigen::Index(random.next() % std::uint64_t(n))};
    Eigen::VectorXd nearest = (x.rowwise() - x.row(centres[0])).rowwise().squaredNorm();
    while (int(centres.size()) < m) {
        const double total = nearest.sum();
        Eigen::Index pick = Eigen::Index(random.next() % std::uint64_t(n));
        if (total > 0) {
            double target = random.uniform() * total;
            for (Eigen::Index i = 0; i < n; ++i) {
                target -= nearest[i];
                if (target < 0) {
                    pick = i;
                    break;
                }
            }
        }
        centres.push_back(pick);
        nearest = nearest.cwiseMin((x.rowwise() - x.row(pick)).rowwise().squaredNorm());
    }
    std::vector<int> assignment(size_t(n), 0);
    for (Eigen::Index i = 0; i < n; ++i) {
        double best = std::numeric_limits<double>::infinity();
        for (int k = 0; k < m; ++k) {
            const double d = (x.row(i) - x.row(centres[size_t(k)])).squaredNorm();
            if (d < best) {
                best = d;
                assignment[size_t(i)] = k;
            }
        }
    }
    return assignment;
}

} // namespace

int ErrorMixture::assign(const double* point, std::int8_t label) const {
    const Eigen::VectorXd constants = logConstants(*this);
    int best = 0;
    double bestValue = -std::numeric_limits<double>::infinity();
    for (int k = 0; k < components; ++k) {
        const double v = constants[k] + gaussianPart(*this, k, point) +
                         labelWeight * bernoulli(positiveRate[size_t(k)], double(label));
        if (v > bestValue) {
            bestValue = v;
            best = k;
        }
    }
    return best;
}

Result<ErrorMixture> fitErrorMixture(const MixtureData& data, const MixtureOptions& options,
                                     const Progress& progress) {
    const PointMatrix& x = data.points;
    const Eigen::Index n = x.rows();
    const int r = int(x.cols());
    const int m = options.components;
    if (m < 1 || n < 2 * m)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the mixture needs at least two images per component (%1 images, %2 "
                           "components)")
                        .arg(n)
                        .arg(m));
    if (size_t(n) != data.labels.size() || size_t(n) != data.scoreRanks.size())
        return fail(ErrorCode::Internal, Tr::tr("the mixture's inputs differ in length"));

    ErrorMixture g;
    g.components = m;
    g.dimensions = r;
    g.weight.assign(size_t(m), 1.0 / m);
    g.mean = Eigen::MatrixXd::Zero(m, r);
    g.variance = Eigen::MatrixXd::Ones(m, r);
    g.positiveRate.assign(size_t(m), 0.5);
    g.scoreRate.assign(size_t(m), 0.5);
    g.labelWeight = options.labelWeight;
    g.scoreWeight = options.scoreWeight;

    // Variances are floored at a thousandth of the data's, so no component collapses on a point.
    const Eigen::RowVectorXd globalMean = x.colwise().mean();
    const Eigen::VectorXd varianceFloor =
        1e-3 * ((x.rowwise() - globalMean).cwiseAbs2().colwise().sum() / double(n))
                   .transpose()
                   .cwiseMax(1e-12);

    Random random = Random::stream(options.seed, 0x5EED);
    {
        const std::vector<int> start = kMeansPlusPlusStart(x, m, random);
        Moments moments(m, r);
        for (Eigen::Index i = 0; i < n; ++i) {
            const int k = start[size_t(i)];
            moments.count[k] += 1.0;
            moments.sum.row(k) += x.row(i);
            moments.squares.row(k) += x.row(i).cwiseAbs2();
            moments.positives[k] += double(data.labels[size_t(i)]);
            moments.scoreMass[k] += data.scoreRanks[size_t(i)];
        }
        mStep(g, moments, varianceFloor, double(n));
    }

    const size_t chunks = size_t((n + kChunk - 1) / kChunk);
    double previous = -std::numeric_limits<double>::infinity();
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        if (progress.cancelled())
            return std::unexpected(Progress::cancelledError());
        const Eigen::VectorXd constants = logConstants(g);
        std::vector<Moments> parts(chunks, Moments(m, r));
        forEachChunk(chunks, options.threads, [&](size_t c) {
            Moments& part = parts[c];
            Eigen::VectorXd logp(m);
            const Eigen::Index end = std::min(n, Eigen::Index(c + 1) * kChunk);
            for (Eigen::Index i = Eigen::Index(c) * kChunk; i < end; ++i) {
                const double* z = x.row(i).data();
                const double y = double(data.labels[size_t(i)]);
                const double s = data.scoreRanks[size_t(i)];
                for (int k = 0; k < m; ++k)
                    logp[k] = constants[k] + gaussianPart(g, k, z) +
                              g.labelWeight * bernoulli(g.positiveRate[size_t(k)], y) +
                              g.scoreWeight * bernoulli(g.scoreRate[size_t(k)], s);
                const double top = logp.maxCoeff();
                const double total = (logp.array() - top).exp().sum();
                part.logLikelihood += top + std::log(total);
                for (int k = 0; k < m; ++k) {
                    const double resp = std::exp(logp[k] - top) / total;
                    if (resp < 1e-12)
                        continue;
                    part.count[k] += resp;
                    part.sum.row(k) += resp * x.row(i);
                    part.squares.row(k) += resp * x.row(i).cwiseAbs2();
                    part.positives[k] += resp * y;
                    part.scoreMass[k] += resp * s;
                }
            }
        });
        Moments total(m, r);
        for (const Moments& part : parts)
            total.add(part);
        mStep(g, total, varianceFloor, double(n));
        g.logLikelihood = total.logLikelihood;
        g.iterations = iteration + 1;
        progress.report(double(iteration + 1) / options.maxIterations);
        const double perImage = total.logLikelihood / double(n);
        if (perImage - previous < options.tolerance)
            break;
        previous = perImage;
    }
    const double parameters = double(m) * (2.0 * r + 3.0) - 1.0;
    g.aic = -2.0 * g.logLikelihood + 2.0 * parameters;
    return g;
}

} // namespace cxrfair

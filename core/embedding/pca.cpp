#include "embedding/pca.h"

#include <Eigen/Dense>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

// LAPACK's relatively robust representations: selected eigenpairs of a symmetric matrix
// (OpenBLAS carries LAPACK).
extern "C" void dsyevr_(const char* jobz, const char* range, const char* uplo, const int* n,
                        double* a, const int* lda, const double* vl, const double* vu,
                        const int* il, const int* iu, const double* abstol, int* m, double* w,
                        double* z, const int* ldz, int* isuppz, double* work, const int* lwork,
                        int* iwork, const int* liwork, int* info);

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Pca)
};

using RowMajorF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowMajorD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Rows per block: a block of centred rows stays in the cache hierarchy's reach, and BLAS
/// still works on large products.
constexpr Eigen::Index kBlock = 2048;

/// The covariance's scatter matrix (the sum of the centred rows' outer products, lower half)
/// in single precision inside a block and double across blocks: the float rank update runs at
/// twice the double one's speed, and its rounding (about 1e-7 of the largest entries) only
/// chooses the subspace that refine() then measures in double.
Eigen::MatrixXd approximateScatter(const Eigen::Map<const RowMajorF>& x,
                                   const Eigen::VectorXd& mean) {
    const Eigen::Index n = x.rows(), d = x.cols();
    const Eigen::RowVectorXf meanF = mean.transpose().cast<float>();
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(d, d);
    Eigen::MatrixXf part(d, d);
    RowMajorF block;
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        block = x.middleRows(start, rows).rowwise() - meanF;
        part.setZero();
        part.selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
        scatter.triangularView<Eigen::Lower>() += part.cast<double>();
    }
    return scatter.selfadjointView<Eigen::Lower>();
}

/// The eigenvectors of the `count` largest eigenvalues of the symmetric `a`, ascending, or
/// nothing when LAPACK fails.
std::optional<Eigen::MatrixXd> leadingEigenvectors(Eigen::MatrixXd a, Eigen::Index count) {
    const int n = int(a.rows()), il = n - int(count) + 1, iu = n;
    const char jobz = 'V', range = 'I', uplo = 'L';
    const double unused = 0.0, abstol = 0.0;
    int found = 0, info = 0;
    Eigen::VectorXd values(n);
    Eigen::MatrixXd vectors(n, count);
    std::vector<int> support(size_t(2 * count));
    // A workspace query, then the call.
    int lwork = -1, liwork = -1, iworkSize = 0;
    double workSize = 0.0;
    dsyevr_(&jobz, &range, &uplo, &n, a.data(), &n, &unused, &unused, &il, &iu, &abstol, &found,
            values.data(), vectors.data(), &n, support.data(), &workSize, &lwork, &iworkSize,
            &liwork, &info);
    if (info != 0)
        return std::nullopt;
    lwork = int(workSize);
    liwork = iworkSize;
    std::vector<double> work(size_t(std::max(1, lwork)));
    std::vector<int> iwork(size_t(std::max(1, liwork)));
    dsyevr_(&jobz, &range, &uplo, &n, a.data(), &n, &unused, &unused, &il, &iu, &abstol, &found,
            values.data(), vectors.data(), &n, support.data(), work.data(), &lwork, iwork.data(),
            &liwork, &info);
    if (info != 0 || found != int(count))
        return std::nullopt;
    return vectors;
}

/// What refine() measures in double over the centred rows: Y = Xc V (so that V^T S V is
/// Y^T Y, S the scatter matrix) and the total sum of squares (the trace of S).
struct Subspace {
    RowMajorD y;
    double sumOfSquares = 0.0;
};

Subspace refine(const Eigen::Map<const RowMajorF>& x, const Eigen::VectorXd& mean,
                const Eigen::MatrixXd& basis) {
    const Eigen::Index n = x.rows(), m = basis.cols();
    Subspace s;
    s.y.resize(n, m);
    RowMajorD block;
    // Small blocks: the double copy of one stays in the cache for the product that reads it.
    constexpr Eigen::Index kRows = 512;
    for (Eigen::Index start = 0; start < n; start += kRows) {
        const Eigen::Index rows = std::min(kRows, n - start);
        block = x.middleRows(start, rows).cast<double>();
        block.rowwise() -= mean.transpose();
        s.sumOfSquares += block.squaredNorm();
        s.y.middleRows(start, rows).noalias() = block * basis;
    }
    return s;
}

} // namespace

Result<PcaResult> pca(const FloatMatrix& x, int components) {
    const Eigen::Index n = x.rows, d = x.cols;
    if (n < 2 || d < 1)
        return fail(ErrorCode::InvalidArgument, Tr::tr("PCA needs at least two rows"));
    if (components < 1 || components > d)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the number of components must be between 1 and %1").arg(d));
    const Eigen::Map<const RowMajorF> X(x.data.data(), n, d);

    // Column sums as a product with ones (a matrix-vector product at memory speed), in
    // single precision within a block and double across blocks.
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
    const Eigen::VectorXf ones = Eigen::VectorXf::Ones(std::min(kBlock, n));
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        mean += (X.middleRows(start, rows).transpose() * ones.head(rows)).cast<double>();
    }
    mean /= double(n);

    // The leading eigenvectors of a single-precision scatter matrix span, with a margin of
    // extra ones, the subspace of the top components; in that subspace the scatter matrix is
    // then measured in double (one more pass) and its eigenpairs computed exactly
    // (Rayleigh-Ritz): eigenvalues to double precision, axes within about 1e-7 radians.
    const Eigen::Index m = std::min<Eigen::Index>(d, components + 8);
    const auto rough = leadingEigenvectors(approximateScatter(X, mean), m);
    if (!rough)
        return fail(ErrorCode::Internal, Tr::tr("the eigen-decomposition did not converge"));
    const Eigen::MatrixXd& basis = *rough; // ascending order
    const Subspace s = refine(X, mean, basis);
    Eigen::MatrixXd h = Eigen::MatrixXd::Zero(m, m);
    h.selfadjointView<Eigen::Lower>().rankUpdate(s.y.transpose());
    h = h.selfadjointView<Eigen::Lower>();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> exact(h);
    if (exact.info() != Eigen::Success)
        return fail(ErrorCode::Internal, Tr::tr("the eigen-decomposition did not converge"));
    const double total = std::max(0.0, s.sumOfSquares) / double(n - 1);

    PcaResult r;
    r.components = components;
    r.mean.assign(mean.data(), mean.data() + d);
    r.axes.resize(size_t(components) * size_t(d));
    Eigen::MatrixXd rotation(m, components); // the axes in the basis's coordinates
    for (int c = 0; c < components; ++c) {
        Eigen::VectorXd coefficients = exact.eigenvectors().col(m - 1 - c);
        Eigen::VectorXd v = basis * coefficients;
        const double norm = v.norm();
        v /= norm;
        coefficients /= norm;
        Eigen::Index largest = 0;
        v.cwiseAbs().maxCoeff(&largest);
        if (v[largest] < 0) {
            v = -v;
            coefficients = -coefficients;
        }
        rotation.col(c) = coefficients;
        for (Eigen::Index k = 0; k < d; ++k)
            r.axes[size_t(c) * size_t(d) + size_t(k)] = v[k];
        const double lambda = std::max(0.0, exact.eigenvalues()[m - 1 - c]) / double(n - 1);
        r.explainedVariance.push_back(lambda);
        r.explainedVarianceRatio.push_back(total > 0 ? lambda / total : 0.0);
    }

    // The projections are the refined pass's Y times the rotation: no further pass.
    r.projection.rows = n;
    r.projection.cols = components;
    r.projection.data.resize(size_t(n) * size_t(components));
    Eigen::Map<RowMajorF> projected(r.projection.data.data(), n, components);
    projected = (s.y * rotation).cast<float>();
    return r;
}

} // namespace cxrfair

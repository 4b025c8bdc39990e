#include "embedding/pca.h"

#include <Eigen/Dense>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Pca)
};
} // namespace

Result<PcaResult> pca(const FloatMatrix& x, int components) {
    const Eigen::Index n = x.rows, d = x.cols;
    if (n < 2 || d < 1)
        return fail(ErrorCode::InvalidArgument, Tr::tr("PCA needs at least two rows"));
    if (components < 1 || components > d)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the number of components must be between 1 and %1").arg(d));
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const RowMajor> X(x.data.data(), n, d);

    // Means in double, a block of rows at a time (no double copy of the whole matrix).
    constexpr Eigen::Index kBlock = 4096;
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        mean += X.middleRows(start, rows).cast<double>().colwise().sum().transpose();
    }
    mean /= double(n);
    // The covariance in double, block by block (a symmetric rank update each): exact enough
    // for tight comparisons.
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(d, d);
    Eigen::MatrixXd block;
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        block = X.middleRows(start, rows).cast<double>();
        block.rowwise() -= mean.transpose();
        covariance.selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
    }
    covariance = covariance.selfadjointView<Eigen::Lower>();
    covariance /= double(n - 1);

    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    if (solver.info() != Eigen::Success)
        return fail(ErrorCode::Internal, Tr::tr("the eigen-decomposition did not converge"));
    const Eigen::VectorXd values = solver.eigenvalues(); // ascending
    const double total = std::max(0.0, values.sum());

    PcaResult r;
    r.components = components;
    r.mean.assign(mean.data(), mean.data() + d);
    r.axes.resize(size_t(components) * size_t(d));
    Eigen::MatrixXd axes(d, components);
    for (int c = 0; c < components; ++c) {
        Eigen::VectorXd v = solver.eigenvectors().col(d - 1 - c);
        Eigen::Index largest = 0;
        v.cwiseAbs().maxCoeff(&largest);
        if (v[largest] < 0)
            v = -v;
        axes.col(c) = v;
        for (Eigen::Index k = 0; k < d; ++k)
            r.axes[size_t(c) * size_t(d) + size_t(k)] = v[k];
        const double lambda = std::max(0.0, values[d - 1 - c]);
        r.explainedVariance.push_back(lambda);
        r.explainedVarianceRatio.push_back(total > 0 ? lambda / total : 0.0);
    }

    r.projection.rows = n;
    r.projection.cols = components;
    r.projection.data.resize(size_t(n) * size_t(components));
    Eigen::Map<RowMajor> projected(r.projection.data.data(), n, components);
    const Eigen::MatrixXf axesF = axes.cast<float>();
    const Eigen::RowVectorXf meanF = mean.transpose().cast<float>();
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        projected.middleRows(start, rows).noalias() =
            (X.middleRows(start, rows).rowwise() - meanF) * axesF;
    }
    return r;
}

} // namespace cxrfair

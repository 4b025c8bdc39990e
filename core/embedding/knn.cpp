#include "embedding/knn.h"

#include <Eigen/Dense>

#include <algorithm>
#include <numeric>

namespace cxrfair {

std::vector<double> knnPredict(const FloatMatrix& x, std::span<const std::uint32_t> train,
                               std::span<const std::int32_t> labels, int classes,
                               std::span<const std::uint32_t> query, int k) {
    using RowMajorF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Index d = x.cols;
    k = std::max(1, std::min(k, int(train.size())));
    RowMajorF t(Eigen::Index(train.size()), d);
    for (size_t i = 0; i < train.size(); ++i)
        std::copy_n(x.row(train[i]), d, t.row(Eigen::Index(i)).data());
    const Eigen::VectorXf trainNorms = t.rowwise().squaredNorm();

    std::vector<double> out(query.size() * size_t(classes), 0.0);
    constexpr size_t kBlock = 512;
    RowMajorF q;
    std::vector<std::uint32_t> candidates(train.size());
    for (size_t start = 0; start < query.size(); start += kBlock) {
        const size_t rows = std::min(kBlock, query.size() - start);
        q.resize(Eigen::Index(rows), d);
        for (size_t i = 0; i < rows; ++i)
            std::copy_n(x.row(query[start + i]), d, q.row(Eigen::Index(i)).data());
        // |q - t|^2 = |t|^2 - 2 q.t (+ |q|^2, the same for every candidate of a query row)
        Eigen::MatrixXf distances = -2.0f * (q * t.transpose());
        distances.rowwise() += trainNorms.transpose();
        for (size_t i = 0; i < rows; ++i) {
            std::iota(candidates.begin(), candidates.end(), 0u);
            auto closer = [&](std::uint32_t a, std::uint32_t b) {
                const float da = distances(Eigen::Index(i), a), db = distances(Eigen::Index(i), b);
                return da < db || (da == db && a < b);
            };
            std::nth_element(candidates.begin(), candidates.begin() + (k - 1), candidates.end(),
                             closer);
            double* p = out.data() + (start + i) * size_t(classes);
            for (int j = 0; j < k; ++j)
                p[labels[train[candidates[size_t(j)]]]] += 1.0 / k;
        }
    }
    return out;
}

} // namespace cxrfair

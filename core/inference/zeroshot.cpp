#include "inference/zeroshot.h"

#include "models/modelencoder.h"

#include <Eigen/Dense>

#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ZeroShot)
};

double norm(const float* v, std::int64_t n) {
    double s = 0.0;
    for (std::int64_t i = 0; i < n; ++i)
        s += double(v[i]) * double(v[i]);
    return std::sqrt(s);
}

} // namespace

std::vector<float> ensembleEmbedding(const std::vector<std::vector<float>>& embeddings,
                                     bool normalize) {
    if (embeddings.empty())
        return {};
    const size_t dim = embeddings.front().size();
    std::vector<double> sum(dim, 0.0);
    for (const auto& e : embeddings) {
        const double n = normalize ? norm(e.data(), std::int64_t(dim)) : 1.0;
        for (size_t i = 0; i < dim; ++i)
            sum[i] += n > 0 ? double(e[i]) / n : 0.0;
    }
    std::vector<float> mean(dim);
    for (size_t i = 0; i < dim; ++i)
        mean[i] = float(sum[i] / double(embeddings.size()));
    if (normalize) {
        const double n = norm(mean.data(), std::int64_t(dim));
        if (n > 0)
            for (float& x : mean)
                x = float(double(x) / n);
    }
    return mean;
}

Result<void> TextEmbeddingCache::prefetch(const QStringList& prompts) {
    QStringList missing;
    for (const QString& p : prompts)
        if (!m_cache.contains(p) && !missing.contains(p))
            missing << p;
    if (missing.isEmpty())
        return {};
    auto encoded = m_encoder.encodeTexts(missing);
    if (!encoded)
        return std::unexpected(encoded.error());
    for (qsizetype i = 0; i < missing.size(); ++i)
        m_cache.insert(missing[i],
                       std::vector<float>(encoded->row(i), encoded->row(i) + encoded->cols));
    return {};
}

Result<std::vector<float>> TextEmbeddingCache::ensemble(const QStringList& prompts) {
    if (prompts.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("an empty prompt set"));
    if (auto ok = prefetch(prompts); !ok)
        return std::unexpected(ok.error());
    std::vector<std::vector<float>> rows;
    for (const QString& p : prompts)
        rows.push_back(m_cache.value(p));
    return ensembleEmbedding(rows, m_encoder.bundle().text.normalize);
}

std::vector<double> zeroShotScores(const FloatMatrix& images, bool normalizeImages,
                                   const std::vector<float>& positive,
                                   const std::vector<float>& negative, double logitScale) {
    std::vector<double> scores(size_t(images.rows));
    const std::int64_t dim = images.cols;
    for (std::int64_t r = 0; r < images.rows; ++r) {
        const float* v = images.row(r);
        double difference = 0.0;
        for (std::int64_t i = 0; i < dim; ++i)
            difference +=
                double(v[i]) * (double(positive[size_t(i)]) - double(negative[size_t(i)]));
        if (normalizeImages) {
            const double n = norm(v, dim);
            difference = n > 0 ? difference / n : 0.0;
        }
        scores[size_t(r)] = 1.0 / (1.0 + std::exp(-logitScale * difference));
    }
    return scores;
}

std::vector<std::vector<double>> zeroShotScores(const FloatMatrix& images, bool normalizeImages,
                                                const std::vector<std::vector<float>>& differences,
                                                double logitScale) {
    const Eigen::Index n = images.rows, d = images.cols, k = Eigen::Index(differences.size());
    Eigen::MatrixXd directions(d, k);
    for (Eigen::Index j = 0; j < k; ++j)
        for (Eigen::Index i = 0; i < d; ++i)
            directions(i, j) = double(differences[size_t(j)][size_t(i)]);
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const RowMajor> x(images.data.data(), n, d);
    std::vector<std::vector<double>> scores(static_cast<size_t>(k),
                                            std::vector<double>(static_cast<size_t>(n)));
    constexpr Eigen::Index kBlock = 4096;
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> block;
    Eigen::MatrixXd dots;
    Eigen::VectorXd lengths;
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        block = x.middleRows(start, rows).cast<double>();
        dots.noalias() = block * directions;
        lengths = block.rowwise().norm();
        for (Eigen::Index r = 0; r < rows; ++r) {
            const double length = normalizeImages ? lengths[r] : 1.0;
            for (Eigen::Index j = 0; j < k; ++j) {
                const double difference = length > 0 ? dots(r, j) / length : 0.0;
                scores[size_t(j)][size_t(start + r)] =
                    1.0 / (1.0 + std::exp(-logitScale * difference));
            }
        }
    }
    return scores;
}

} // namespace cxrfair

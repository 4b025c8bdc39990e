#include "embedding/logistic.h"

#include <Eigen/Dense>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <deque>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Logistic)
};

using RowMajorF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// The training rows gathered once into a contiguous float matrix, centred and whitened: the
/// fit runs in the variables W' = L^T W, b' = b + W^T mu, where mu is the rows' mean and
/// L L^T = S + eps I their covariance (eps = the penalty, as on the mean scale). That is a
/// change of variables, so the optimum is the same; but the objective's curvature becomes
/// about even in every direction, and L-BFGS needs tens of iterations instead of hundreds on
/// embeddings whose dimensions are strongly correlated (as real ones are).
struct Problem {
    RowMajorF x; ///< (rows - mu) L^-T
    std::vector<std::int32_t> y;
    int classes = 0;
    double lambda = 0.0; ///< penalty on the mean scale: 1 / (C n)
    Eigen::VectorXd mu;
    Eigen::MatrixXd lower;   ///< L
    Eigen::MatrixXd inverse; ///< P = L^-T: W = P W'
};

/// Centres and whitens `p.x` (see Problem). When the covariance cannot be factored the problem
/// is left as it was, with P = L = I and mu = 0.
void precondition(Problem& p) {
    const Eigen::Index n = p.x.rows(), d = p.x.cols();
    p.mu = Eigen::VectorXd::Zero(d);
    p.lower = Eigen::MatrixXd::Identity(d, d);
    p.inverse = Eigen::MatrixXd::Identity(d, d);
    constexpr Eigen::Index kBlock = 4096;
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        p.mu += p.x.middleRows(start, rows).cast<double>().colwise().sum().transpose();
    }
    p.mu /= double(n);
    p.x.rowwise() -= p.mu.transpose().cast<float>();
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(d, d);
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        const Eigen::MatrixXd block = p.x.middleRows(start, rows).cast<double>();
        covariance.selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
    }
    covariance = covariance.selfadjointView<Eigen::Lower>();
    covariance /= double(n);
    const double eps = std::max(p.lambda, 1e-7 * covariance.trace() / double(d));
    covariance.diagonal().array() += eps;
    const Eigen::LLT<Eigen::MatrixXd> factor(covariance);
    if (factor.info() != Eigen::Success) {
        p.x.rowwise() += p.mu.transpose().cast<float>();
        p.mu.setZero();
        return;
    }
    p.lower = factor.matrixL();
    p.inverse = factor.matrixU().solve(Eigen::MatrixXd::Identity(d, d)); // L^-T
    const Eigen::MatrixXf inverse = p.inverse.cast<float>();
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        const RowMajorF whitened = p.x.middleRows(start, rows) * inverse;
        p.x.middleRows(start, rows) = whitened;
    }
}

/// Mean cross-entropy + lambda/2 ||P W'||^2 and its gradient in the fit's variables;
/// theta = [W' (d x K, column-major), b'].
double evaluate(const Problem& p, const Eigen::VectorXd& theta, Eigen::VectorXd& gradient) {
    const Eigen::Index n = p.x.rows(), d = p.x.cols(), k = p.classes;
    const Eigen::Map<const Eigen::MatrixXd> W(theta.data(), d, k);
    const Eigen::Map<const Eigen::VectorXd> b(theta.data() + d * k, k);
    // Products in single precision (the data are float); everything else in double.
    Eigen::MatrixXd z = (p.x * W.cast<float>()).cast<double>();
    z.rowwise() += b.transpose();
    double loss = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double top = z.row(i).maxCoeff();
        double sum = 0.0;
        for (Eigen::Index c = 0; c < k; ++c) {
            z(i, c) = std::exp(z(i, c) - top);
            sum += z(i, c);
        }
        const int label = p.y[size_t(i)];
        loss -= std::log(z(i, label) / sum);
        z.row(i) /= sum;
        z(i, label) -= 1.0; // residual P - Y
    }
    const double inv = 1.0 / double(n);
    const Eigen::MatrixXd original = p.inverse * W; // the penalised weights
    gradient.resize(theta.size());
    Eigen::Map<Eigen::MatrixXd> gW(gradient.data(), d, k);
    gW = (p.x.transpose() * z.cast<float>()).cast<double>() * inv +
         p.lambda * (p.inverse.transpose() * original);
    Eigen::Map<Eigen::VectorXd>(gradient.data() + d * k, k) = z.colwise().sum().transpose() * inv;
    return loss * inv + 0.5 * p.lambda * original.squaredNorm();
}

/// The largest entry of the gradient in the original variables (W, b), from the fit's:
/// dW = L dW' + mu db^T, db = db'.
double originalGradientMax(const Problem& p, const Eigen::VectorXd& gradient) {
    const Eigen::Index d = p.x.cols(), k = p.classes;
    const Eigen::Map<const Eigen::MatrixXd> gW(gradient.data(), d, k);
    const Eigen::Map<const Eigen::VectorXd> gb(gradient.data() + d * k, k);
    const Eigen::MatrixXd original = p.lower * gW + p.mu * gb.transpose();
    return std::max(original.cwiseAbs().maxCoeff(), gb.cwiseAbs().maxCoeff());
}

} // namespace

Result<LogisticModel> fitLogistic(const FloatMatrix& x, std::span<const std::uint32_t> rows,
                                  std::span<const std::int32_t> labels, int classes,
                                  const LogisticOptions& options) {
    if (rows.empty() || classes < 2)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("logistic regression needs rows of at least two classes"));
    if (!(options.C > 0.0))
        return fail(ErrorCode::InvalidArgument, Tr::tr("C must be positive"));
    if (!options.startWeights.empty() && (options.startWeights.size() != size_t(x.cols * classes) ||
                                          options.startBias.size() != size_t(classes)))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the starting weights do not match the problem's size"));
    Problem p;
    const Eigen::Index d = x.cols;
    p.classes = classes;
    p.x.resize(Eigen::Index(rows.size()), d);
    p.y.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        std::copy_n(x.row(rows[i]), d, p.x.row(Eigen::Index(i)).data());
        const std::int32_t label = labels[rows[i]];
        if (label < 0 || label >= classes)
            return fail(ErrorCode::InvalidArgument, Tr::tr("a training row has no class"));
        p.y.push_back(label);
    }
    p.lambda = 1.0 / (options.C * double(rows.size()));
    precondition(p);

    // L-BFGS with a backtracking (Armijo) line search.
    const Eigen::Index size = d * classes + classes;
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(size), gradient, nextGradient;
    if (!options.startWeights.empty()) {
        // W' = L^T W, b' = b + W^T mu.
        const Eigen::Map<const Eigen::MatrixXd> W(options.startWeights.data(), d, classes);
        const Eigen::Map<const Eigen::VectorXd> b(options.startBias.data(), classes);
        Eigen::Map<Eigen::MatrixXd>(theta.data(), d, classes) = p.lower.transpose() * W;
        Eigen::Map<Eigen::VectorXd>(theta.data() + d * classes, classes) = b + W.transpose() * p.mu;
    }
    double f = evaluate(p, theta, gradient);
    std::deque<Eigen::VectorXd> s, y;
    std::deque<double> rho;
    LogisticModel model;
    model.classes = classes;
    model.dimensions = int(d);
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        model.iterations = iteration;
        if (originalGradientMax(p, gradient) < options.tolerance) {
            model.converged = true;
            break;
        }
        // Two-loop recursion: direction = -H gradient.
        Eigen::VectorXd q = gradient;
        std::vector<double> alpha(s.size());
        for (size_t j = s.size(); j-- > 0;) {
            alpha[j] = rho[j] * s[j].dot(q);
            q -= alpha[j] * y[j];
        }
        if (!s.empty())
            q *= s.back().dot(y.back()) / y.back().squaredNorm();
        for (size_t j = 0; j < s.size(); ++j) {
            const double beta = rho[j] * y[j].dot(q);
            q += (alpha[j] - beta) * s[j];
        }
        Eigen::VectorXd direction = -q;
        double slope = gradient.dot(direction);
        if (!(slope < 0)) {
            direction = -gradient;
            slope = -gradient.squaredNorm();
            s.clear();
            y.clear();
            rho.clear();
        }
        double step = s.empty() ? std::min(1.0, 1.0 / gradient.norm()) : 1.0;
        Eigen::VectorXd next;
        double nextF = 0;
        bool accepted = false;
        for (int tries = 0; tries < 40; ++tries) {
            next = theta + step * direction;
            nextF = evaluate(p, next, nextGradient);
            if (nextF <= f + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted) {
            // No decrease left at this precision: converged if the gradient is small.
            model.converged = originalGradientMax(p, gradient) < 100 * options.tolerance;
            break;
        }
        Eigen::VectorXd sk = next - theta, yk = nextGradient - gradient;
        const double sy = sk.dot(yk);
        if (sy > 1e-12) {
            s.push_back(std::move(sk));
            y.push_back(std::move(yk));
            rho.push_back(1.0 / sy);
            if (int(s.size()) > options.history) {
                s.pop_front();
                y.pop_front();
                rho.pop_front();
            }
        }
        const double change = f - nextF;
        theta = std::move(next);
        gradient = nextGradient;
        f = nextF;
        if (change <= 1e-15 * std::max(1.0, std::abs(f)) &&
            originalGradientMax(p, gradient) < 100 * options.tolerance) {
            model.converged = true;
            break;
        }
    }
    // Back to the original variables: W = P W', b = b' - W^T mu.
    const Eigen::MatrixXd W =
        p.inverse * Eigen::Map<const Eigen::MatrixXd>(theta.data(), d, classes);
    const Eigen::VectorXd b =
        Eigen::Map<const Eigen::VectorXd>(theta.data() + d * classes, classes) -
        W.transpose() * p.mu;
    model.weights.assign(W.data(), W.data() + d * classes);
    model.bias.assign(b.data(), b.data() + classes);
    model.objective =
        logisticObjective(x, rows, labels, classes, model.weights, model.bias, options.C);
    return model;
}

std::vector<double> LogisticModel::predict(const FloatMatrix& x,
                                           std::span<const std::uint32_t> rows) const {
    const Eigen::Index d = dimensions, k = classes;
    const Eigen::Map<const Eigen::MatrixXd> W(weights.data(), d, k);
    const Eigen::MatrixXf Wf = W.cast<float>();
    std::vector<double> out(rows.size() * size_t(k));
    Eigen::VectorXf row(d);
    for (size_t i = 0; i < rows.size(); ++i) {
        row = Eigen::Map<const Eigen::VectorXf>(x.row(rows[i]), d);
        Eigen::VectorXd z = (Wf.transpose() * row).cast<double>();
        for (Eigen::Index c = 0; c < k; ++c)
            z[c] += bias[size_t(c)];
        const double top = z.maxCoeff();
        double sum = 0;
        for (Eigen::Index c = 0; c < k; ++c) {
            z[c] = std::exp(z[c] - top);
            sum += z[c];
        }
        for (Eigen::Index c = 0; c < k; ++c)
            out[i * size_t(k) + size_t(c)] = z[c] / sum;
    }
    return out;
}

double logisticObjective(const FloatMatrix& x, std::span<const std::uint32_t> rows,
                         std::span<const std::int32_t> labels, int classes,
                         const std::vector<double>& weights, const std::vector<double>& bias,
                         double C) {
    const Eigen::Index d = x.cols;
    const Eigen::Map<const Eigen::MatrixXd> W(weights.data(), d, classes);
    double loss = 0.0;
    for (std::uint32_t r : rows) {
        const Eigen::VectorXd row = Eigen::Map<const Eigen::VectorXf>(x.row(r), d).cast<double>();
        Eigen::VectorXd z = W.transpose() * row;
        for (int c = 0; c < classes; ++c)
            z[c] += bias[size_t(c)];
        const double top = z.maxCoeff();
        const double logSum = top + std::log((z.array() - top).exp().sum());
        loss += logSum - z[labels[r]];
    }
    return loss + W.squaredNorm() / (2.0 * C);
}

} // namespace cxrfair

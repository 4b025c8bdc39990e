#pragma once

#include "common/progress.h"

#include "common/error.h"
#include "embedding/logistic.h"
#include "stats/bootstrap.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cxrfair {

enum class ProbeClassifier { Logistic, Knn };

struct ProbeOptions {
    ProbeClassifier classifier = ProbeClassifier::Logistic;
    /// Patient-grouped k-fold cross-validation with this many folds; 0 uses the study's split
    /// instead: 80% of patients to train (of which 20% to choose C), 20% to test.
    int folds = 5;
    std::uint64_t seed = 2025;
    double C = 1.0; ///< for k-fold
    /// Logistic convergence: the largest gradient entry of the mean objective, as
    /// scikit-learn's default tol.
    double tolerance = 1e-4;
    std::vector<double> cGrid{0.01, 0.1, 1.0, 10.0, 100.0}; ///< for the study's split
    int neighbours = 15;
    /// At most this many images train a probe (0: all): the training patients are drawn with
    /// the seed until the next would pass it. The test images are never sampled. At
    /// full-dataset scale (300,000 training images) a probe's AUC has long stopped changing
    /// with more training images, while each fit would take minutes.
    qint64 maxTrainImages = 50000;
    BootstrapOptions bootstrap{1000, 2025, BootstrapMode::Clustered, 0.95};
};

/// How well a categorical attribute can be predicted from the embeddings.
struct ProbeResult {
    QString target;
    QStringList classes;
    std::vector<qint64> classCounts;
    double macroAuc = 0.0; ///< mean of the one-vs-rest AUCs, as scikit-learn's roc_auc_score
    PercentileInterval macroAucCi;
    std::vector<std::optional<double>> perClassAuc;
    double accuracy = 0.0;
    PercentileInterval accuracyCi;
    double chanceAuc = 0.5;
    double chanceAccuracy = 0.0; ///< always predicting the most frequent class
    qint64 evaluatedRows = 0;
    qint64 trainedRows = 0;  ///< images the (final) probe was trained on
    qint64 trainingRows = 0; ///< of this many available for training
    int folds = 0;
    double chosenC = 0.0;
    bool converged = true; ///< every logistic fit converged
    QString method;

    QJsonObject toJson() const;
};

/// Trains and evaluates the probe: `labels[row]` is the class of each row of `x` (-1: unknown,
/// left out), `patients[row]` keeps a patient's images on one side of every split.
Result<ProbeResult> runProbe(const FloatMatrix& x, std::span<const std::int32_t> labels,
                             std::span<const std::int32_t> patients, const QStringList& classes,
                             const ProbeOptions& options, const Progress& progress = {});

/// Macro one-vs-rest AUC of class probabilities (rows x classes) against labels; classes with
/// no positive or no negative among the rows are left out of the mean.
std::optional<double> macroOneVsRestAuc(std::span<const double> probabilities,
                                        std::span<const std::int32_t> labels, int classes,
                                        std::vector<std::optional<double>>* perClass = nullptr);

} // namespace cxrfair

#include "demo/demomodel.h"

#include "common/random.h"
#include "data/cohortloader.h"
#include "imaging/imagedecoder.h"
#include "imaging/preprocess.h"
#include "models/modelbundle.h"
#include "models/scriptedencoders.h"

#include <QDir>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <Eigen/Dense>

#include <cmath>
#include <numeric>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::DemoModel)
};

constexpr int kSide = 8; // pooled grid: coarse enough that the findings are not trivial
constexpr int kFeatures = kSide * kSide;
constexpr int kConditions = 6;
constexpr int kDim = 16;
constexpr int kChestAxis = 6;
constexpr double kChest = 2.0; // length of the image embedding along "chest"
constexpr double kLogitScale = 20.0;
constexpr double kRidge = 50.0;

/// The conditions in the order of the embedding's first axes, with the words that name them.
struct ConditionWords {
    const char* condition;
    std::vector<const char*> words;
};
const std::vector<ConditionWords>& conditionWords() {
    static const std::vector<ConditionWords> words = {
        {"Atelectasis", {"atelectasis"}},     {"Cardiomegaly", {"cardiomegaly"}},
        {"Consolidation", {"consolidation"}}, {"Pleural Effusion", {"effusion"}},
        {"Pneumonia", {"pneumonia"}},         {"Pneumothorax", {"pneumothorax"}},
    };
    return words;
}

PreprocessSpec demoPreprocessing() {
    PreprocessSpec spec;
    spec.size = 224;
    spec.resize = ResizePolicy::Exact;
    spec.interpolation = Interpolation::Bilinear;
    spec.antialias = true;
    spec.cropSize = 0;
    spec.channels = 1;
    spec.scale = 1.0f;
    return spec;
}

/// What the TorchScript image encoder computes before its linear map.
Result<std::vector<double>> pooledFeatures(const QString& path, const PreprocessSpec& spec) {
    auto decoded = decodeImage(path);
    if (!decoded)
        return std::unexpected(decoded.error());
    auto tensor = preprocess(decoded->image, spec);
    if (!tensor)
        return std::unexpected(tensor.error());
    const int cell = tensor->height / kSide;
    std::vector<double> features(kFeatures, 0.0);
    for (int y = 0; y < tensor->height; ++y)
        for (int x = 0; x < tensor->width; ++x)
            features[size_t((y / cell) * kSide + x / cell)] +=
                double(tensor->data[size_t(y) * size_t(tensor->width) + size_t(x)]);
    for (double& f : features)
        f /= double(cell * cell);
    return features;
}

/// Ridge regression of `target` (NaN: left out) on standardised features: the weights.
Eigen::VectorXd ridge(const Eigen::MatrixXd& z, const std::vector<double>& target) {
    std::vector<int> rows;
    for (size_t i = 0; i < target.size(); ++i)
        if (!std::isnan(target[i]))
            rows.push_back(int(i));
    Eigen::MatrixXd a(rows.size(), z.cols());
    Eigen::VectorXd y(rows.size());
    for (size_t k = 0; k < rows.size(); ++k) {
        a.row(Eigen::Index(k)) = z.row(rows[k]);
        y[Eigen::Index(k)] = target[size_t(rows[k])];
    }
    y.array() -= y.mean();
    Eigen::MatrixXd gram = a.transpose() * a;
    gram.diagonal().array() += kRidge;
    return gram.ldlt().solve(a.transpose() * y);
}

QStringList vocabulary() {
    QStringList v = {QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QStringLiteral("[CLS]"),
                     QStringLiteral("[SEP]"), QStringLiteral("chest")};
    for (const auto& c : conditionWords())
        for (const char* w : c.words)
            v << QString::fromLatin1(w);
    for (const char* w : {"pleural",
                          "no",
                          "findings",
                          "finding",
                          "acute",
                          "normal",
                          "of",
                          "the",
                          "is",
                          "there",
                          "a",
                          "small",
                          "large",
                          "left",
                          "right",
                          "with",
                          "and",
                          "in",
                          "place",
                          "tube",
                          "drain",
                          "consistent",
                          "cardiopulmonary",
                          "process",
                          "##s",
                          ".",
                          ",",
                          ";",
                          ":",
                          "(",
                          ")"})
        v << QString::fromLatin1(w);
    return v;
}

} // namespace

QString demoModelName() {
    return QStringLiteral("demo-clip.cxrmodel");
}

Result<QString> writeDemoModel(const QString& bundleDir, const QString& mimicRoot,
                               std::uint64_t seed, int threads) {
    CohortSettings settings;
    settings.splits = {QStringLiteral("train")};
    auto cohort = loadCohort(DatasetSource{DatasetFormat::Mimic, mimicRoot}, settings);
    if (!cohort)
        return std::unexpected(cohort.error());
    const int n = int(cohort->size());
    if (n < 20)
        return fail(
            ErrorCode::InvalidArgument,
            Tr::tr("the demo model needs at least 20 training images (MIMIC tree has %1)").arg(n),
            mimicRoot);

    const PreprocessSpec spec = demoPreprocessing();
    std::vector<int> rows(static_cast<size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    QThreadPool pool;
    if (threads > 0)
        pool.setMaxThreadCount(threads);
    const auto features = QtConcurrent::blockingMapped<std::vector<Result<std::vector<double>>>>(
        &pool, rows, [&](int row) { return pooledFeatures(cohort->imagePath(size_t(row)), spec); });
    Eigen::MatrixXd x(n, kFeatures);
    for (int i = 0; i < n; ++i) {
        if (!features[size_t(i)])
            return std::unexpected(features[size_t(i)].error());
        x.row(i) = Eigen::Map<const Eigen::RowVectorXd>(features[size_t(i)]->data(), kFeatures);
    }
    const Eigen::RowVectorXd mean = x.colwise().mean();
    Eigen::RowVectorXd sd =
        ((x.rowwise() - mean).array().square().colwise().sum() / double(std::max(1, n - 1))).sqrt();
    sd = sd.cwiseMax(1e-6);
    const Eigen::MatrixXd z = (x.rowwise() - mean).array().rowwise() / sd.array();

    // Axes 0-5: findings; axis 6: "chest"; 7: sex; 8: age; 9-15: random projections.
    Eigen::MatrixXd weight = Eigen::MatrixXd::Zero(kDim, kFeatures);
    std::vector<float> bias(kDim, 0.0f);
    for (int c = 0; c < kConditions; ++c) {
        const int column =
            cohort->conditionIndex(QString::fromLatin1(conditionWords()[size_t(c)].condition));
        if (column < 0)
            return fail(ErrorCode::Format, Tr::tr("the demo's MIMIC tree lacks a finding"),
                        mimicRoot);
        std::vector<double> target(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            const int label = cohort->label(column, size_t(i));
            target[size_t(i)] = label < 0 ? std::nan("") : double(label);
        }
        weight.row(c) = ridge(z, target).transpose();
        // With unit "chest" and finding words, this offset makes v.t+ - v.t- proportional to
        // the finding's predicted deviation from its prevalence.
        bias[size_t(c)] = float(kChest * (std::sqrt(2.0) - 1.0));
    }
    bias[kChestAxis] = float(kChest);
    const Grouping sex = cohort->grouping(QStringLiteral("sex")).value_or(Grouping{});
    std::vector<double> female(size_t(n), std::nan(""));
    std::vector<double> age(size_t(n), std::nan(""));
    for (int i = 0; i < n; ++i) {
        if (!sex.codes.empty() && sex.codes[size_t(i)] >= 0)
            female[size_t(i)] =
                sex.groups.at(sex.codes[size_t(i)]) == settings.femaleName ? 1.0 : 0.0;
        if (!std::isnan(cohort->age(size_t(i))))
            age[size_t(i)] = double(cohort->age(size_t(i))) / 50.0;
    }
    weight.row(7) = 0.5 * ridge(z, female).transpose();
    weight.row(8) = 0.5 * ridge(z, age).transpose();
    Random random = Random::stream(seed, 0xDE30);
    for (int k = 9; k < kDim; ++k) {
        Eigen::VectorXd r(kFeatures);
        for (int f = 0; f < kFeatures; ++f)
            r[f] = random.normal();
        const Eigen::VectorXd projected = z * r;
        const double spread =
            std::sqrt((projected.array() - projected.mean()).square().mean()) + 1e-12;
        weight.row(k) = (0.3 / spread) * r.transpose();
    }

    PooledLinearImageEncoder image;
    image.pooledSide = kSide;
    for (int f = 0; f < kFeatures; ++f) {
        image.featureMean.push_back(float(mean[f]));
        image.featureStd.push_back(float(sd[f]));
    }
    image.weight = FloatMatrix{kDim, kFeatures, std::vector<float>(size_t(kDim * kFeatures))};
    for (int d = 0; d < kDim; ++d)
        for (int f = 0; f < kFeatures; ++f)
            image.weight.data[size_t(d * kFeatures + f)] = float(weight(d, f));
    image.bias = bias;

    const QStringList words = vocabulary();
    MeanTokenTextEncoder text;
    text.table = FloatMatrix{words.size(), kDim, std::vector<float>(size_t(words.size() * kDim))};
    text.table.row(words.indexOf(QStringLiteral("chest")))[kChestAxis] = 1.0f;
    for (int c = 0; c < kConditions; ++c)
        for (const char* w : conditionWords()[size_t(c)].words)
            text.table.row(words.indexOf(QString::fromLatin1(w)))[c] = 1.0f;

    QDir dir(bundleDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(ErrorCode::Io, Tr::tr("cannot create the folder"), bundleDir);
    ModelBundle bundle;
    bundle.path = dir.absolutePath();
    bundle.name = QStringLiteral("cxrfair demo CLIP");
    bundle.citation = QStringLiteral("Synthetic model fitted by cxrfair on its own demo data; "
                                     "not a medical device and not for clinical use.");
    bundle.description = QStringLiteral(
        "Pooled 8x8 grey levels mapped linearly (ridge regression on the demo's MIMIC-CXR "
        "training split) to a 16-dimensional embedding; mean-of-words text encoder.");
    bundle.embeddingDim = kDim;
    bundle.logitScale = kLogitScale;
    bundle.preprocess = spec;
    bundle.text.tokenizer = TokenizerKind::WordPiece;
    bundle.text.vocabFile = QStringLiteral("vocab.txt");
    bundle.text.lowercase = true;
    bundle.text.contextLength = 32;
    bundle.text.padToContext = false;
    {
        QSaveFile vocab(bundle.filePath(bundle.text.vocabFile));
        if (!vocab.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, vocab.errorString(), vocab.fileName());
        vocab.write((words.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        if (!vocab.commit())
            return fail(ErrorCode::Io, vocab.errorString(), vocab.fileName());
    }
    if (auto saved = saveTorchScript(image, bundle.filePath(bundle.imageEncoderFile)); !saved)
        return std::unexpected(saved.error());
    if (auto saved = saveTorchScript(text, bundle.filePath(bundle.text.encoderFile)); !saved)
        return std::unexpected(saved.error());
    if (auto written = writeManifest(bundle); !written)
        return std::unexpected(written.error());
    return bundle.path;
}

} // namespace cxrfair

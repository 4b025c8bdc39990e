#include "demo/demomodel.h"

#include "common/random.h"
#include "data/cohortloader.h"
#include "demo/devicetruth.h"
#include "imaging/imagedecoder.h"
#include "imaging/preprocess.h"
#include "models/modelbundle.h"
#include "models/scriptedencoders.h"

#include <QDir>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::DemoModel)
};

constexpr int kSide = 8; // pooled grid: coarse enough that the findings are not trivial
constexpr int kCells = kSide * kSide;
constexpr int kFeatures = 2 * kCells; // each cell's mean, then its maximum minus its mean
constexpr int kConditions = 6;
constexpr int kDim = 24;
constexpr int kChestAxis = 6;
constexpr int kSexAxis = 7;
constexpr int kAgeAxis = 8;
constexpr int kDrainAxis = 9;
constexpr int kPacemakerAxis = 10;
constexpr int kEcgAxis = 11;
constexpr int kApAxis = 12;
constexpr int kNegationAxis = 13; // "no": so that "X" and "no X" differ
constexpr int kFirstRandomAxis = 14;
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

/// At most this many training images fit the model (evenly spaced over the split): more adds
/// nothing to 128 features and a ridge fit, and decoding a full-scale tree would take minutes.
constexpr int kMaxFitImages = 6000;

PreprocessSpec demoPreprocessing(int inputSize) {
    PreprocessSpec spec;
    spec.size = inputSize;
    spec.resize = ResizePolicy::Exact;
    spec.interpolation = Interpolation::Bilinear;
    spec.antialias = true;
    spec.cropSize = 0;
    spec.channels = 1;
    spec.scale = 1.0f;
    // Normalised as real bundles are, so that 0 is a mid grey (what occlusion paints); the
    // model's features are standardised, so this changes no score.
    spec.mean = {0.5f, 0.5f, 0.5f};
    spec.std = {0.25f, 0.25f, 0.25f};
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
    std::vector<float> peak(kCells, -std::numeric_limits<float>::infinity());
    for (int y = 0; y < tensor->height; ++y)
        for (int x = 0; x < tensor->width; ++x) {
            const float value = tensor->data[size_t(y) * size_t(tensor->width) + size_t(x)];
            const size_t c = size_t((y / cell) * kSide + x / cell);
            features[c] += double(value);
            peak[c] = std::max(peak[c], value);
        }
    for (int c = 0; c < kCells; ++c) {
        // As the encoder computes it in float: the mean, then the peak minus that mean.
        const float mean = float(features[size_t(c)] / double(cell * cell));
        features[size_t(c)] = double(mean);
        features[size_t(kCells + c)] = double(peak[size_t(c)] - mean);
    }
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

/// Words the text encoder knows beyond the findings, with the axis each points along (-1: a
/// seeded random direction, for things the demo's images do not show; -2: none, a word that
/// carries no meaning of its own) and the sign.
struct WordAxis {
    const char* word;
    int axis;
    float sign = 1.0f;
};
const std::vector<WordAxis>& otherWords() {
    static const std::vector<WordAxis> words = {
        {"chest", kChestAxis},
        {"no", kNegationAxis},
        {"without", kNegationAxis},
        {"drain", kDrainAxis},
        {"tube", kDrainAxis},
        {"thoracostomy", kDrainAxis},
        {"pacemaker", kPacemakerAxis},
        {"defibrillator", kPacemakerAxis},
        {"cardioverter", kPacemakerAxis},
        {"ecg", kEcgAxis},
        {"electrodes", kEcgAxis},
        {"leads", kEcgAxis},
        {"monitoring", kEcgAxis},
        {"portable", kApAxis},
        {"ap", kApAxis},
        {"supine", kApAxis},
        {"pa", kApAxis, -1.0f},
        {"upright", kApAxis, -1.0f},
        {"female", kSexAxis},
        {"woman", kSexAxis},
        {"male", kSexAxis, -1.0f},
        {"man", kSexAxis, -1.0f},
        {"elderly", kAgeAxis},
        {"old", kAgeAxis},
        {"young", kAgeAxis, -1.0f},
        {"central", -1},
        {"venous", -1},
        {"catheter", -1},
        {"picc", -1},
        {"endotracheal", -1},
        {"trachea", -1},
        {"nasogastric", -1},
        {"feeding", -1},
        {"stomach", -1},
        {"marker", -1},
        {"laterality", -1},
        {"text", -1},
        {"letter", -1},
        {"lateral", -1},
        {"pleural", -2},
        {"findings", -2},
        {"finding", -2},
        {"acute", -2},
        {"normal", kNegationAxis},
        {"of", -2},
        {"the", -2},
        {"is", -2},
        {"there", -2},
        {"a", -2},
        {"an", -2},
        {"on", -2},
        {"small", -2},
        {"large", -2},
        {"left", -2},
        {"right", -2},
        {"with", -2},
        {"and", -2},
        {"in", -2},
        {"place", -2},
        {"consistent", -2},
        {"cardiopulmonary", -2},
        {"process", -2},
        {"cardiac", -2},
        {"implantable", -2},
        {"line", -2},
        {"view", -2},
        {"film", -2},
        {"radiograph", -2},
        {"patient", -2},
        {"l", -2},
        {"##s", -2},
        {".", -2},
        {",", -2},
        {";", -2},
        {":", -2},
        {"(", -2},
        {")", -2},
    };
    return words;
}

/// Words of the synonym prompts, as a bag-of-words model learns them from reports: a mixture
/// of finding axes (along the negation axis for words that deny), plus a share of a seeded
/// random direction for words that are not specific. Words not listed here or above mean
/// nothing to the model ("resolved": "pneumothorax resolved" reads as "pneumothorax").
struct MixedWord {
    const char* word;
    std::vector<std::pair<int, float>> axes;
    float random = 0.0f;
};
const std::vector<MixedWord>& phraseWords() {
    static const std::vector<MixedWord> words = {
        {"collapse", {{0, 0.8f}, {5, 0.6f}}},
        {"collapsed", {{0, 0.8f}, {5, 0.6f}}},
        {"expanded", {{0, -0.8f}, {5, -0.6f}}},
        {"volume", {{0, 0.5f}}, 0.85f},
        {"loss", {{0, 0.5f}}, 0.85f},
        {"enlarged", {{1, 0.7f}}, 0.7f},
        {"heart", {{1, 1.0f}}},
        {"silhouette", {{1, 1.0f}}},
        {"airspace", {{2, 0.7f}, {4, 0.7f}}},
        {"opacity", {{0, 0.4f}, {2, 0.6f}, {4, 0.6f}}, 0.35f},
        {"clear", {{kNegationAxis, 1.0f}}},
        {"lobar", {{2, 0.6f}, {4, 0.5f}}, 0.6f},
        {"fluid", {{3, 0.8f}}, 0.6f},
        {"blunted", {{3, 0.6f}}, 0.8f},
        {"costophrenic", {{3, 0.7f}}, 0.7f},
        {"sharp", {{kNegationAxis, 0.5f}}, 0.85f},
        {"infection", {{4, 0.8f}, {2, 0.3f}}, 0.5f},
        {"infectious", {{4, 0.6f}}, 0.8f},
        {"infiltrate", {{4, 0.5f}, {2, 0.5f}}, 0.7f},
        {"air", {{5, 0.4f}}, 0.9f},
        {"lung", {}},
        {"lungs", {}},
        {"fully", {}},
        {"volumes", {}},
        {"size", {}},
        {"space", {}},
        {"angle", {}},
        {"angles", {}},
        {"focal", {}},
        {"resolved", {}},
    };
    return words;
}

QStringList vocabulary() {
    QStringList v = {QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QStringLiteral("[CLS]"),
                     QStringLiteral("[SEP]")};
    for (const auto& c : conditionWords())
        for (const char* w : c.words)
            v << QString::fromLatin1(w);
    for (const WordAxis& w : otherWords())
        v << QString::fromLatin1(w.word);
    for (const MixedWord& w : phraseWords())
        v << QString::fromLatin1(w.word);
    return v;
}

/// The 0/1 truth of `device` over the cohort's `rows` (NaN where unknown).
std::vector<double> deviceTarget(const Cohort& cohort, const std::vector<size_t>& rows,
                                 const QHash<QString, DeviceTruth>& truth,
                                 bool DeviceTruth::*device) {
    std::vector<double> target(rows.size(), std::nan(""));
    for (size_t i = 0; i < rows.size(); ++i)
        if (auto it = truth.constFind(cohort.sampleId(rows[i])); it != truth.constEnd())
            target[i] = (*it).*device ? 1.0 : 0.0;
    return target;
}

} // namespace

Result<void> checkDemoModelShape(const DemoModelShape& shape) {
    if (shape.inputSize < kSide || shape.inputSize > 1024 || shape.inputSize % kSide != 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the demo model's input size must be a multiple of %1 from %1 to 1024 "
                           "pixels (got %2)")
                        .arg(kSide)
                        .arg(shape.inputSize));
    if (shape.dimension < kDim || shape.dimension > 4096)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the demo model's dimension must be from %1 to 4096 (got %2)")
                        .arg(kDim)
                        .arg(shape.dimension));
    return {};
}

QString demoModelName() {
    return QStringLiteral("demo-clip.cxrmodel");
}

Result<QString> writeDemoModel(const QString& bundleDir, const QString& mimicRoot,
                               std::uint64_t seed, int threads, const DemoModelShape& shape) {
    if (auto valid = checkDemoModelShape(shape); !valid)
        return std::unexpected(valid.error());
    const int dim = shape.dimension;
    CohortSettings settings;
    settings.splits = {QStringLiteral("train")};
    auto cohort = loadCohort(DatasetSource{DatasetFormat::Mimic, mimicRoot}, settings);
    if (!cohort)
        return std::unexpected(cohort.error());
    if (int(cohort->size()) < 20)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the demo model needs at least 20 training images (MIMIC tree has %1)")
                        .arg(cohort->size()),
                    mimicRoot);
    // The rows that fit the model: every training image, or kMaxFitImages evenly spaced.
    const size_t fitted = std::min(cohort->size(), size_t(kMaxFitImages));
    std::vector<size_t> rows(fitted);
    for (size_t k = 0; k < fitted; ++k)
        rows[k] = k * cohort->size() / fitted;
    const int n = int(fitted);

    const PreprocessSpec spec = demoPreprocessing(shape.inputSize);
    QThreadPool pool;
    if (threads > 0)
        pool.setMaxThreadCount(threads);
    const auto features = QtConcurrent::blockingMapped<std::vector<Result<std::vector<double>>>>(
        &pool, rows, [&](size_t row) { return pooledFeatures(cohort->imagePath(row), spec); });
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

    // Axes 0-5: findings; 6: "chest"; 7: sex; 8: age; 9-11: devices; 12: AP view; 13: the
    // negation; 14-23: random projections.
    Eigen::MatrixXd weight = Eigen::MatrixXd::Zero(dim, kFeatures);
    std::vector<float> bias(size_t(dim), 0.0f);
    for (int c = 0; c < kConditions; ++c) {
        const int column =
            cohort->conditionIndex(QString::fromLatin1(conditionWords()[size_t(c)].condition));
        if (column < 0)
            return fail(ErrorCode::Format, Tr::tr("the demo's MIMIC tree lacks a finding"),
                        mimicRoot);
        std::vector<double> target(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            const int label = cohort->label(column, rows[size_t(i)]);
            target[size_t(i)] = label < 0 ? std::nan("") : double(label);
        }
        weight.row(c) = ridge(z, target).transpose();
        // With unit "chest" and finding words, this offset makes v.t+ - v.t- proportional to
        // the finding's predicted deviation from its prevalence.
        bias[size_t(c)] = float(kChest * (std::sqrt(2.0) - 1.0));
    }
    bias[kChestAxis] = float(kChest);
    // "Chest No findings" points along chest and negation: this keeps the study's scores what
    // they were before "no" meant anything.
    bias[kNegationAxis] = float(kChest * (std::sqrt(2.0) - 1.0));
    const Grouping sex = cohort->grouping(QStringLiteral("sex")).value_or(Grouping{});
    std::vector<double> female(size_t(n), std::nan(""));
    std::vector<double> age(size_t(n), std::nan(""));
    for (int i = 0; i < n; ++i) {
        const size_t row = rows[size_t(i)];
        if (!sex.codes.empty() && sex.codes[row] >= 0)
            female[size_t(i)] = sex.groups.at(sex.codes[row]) == settings.femaleName ? 1.0 : 0.0;
        if (!std::isnan(cohort->age(row)))
            age[size_t(i)] = double(cohort->age(row)) / 50.0;
    }
    weight.row(kSexAxis) = 0.5 * ridge(z, female).transpose();
    weight.row(kAgeAxis) = 0.5 * ridge(z, age).transpose();
    auto truth = readDemoDeviceTruth(mimicRoot);
    if (!truth)
        return std::unexpected(truth.error());
    weight.row(kDrainAxis) =
        ridge(z, deviceTarget(*cohort, rows, *truth, &DeviceTruth::drain)).transpose();
    weight.row(kPacemakerAxis) =
        ridge(z, deviceTarget(*cohort, rows, *truth, &DeviceTruth::pacemaker)).transpose();
    weight.row(kEcgAxis) =
        ridge(z, deviceTarget(*cohort, rows, *truth, &DeviceTruth::ecgLeads)).transpose();
    const Grouping view = cohort->grouping(QStringLiteral("view")).value_or(Grouping{});
    std::vector<double> ap(size_t(n), std::nan(""));
    for (int i = 0; i < n; ++i)
        if (!view.codes.empty() && view.codes[rows[size_t(i)]] >= 0) {
            const QString& v = view.groups.at(view.codes[rows[size_t(i)]]);
            if (v == QStringLiteral("AP") || v == QStringLiteral("PA"))
                ap[size_t(i)] = v == QStringLiteral("AP") ? 1.0 : 0.0;
        }
    weight.row(kApAxis) = ridge(z, ap).transpose();
    Random random = Random::stream(seed, 0xDE30);
    for (int k = kFirstRandomAxis; k < dim; ++k) {
        // The axes beyond kDim share the length of the ten random axes among them.
        const double length =
            k < kDim ? 0.3 : 0.3 * std::sqrt(double(kDim - kFirstRandomAxis) / double(dim - kDim));
        Eigen::VectorXd r(kFeatures);
        for (int f = 0; f < kFeatures; ++f)
            r[f] = random.normal();
        const Eigen::VectorXd projected = z * r;
        const double spread =
            std::sqrt((projected.array() - projected.mean()).square().mean()) + 1e-12;
        weight.row(k) = (length / spread) * r.transpose();
    }

    PooledLinearImageEncoder image;
    image.pooledSide = kSide;
    image.detail = true;
    for (int f = 0; f < kFeatures; ++f) {
        image.featureMean.push_back(float(mean[f]));
        image.featureStd.push_back(float(sd[f]));
    }
    image.weight = FloatMatrix{dim, kFeatures, std::vector<float>(size_t(dim * kFeatures))};
    for (int d = 0; d < dim; ++d)
        for (int f = 0; f < kFeatures; ++f)
            image.weight.data[size_t(d * kFeatures + f)] = float(weight(d, f));
    image.bias = bias;

    const QStringList words = vocabulary();
    MeanTokenTextEncoder text;
    text.table = FloatMatrix{words.size(), dim, std::vector<float>(size_t(words.size() * dim))};
    for (int c = 0; c < kConditions; ++c)
        for (const char* w : conditionWords()[size_t(c)].words)
            text.table.row(words.indexOf(QString::fromLatin1(w)))[c] = 1.0f;
    Random wordDirections = Random::stream(seed, 0x7E47);
    for (const WordAxis& w : otherWords()) {
        float* row = text.table.row(words.indexOf(QString::fromLatin1(w.word)));
        if (w.axis >= 0) {
            row[w.axis] = w.sign;
        } else if (w.axis == -1) {
            double length = 0;
            for (int k = kFirstRandomAxis; k < kDim; ++k) {
                row[k] = float(wordDirections.normal());
                length += double(row[k]) * double(row[k]);
            }
            for (int k = kFirstRandomAxis; k < kDim; ++k)
                row[k] = float(double(row[k]) / std::sqrt(length));
        }
    }

    // The synonyms' words, from a stream of their own: the words above keep their directions.
    Random phraseDirections = Random::stream(seed, 0x5A9E);
    for (const MixedWord& w : phraseWords()) {
        float* row = text.table.row(words.indexOf(QString::fromLatin1(w.word)));
        for (const auto& [axis, weight] : w.axes)
            row[axis] = weight;
        std::vector<double> direction(size_t(kDim - kFirstRandomAxis));
        double length = 0;
        for (double& x : direction) {
            x = phraseDirections.normal();
            length += x * x;
        }
        for (int k = kFirstRandomAxis; k < kDim; ++k)
            row[k] += float(double(w.random) * direction[size_t(k - kFirstRandomAxis)] /
                            std::sqrt(length));
    }

    QDir dir(bundleDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(ErrorCode::Io, Tr::tr("cannot create the folder"), bundleDir);
    ModelBundle bundle;
    bundle.path = dir.absolutePath();
    bundle.name = QStringLiteral("cxrfair demo CLIP");
    bundle.citation = QStringLiteral("Synthetic model fitted by cxrfair on its own demo data; "
                                     "not a medical device and not for clinical use.");
    bundle.description =
        QStringLiteral(
            "Pooled 8x8 grey levels mapped linearly (ridge regression on the demo's MIMIC-CXR "
            "training split) to a %1-dimensional embedding; mean-of-words text encoder.")
            .arg(dim);
    bundle.embeddingDim = dim;
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

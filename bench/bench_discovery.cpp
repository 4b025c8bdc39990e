// Tags and slices at the study's scale, as users run them: cxrfair-cli as a process on files.
// Targets: tags for 100,000 stored embeddings in at most 1 s; slices for 100,000 x 512
// embeddings in at most 30 s. The reference in the same run is the command's own floor: the
// same process reading the same store and scores (`cxrfair-cli score`), which tags and slices
// cannot beat since they read the same files first.
//
//   bench_discovery [--images 100000] [--dims 512] [--resamples 1000] [--no-reference]

#include "benchutils.h"

#include "common/random.h"
#include "discovery/tags.h"
#include "embedding/npy.h"
#include "inference/embeddingstore.h"
#include "inference/scoring.h"
#include "inference/storesamples.h"
#include "models/modelbundle.h"
#include "models/scriptedencoders.h"
#include "models/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <cmath>

using namespace cxrfair;
using namespace cxrfair::bench;

namespace {

/// A bundle whose text encoder maps words to `dims`-dimensional vectors (the image encoder is
/// never run: the store is filled directly).
Result<ModelBundle> writeBundle(const QString& dir, int dims) {
    QDir().mkpath(dir);
    const QStringList words = {"[PAD]",     "[UNK]",    "[CLS]",        "[SEP]", "chest",
                               "no",        "findings", "pneumothorax", "tube",  "drain",
                               "pacemaker", "ecg",      "leads"};
    QSaveFile vocab(QDir(dir).filePath(QStringLiteral("vocab.txt")));
    if (!vocab.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, vocab.errorString(), vocab.fileName());
    vocab.write((words.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!vocab.commit())
        return fail(ErrorCode::Io, vocab.errorString(), vocab.fileName());
    Random r(3);
    MeanTokenTextEncoder text{FloatMatrix{words.size(), dims, {}}};
    for (qsizetype i = 0; i < words.size() * dims; ++i)
        text.table.data.push_back(i < 4 * dims ? 0.0f : float(r.normal()));
    PooledLinearImageEncoder image;
    image.pooledSide = 1;
    image.featureMean = {0.0f};
    image.featureStd = {1.0f};
    image.weight = FloatMatrix{dims, 1, std::vector<float>(size_t(dims), 0.01f)};
    image.bias.assign(size_t(dims), 0.0f);
    ModelBundle bundle;
    bundle.path = dir;
    bundle.name = QStringLiteral("bench");
    bundle.embeddingDim = dims;
    bundle.logitScale = 20.0;
    bundle.text.tokenizer = TokenizerKind::WordPiece;
    bundle.text.vocabFile = QStringLiteral("vocab.txt");
    bundle.text.lowercase = true;
    bundle.text.contextLength = 32;
    for (auto saved :
         {saveTorchScript(image, bundle.filePath(bundle.imageEncoderFile)),
          saveTorchScript(text, bundle.filePath(bundle.text.encoderFile)), writeManifest(bundle)})
        if (!saved)
            return std::unexpected(saved.error());
    return readModelBundle(dir);
}

/// A store of `images` embeddings in 40 clusters with two degraded ones, its samples (one
/// condition, sex and age), and nothing else.
Result<void> writeStore(const QString& storeDir, const ModelBundle& bundle, int images, int dims) {
    Random r(2025);
    const int clusters = 40;
    std::vector<float> centres(size_t(clusters) * size_t(dims));
    for (float& c : centres)
        c = float(r.normal(0.0, 0.6));
    SegmentInfo info{bundle.name, bundle.contentHash, bundle.preprocess.toJson(), dims, false};
    auto store = EmbeddingStore::openForWriting(storeDir, info);
    if (!store)
        return std::unexpected(store.error());
    StoreSamples samples;
    samples.datasetRoot = storeDir;
    samples.datasetFormat = QStringLiteral("csv");
    samples.conditions = {QStringLiteral("Pneumothorax")};
    samples.attributes = {QStringLiteral("sex"), QStringLiteral("age")};
    samples.labels.resize(1);
    samples.values.resize(2);
    constexpr int kBatch = 4096;
    for (int start = 0; start < images; start += kBatch) {
        const int n = std::min(kBatch, images - start);
        std::vector<ImageKey> keys;
        FloatMatrix vectors{n, dims, std::vector<float>(size_t(n) * size_t(dims))};
        for (int k = 0; k < n; ++k) {
            const int i = start + k;
            const int c = i % clusters;
            for (int j = 0; j < dims; ++j)
                vectors.row(k)[j] =
                    centres[size_t(c) * size_t(dims) + size_t(j)] + float(r.normal(0.0, 0.3));
            const QString id = QStringLiteral("img%1").arg(i, 7, 10, QLatin1Char('0'));
            keys.push_back({QStringLiteral("/bench/%1.png").arg(id), id, 1000, 1000});
            samples.sampleIds << id;
            samples.patientIds << QStringLiteral("p%1").arg(i / 2);
            samples.paths << keys.back().path;
            samples.labels[0].push_back(r.chance(0.1) ? 1 : 0);
            samples.values[0] << (c % 2 ? QStringLiteral("F") : QStringLiteral("M"));
            samples.values[1] << QString::number(20 + (c * 7) % 70);
        }
        if (auto ok = store->append(keys, vectors); !ok)
            return ok;
    }
    return writeStoreSamples(storeDir, samples);
}

struct Run {
    double seconds = 0;
    double peakMiB = 0;
    bool ok = false;
    QString error;
};

Run runCli(const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const double start = now();
    process.start(QStringLiteral(CXRFAIR_CLI), arguments);
    process.waitForFinished(-1);
    Run run;
    run.seconds = now() - start;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok)
        run.error = QString::fromUtf8(process.readAll());
    return run;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int images = option(args, QStringLiteral("images"), QStringLiteral("100000")).toInt();
    const int dims = option(args, QStringLiteral("dims"), QStringLiteral("512")).toInt();
    const QString resamples = option(args, QStringLiteral("resamples"), QStringLiteral("1000"));
    const bool reference = !flag(args, QStringLiteral("no-reference"));
    QTextStream out(stdout);
    out << "bench_discovery: " << images << " stored embeddings of dimension " << dims << ", "
        << machineDescription() << "\n";
    QTemporaryDir dir;
    const QString bundlePath = dir.filePath(QStringLiteral("bench.cxrmodel"));
    const QString store = dir.filePath(QStringLiteral("store"));
    auto bundle = writeBundle(bundlePath, dims);
    if (!bundle) {
        out << "cannot write the bundle: " << bundle.error().toString() << "\n";
        return 1;
    }
    if (auto ok = writeStore(store, *bundle, images, dims); !ok) {
        out << "cannot write the store: " << ok.error().toString() << "\n";
        return 1;
    }
    const QString threads = QString::number(QThread::idealThreadCount());
    {
        // Inside the process: where the time of `tags` goes.
        double t = now();
        auto samples = readStoreSamples(store);
        const double samplesSeconds = now() - t;
        t = now();
        auto stored = EmbeddingStore::readModel(store, bundle->contentHash);
        const double storeSeconds = now() - t;
        t = now();
        ScoringRequest request{store, bundlePath, {}, {}, {}};
        auto scorer = StoreScorer::open(request);
        const double openSeconds = now() - t;
        t = now();
        auto tagged = scorer ? scoreTags(**scorer, TagSet::builtIn()) : Result<TagScores>{};
        const double tagSeconds = now() - t;
        t = now();
        TagSet other;
        for (Tag tag : TagSet::builtIn().tags) {
            tag.name += QStringLiteral("_again");
            tag.positive = {tag.positive.front() + QStringLiteral(" seen")};
            other.tags.push_back(tag);
        }
        auto again = scoreTags(**scorer, other);
        const double againSeconds = now() - t;
        if (!samples || !stored || !scorer || !tagged || !again) {
            out << "in-process tags failed\n";
            return 1;
        }
        out << QStringLiteral("  in process: samples table %1 s, embeddings %2 s, scorer open "
                              "(both, and the text encoder) %3 s, 8 tags scored %4 s (8 more, the "
                              "encoder warm: %5 s)\n")
                   .arg(samplesSeconds, 0, 'f', 2)
                   .arg(storeSeconds, 0, 'f', 2)
                   .arg(openSeconds, 0, 'f', 2)
                   .arg(tagSeconds, 0, 'f', 3)
                   .arg(againSeconds, 0, 'f', 3);
    }
    auto report = [&](const char* what, const Run& r, double target) {
        out << QStringLiteral("  %1: %2 s, peak %3 MiB (target %4 s)%5\n")
                   .arg(QString::fromLatin1(what))
                   .arg(r.seconds, 0, 'f', 2)
                   .arg(r.peakMiB, 0, 'f', 0)
                   .arg(target)
                   .arg(r.ok ? QString() : QStringLiteral(" FAILED: ") + r.error);
        out.flush();
    };
    Run floor;
    if (reference) {
        floor = runCli({"score", "--store", store, "--model", bundlePath, "--out",
                        dir.filePath(QStringLiteral("scores.csv")), "--threads", threads});
        report("reference: cxrfair-cli score (reads the same store)", floor, 1.0);
    }
    const Run tags = runCli({"tags", "--store", store, "--model", bundlePath, "--out",
                             dir.filePath(QStringLiteral("tags.csv")), "--threads", threads});
    report("cxrfair-cli tags (8 built-in tags)", tags, 1.0);
    const Run slices = runCli({"slices", "--store", store, "--model", bundlePath, "--condition",
                               "Pneumothorax", "--out", dir.filePath(QStringLiteral("slices.csv")),
                               "--resamples", resamples, "--threads", threads});
    report("cxrfair-cli slices (store, 5 slices)", slices, 30.0);
    if (reference && floor.ok && tags.ok)
        out << QStringLiteral("  tags / score: %1\n").arg(tags.seconds / floor.seconds, 0, 'f', 2);
    return tags.ok && slices.ok ? 0 : 1;
}

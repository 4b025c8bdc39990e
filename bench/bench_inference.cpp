// Inference throughput on 2048 x 2048 DICOM, all in one run on the same files, for each image
// encoder asked for (--encoders):
//   resnet18      a ResNet-18-sized TorchScript encoder at 224 x 224 (written here);
//   chexzero      CheXzero's CLIP ViT-B/32 at 224 with its text transformer, and
//   biovil        BioViL's ResNet-50 at --biovil-size (448) with CXR-BERT (BERT-base): both of
//                 the real size with random weights, made by the exporter's own architectures
//                 (bench/real_size_bundles.py; needs python3 with torch and torchvision).
// For each encoder:
//   decode-only   cxrfair's decoding and preprocessing on every core, no encoder;
//   encode-only   the encoder on ready-made tensors (batches of --batch);
//   pipeline      cxrfair's InferenceJob (decoders feeding the encoder through a bounded queue,
//                 embeddings appended to a store);
//   python        the study's kind of pipeline (pydicom, torchvision, DataLoader with 2
//                 workers, the same TorchScript file and the manifest's preprocessing) when
//                 python3 has torch, torchvision and pydicom;
//   text          (real sizes) prompts encoded per second by the bundle's text encoder;
//   variants      (real sizes, CPU) the image encoder run other ways: not frozen, frozen only,
//                 channels-last, BF16 and, for the ViT, int8 linear layers; each with its speed,
//                 the largest relative change of an embedding and the share of image pairs
//                 whose zero-shot order changes (an AUC changes by at most that share).
// On a CPU the stages share the cores, so the ideal pipeline rate is 1 / (1/decode + 1/encode);
// on a GPU they overlap, and the ideal is the slower stage. Targets: the pipeline reaches 90%
// of the ideal and 1.3x the Python pipeline. Then the peak memory of the pipeline for 1,000 and
// 10,000 images (a small model on 256 x 256 images, each run in a child process): it must not
// grow with the number of images.
//
//   bench_inference [--images 256] [--distinct 16] [--size 2048] [--batch 32]
//                   [--encoders resnet18,chexzero,biovil] [--biovil-size 448]
//                   [--variant-images 16] [--variant-passes 3] [--no-variants]
//                   [--memory 1000,10000] [--no-reference] [--no-memory]

#include "benchutils.h"
#include "encodervariants.h"
#include "resnet18.h"

#include "common/random.h"
#include "embedding/npy.h"
#include "imaging/imagedecoder.h"
#include "imaging/preprocess.h"
#include "inference/inferencejob.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"
#include "models/scriptedencoders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

using namespace cxrfair;

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

/// `distinct` DICOM files of `size` x `size` (16-bit, 12 stored) and `images` links to them
/// with paths of their own, so that every image is a separate entry in the store.
QStringList writeImages(const QDir& dir, int images, int distinct, int size) {
    dir.mkpath(QStringLiteral("files"));
    dir.mkpath(QStringLiteral("images"));
    QStringList files;
    for (int f = 0; f < distinct; ++f) {
        files << dir.filePath(QStringLiteral("files/f%1.dcm").arg(f));
        if (!bench::writeSyntheticDicom(files.back(), size, f, 7 + std::uint64_t(f)))
            qFatal("cannot write %s", qPrintable(files.back()));
    }
    QStringList paths;
    for (int i = 0; i < images; ++i) {
        paths << dir.filePath(QStringLiteral("images/i%1.dcm").arg(i, 6, 10, QLatin1Char('0')));
        QFile::link(files[i % distinct], paths.back());
    }
    return paths;
}

void writeBundle(const QString& path, const QString& name, const PreprocessSpec& spec, int dim,
                 const std::function<void(const QString&)>& writeImageEncoder) {
    QDir().mkpath(path);
    ModelBundle b;
    b.path = path;
    b.name = name;
    b.embeddingDim = dim;
    b.preprocess = spec;
    b.text.tokenizer = TokenizerKind::WordPiece;
    b.text.vocabFile = QStringLiteral("vocab.txt");
    b.text.padToContext = false;
    QFile vocab(b.filePath(b.text.vocabFile));
    vocab.open(QIODevice::WriteOnly);
    vocab.write("[PAD]\n[UNK]\n[CLS]\n[SEP]\nchest\n");
    vocab.close();
    writeImageEncoder(b.filePath(b.imageEncoderFile));
    MeanTokenTextEncoder text;
    text.table = FloatMatrix{5, dim, std::vector<float>(size_t(5 * dim), 0.1f)};
    if (!saveTorchScript(text, b.filePath(b.text.encoderFile)) || !writeManifest(b))
        qFatal("cannot write the bundle");
}

std::vector<ImageKey> keysOf(const QStringList& paths) {
    std::vector<ImageKey> keys;
    for (const QString& p : paths)
        keys.push_back({p, QFileInfo(p).completeBaseName(), -1, -1});
    return keys;
}

/// Child mode: the pipeline on `images` small images with a small model; prints peak memory.
int memoryRun(int images, const QString& dirPath) {
    QDir dir(dirPath);
    const QStringList paths = writeImages(dir, images, 16, 256);
    PreprocessSpec spec;
    spec.size = 224;
    spec.resize = ResizePolicy::Exact;
    spec.cropSize = 0;
    spec.channels = 1;
    const QString bundle = dir.filePath(QStringLiteral("small.cxrmodel"));
    writeBundle(bundle, QStringLiteral("small"), spec, 64, [](const QString& path) {
        PooledLinearImageEncoder e;
        e.pooledSide = 8;
        e.featureMean.assign(64, 0.5f);
        e.featureStd.assign(64, 0.25f);
        e.weight = FloatMatrix{64, 64, std::vector<float>(64 * 64, 0.01f)};
        e.bias.assign(64, 0.0f);
        (void)saveTorchScript(e, path);
    });
    InferenceRequest request;
    request.images = keysOf(paths);
    request.bundlePath = bundle;
    request.storeDir = dir.filePath(QStringLiteral("store"));
    const double start = bench::now();
    auto run = runInference(request);
    if (!run || run->encoded != images) {
        out() << "memory run failed: "
              << (run ? QStringLiteral("images missing") : run.error().toString()) << Qt::endl;
        return 1;
    }
    out() << "peak_rss_mib " << bench::peakRssMiB() << " seconds " << bench::now() - start
          << Qt::endl;
    return 0;
}

QString pythonInterpreter() {
    // Debian's interpreter, where python3-torch and friends are installed, unless told otherwise.
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

QString lastLine(const QByteArray& text) {
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), -1);
}

double pythonRate(const QStringList& paths, const ModelBundle& bundle, int batch, const QDir& dir) {
    QFile list(dir.filePath(QStringLiteral("files.txt")));
    list.open(QIODevice::WriteOnly);
    list.write(paths.join(QLatin1Char('\n')).toUtf8());
    list.close();
    QProcess python;
    python.start(pythonInterpreter(),
                 {QStringLiteral(CXRFAIR_BENCH_DIR "/python_pipeline.py"), QStringLiteral("--list"),
                  list.fileName(), QStringLiteral("--model"),
                  bundle.filePath(bundle.imageEncoderFile), QStringLiteral("--manifest"),
                  bundle.filePath(QStringLiteral("manifest.json")), QStringLiteral("--batch"),
                  QString::number(batch), QStringLiteral("--workers"), QStringLiteral("2"),
                  QStringLiteral("--threads"), QString::number(QThread::idealThreadCount())});
    if (!python.waitForFinished(3600000) || python.exitCode() != 0) {
        out() << "python:       unavailable: " << lastLine(python.readAllStandardError())
              << Qt::endl;
        return 0.0;
    }
    const QString text = QString::fromUtf8(python.readAllStandardOutput());
    return text.section(QStringLiteral("images_per_second "), 1).trimmed().toDouble();
}

/// An encoder to measure: its bundle and, for the ViT, its twin with int8 linear layers.
struct EncoderCase {
    QString name;
    QString bundlePath;
    QString int8BundlePath;
    bool realSize = false;
};

/// The real-size bundles made by bench/real_size_bundles.py: name to bundle path.
QMap<QString, QString> realSizeBundles(const QStringList& models, int biovilSize, bool int8,
                                       const QDir& dir) {
    QStringList arguments{QStringLiteral(CXRFAIR_BENCH_DIR "/real_size_bundles.py"),
                          QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("real")),
                          QStringLiteral("--models"),
                          models.join(QLatin1Char(',')),
                          QStringLiteral("--biovil-size"),
                          QString::number(biovilSize)};
    if (int8)
        arguments << QStringLiteral("--int8");
    QProcess python;
    python.start(pythonInterpreter(), arguments);
    QMap<QString, QString> bundles;
    if (!python.waitForFinished(1800000) || python.exitCode() != 0) {
        out() << "real-size encoders unavailable: " << lastLine(python.readAllStandardError())
              << Qt::endl;
        return bundles;
    }
    for (const QString& line : QString::fromUtf8(python.readAllStandardOutput()).split('\n'))
        if (line.startsWith(QStringLiteral("bundle ")))
            bundles.insert(line.section(QLatin1Char(' '), 1, 1), line.section(QLatin1Char(' '), 2));
    return bundles;
}

int inputSide(const ModelBundle& bundle) {
    const auto fixed = bundle.preprocess.outputSize();
    return fixed ? fixed->first : bundle.preprocess.size;
}

struct Options {
    int batch = 32;
    bool reference = true;
    bool variants = true;
    int variantImages = 16;
    int variantPasses = 3;
    bool gpu = false;
    int cores = 1;
    bool keepModel = false;
    int decodeThreads = 0; ///< the pipeline's decoders; 0: its default (one per core)
};

/// Prompts of the study's conditions in several phrasings, for the text encoder's rate.
QStringList benchmarkPrompts() {
    const QStringList conditions{
        QStringLiteral("atelectasis"),   QStringLiteral("cardiomegaly"),
        QStringLiteral("consolidation"), QStringLiteral("pleural effusion"),
        QStringLiteral("pneumonia"),     QStringLiteral("pneumothorax")};
    const QStringList templates{QStringLiteral("Chest %1"),
                                QStringLiteral("%1"),
                                QStringLiteral("no %1"),
                                QStringLiteral("there is %1"),
                                QStringLiteral("findings consistent with %1"),
                                QStringLiteral("a chest x-ray showing %1"),
                                QStringLiteral("no evidence of %1"),
                                QStringLiteral("%1 is present on this radiograph")};
    QStringList prompts;
    for (const QString& t : templates)
        for (const QString& c : conditions)
            prompts << t.arg(c);
    return prompts;
}

void benchText(ModelEncoder& encoder) {
    const QStringList prompts = benchmarkPrompts();
    (void)encoder.encodeTexts(prompts.mid(0, 16));
    const double start = bench::now();
    for (int i = 0; i < prompts.size(); i += 16)
        if (!encoder.encodeTexts(prompts.mid(i, 16)))
            qFatal("text encoding failed");
    out() << "text:         " << QString::number(prompts.size() / (bench::now() - start), 'f', 1)
          << " prompts/s (" << prompts.size() << " prompts in batches of 16)\n"
          << Qt::flush;
}

double decodeOnly(const QStringList& paths, const PreprocessSpec& spec, int cores) {
    QThreadPool pool;
    pool.setMaxThreadCount(cores);
    const double start = bench::now();
    QtConcurrent::blockingMap(&pool, paths, [&](const QString& path) {
        auto decoded = decodeImage(path);
        if (!decoded || !preprocess(decoded->image, spec))
            qFatal("decode failed");
    });
    return double(paths.size()) / (bench::now() - start);
}

/// Encode-only on ready tensors after two warm-up batches, then the text rate for real sizes.
/// Returns 0 when the encoder does not open.
double encodeOnly(const EncoderCase& c, const ModelBundle& bundle, int images, const Options& o) {
    InferenceSettings settings;
    settings.batchSize = o.batch;
    auto encoder = ModelEncoder::open(bundle, settings);
    if (!encoder) {
        out() << encoder.error().toString() << Qt::endl;
        return 0.0;
    }
    const int side = inputSide(bundle);
    std::vector<float> tensors(size_t(o.batch) * 3 * size_t(side) * size_t(side));
    Random r(3);
    for (float& v : tensors)
        v = float(r.normal());
    std::vector<double> warmUp;
    for (int w = 0; w < 2; ++w) {
        const double t = bench::now();
        (void)(*encoder)->encodeImages(tensors.data(), o.batch, 3, side, side);
        warmUp.push_back(bench::now() - t);
    }
    const double start = bench::now();
    for (int done = 0; done < images; done += o.batch) {
        const int n = std::min(o.batch, images - done);
        if (!(*encoder)->encodeImages(tensors.data(), n, 3, side, side))
            qFatal("encode failed");
    }
    const double rate = images / (bench::now() - start);
    out() << "encode-only:  " << QString::number(rate, 'f', 1) << " images/s ("
          << (*encoder)->deviceName() << "; after two warm-up batches of "
          << QString::number(warmUp[0], 'f', 2) << " s and " << QString::number(warmUp[1], 'f', 2)
          << " s)\n"
          << Qt::flush;
    if (c.realSize)
        benchText(**encoder);
    return rate;
}

/// Decode-only, encode-only, the pipeline against the ideal, Python, text and the variants of
/// one encoder on `paths`. Returns false when the encoder cannot run.
bool benchEncoder(const EncoderCase& c, const QStringList& paths, const Options& o,
                  const QDir& dir) {
    auto bundle = readModelBundle(c.bundlePath);
    if (!bundle) {
        out() << bundle.error().toString() << Qt::endl;
        return false;
    }
    const int side = inputSide(*bundle);
    const int images = int(paths.size());
    out() << "\n== " << c.name << ": " << bundle->name << " at " << side << "x" << side
          << ", embedding " << bundle->embeddingDim << "\n"
          << Qt::flush;

    const double decodeRate = decodeOnly(paths, bundle->preprocess, o.cores);
    out() << "decode-only:  " << QString::number(decodeRate, 'f', 1) << " images/s (" << o.cores
          << " threads)\n"
          << Qt::flush;
    const double encodeRate = encodeOnly(c, *bundle, images, o);
    if (encodeRate <= 0.0)
        return false;
    if (o.keepModel)
        QFile::copy(bundle->filePath(bundle->imageEncoderFile),
                    c.name + QStringLiteral("-bench.pt"));

    // The pipeline, as cxrfair-cli embed runs it.
    InferenceRequest request;
    request.images = keysOf(paths);
    request.bundlePath = c.bundlePath;
    request.storeDir = dir.filePath(c.name + QStringLiteral("-store"));
    request.settings.batchSize = o.batch;
    request.decodeThreads = o.decodeThreads;
    const double start = bench::now();
    auto run = runInference(request);
    const double wall = bench::now() - start;
    const double pipelineRate =
        run && run->encodingSeconds > 0.0 ? run->encoded / run->encodingSeconds : 0.0;
    if (!run || run->encoded != images) {
        out() << "pipeline failed: "
              << (run ? QStringLiteral("images missing") : run.error().toString()) << Qt::endl;
        return false;
    }
    const double ideal =
        o.gpu ? std::min(decodeRate, encodeRate) : 1.0 / (1.0 / decodeRate + 1.0 / encodeRate);
    out() << "pipeline:     " << QString::number(pipelineRate, 'f', 1)
          << " images/s (from the first image; " << QString::number(images / wall, 'f', 1)
          << " counting the " << QString::number(wall - run->encodingSeconds, 'f', 1)
          << " s of opening and probing the model)\n";
    out() << "ideal:        " << QString::number(ideal, 'f', 1) << " images/s ("
          << (o.gpu ? "the slower stage" : "1 / (1/decode + 1/encode)") << ");  pipeline at "
          << QString::number(100.0 * pipelineRate / ideal, 'f', 1)
          << "% of it;  target >= 90%: " << (pipelineRate >= 0.9 * ideal ? "met" : "NOT met")
          << "\n"
          << Qt::flush;

    if (o.reference) {
        const double python = pythonRate(paths, *bundle, o.batch, dir);
        if (python > 0.0)
            out() << "python:       " << QString::number(python, 'f', 1)
                  << " images/s (pydicom + torchvision + DataLoader, 2 workers);  cxrfair "
                  << QString::number(pipelineRate / python, 'f', 2)
                  << "x;  target >= 1.3x: " << (pipelineRate >= 1.3 * python ? "met" : "NOT met")
                  << "\n"
                  << Qt::flush;
    }
    if (c.realSize && o.variants && !o.gpu) {
        out() << "variants (" << o.variantImages << " images per pass, median of "
              << o.variantPasses << " passes):\n"
              << Qt::flush;
        const QString int8File = c.int8BundlePath.isEmpty()
                                     ? QString()
                                     : QDir(c.int8BundlePath).filePath(bundle->imageEncoderFile);
        bench::printEncoderVariants(
            out(), bench::measureEncoderVariants(bundle->filePath(bundle->imageEncoderFile), side,
                                                 o.variantImages, o.variantPasses, int8File));
    }
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (bench::flag(args, QStringLiteral("memory-run")))
        return memoryRun(bench::option(args, QStringLiteral("memory-run")).toInt(),
                         bench::option(args, QStringLiteral("dir")));
    const int images = bench::option(args, QStringLiteral("images"), QStringLiteral("256")).toInt();
    const int distinct =
        bench::option(args, QStringLiteral("distinct"), QStringLiteral("16")).toInt();
    const int size = bench::option(args, QStringLiteral("size"), QStringLiteral("2048")).toInt();
    const QStringList encoders =
        bench::option(args, QStringLiteral("encoders"), QStringLiteral("resnet18"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int biovilSize =
        bench::option(args, QStringLiteral("biovil-size"), QStringLiteral("448")).toInt();
    const QStringList memorySizes =
        bench::option(args, QStringLiteral("memory"), QStringLiteral("1000,10000"))
            .split(QLatin1Char(','));
    Options o;
    o.batch = bench::option(args, QStringLiteral("batch"), QStringLiteral("32")).toInt();
    o.reference = !bench::flag(args, QStringLiteral("no-reference"));
    o.variants = !bench::flag(args, QStringLiteral("no-variants"));
    o.variantImages =
        bench::option(args, QStringLiteral("variant-images"), QStringLiteral("16")).toInt();
    o.variantPasses = std::max(
        1, bench::option(args, QStringLiteral("variant-passes"), QStringLiteral("3")).toInt());
    o.cores = QThread::idealThreadCount();
    o.gpu = cudaAvailable();
    o.keepModel = bench::flag(args, QStringLiteral("keep-model"));
    o.decodeThreads =
        bench::option(args, QStringLiteral("decode-threads"), QStringLiteral("0")).toInt();
    const QStringList known{QStringLiteral("resnet18"), QStringLiteral("chexzero"),
                            QStringLiteral("biovil")};
    for (const QString& e : encoders)
        if (!known.contains(e))
            qFatal("--encoders: unknown encoder '%s' (resnet18, chexzero, biovil)", qPrintable(e));

    out() << "cxrfair inference benchmark: " << images << " DICOM images " << size << "x" << size
          << " (16-bit), batch " << o.batch << ", encoders " << encoders.join(QStringLiteral(", "))
          << "\nmachine: " << bench::machineDescription()
          << "; device: " << (o.gpu ? "cuda" : "cpu") << "\n"
          << Qt::flush;

    QTemporaryDir dir;
    const QStringList paths = writeImages(QDir(dir.path()), images, distinct, size);
    std::vector<EncoderCase> cases;
    if (encoders.contains(QStringLiteral("resnet18"))) {
        PreprocessSpec
            spec; // CheXzero's: shorter side to 224 (bicubic), centre crop, CLIP mean/std
        spec.size = 224;
        spec.resize = ResizePolicy::ShorterSide;
        spec.cropSize = 224;
        spec.channels = 3;
        spec.mean = {0.48145466f, 0.4578275f, 0.40821073f};
        spec.std = {0.26862954f, 0.26130258f, 0.27577711f};
        const QString bundlePath = dir.filePath(QStringLiteral("resnet18.cxrmodel"));
        writeBundle(bundlePath, QStringLiteral("ResNet-18 benchmark"), spec, 512,
                    [](const QString& path) { bench::writeResNet18(path, 512); });
        cases.push_back({QStringLiteral("resnet18"), bundlePath, {}, false});
    }
    QStringList real = encoders;
    real.removeAll(QStringLiteral("resnet18"));
    if (!real.isEmpty()) {
        const double start = bench::now();
        const auto bundles =
            realSizeBundles(real, biovilSize, o.variants && !o.gpu, QDir(dir.path()));
        if (!bundles.isEmpty())
            out() << "real-size bundles made in " << QString::number(bench::now() - start, 'f', 1)
                  << " s (random checkpoints exported by tools/export)\n";
        for (const QString& e : real)
            if (bundles.contains(e))
                cases.push_back(
                    {e, bundles.value(e), bundles.value(e + QStringLiteral("-int8")), true});
    }
    bool ok = true;
    for (const EncoderCase& c : cases)
        ok = benchEncoder(c, paths, o, QDir(dir.path())) && ok;
    if (!ok)
        return 1;

    if (!bench::flag(args, QStringLiteral("no-memory"))) {
        for (const QString& n : memorySizes) {
            QTemporaryDir memoryDir;
            QProcess child;
            child.start(
                QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-run"), n, QStringLiteral("--dir"), memoryDir.path()});
            child.waitForFinished(1800000);
            out() << "peak memory, " << n.rightJustified(6)
                  << " images: " << QString::fromUtf8(child.readAllStandardOutput()).trimmed()
                  << "\n"
                  << Qt::flush;
        }
    }
    return 0;
}

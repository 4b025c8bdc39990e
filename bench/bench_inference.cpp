// Inference throughput on 2048 x 2048 DICOM with a ResNet-18-sized TorchScript encoder at
// 224 x 224, all in one run on the same files and model:
//   decode-only   cxrfair's decoding and preprocessing on every core, no encoder;
//   encode-only   the encoder on ready-made tensors (batches of --batch);
//   pipeline      cxrfair's InferenceJob (decoders feeding the encoder through a bounded queue,
//                 embeddings appended to a store);
//   python        the study's kind of pipeline (pydicom, torchvision, DataLoader with 2
//                 workers, the same TorchScript file) when python3 has torch, torchvision and
//                 pydicom.
// On a CPU the stages share the cores, so the ideal pipeline rate is 1 / (1/decode + 1/encode);
// on a GPU they overlap, and the ideal is the slower stage. Targets: the pipeline reaches 90%
// of the ideal and 1.3x the Python pipeline. Then the peak memory of the pipeline for 1,000 and
// 10,000 images (a small model on 256 x 256 images, each run in a child process): it must not
// grow with the number of images.
//
//   bench_inference [--images 256] [--distinct 16] [--size 2048] [--batch 32]
//                   [--memory 1000,10000] [--no-reference] [--no-memory]

#include "benchutils.h"
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

double pythonRate(const QStringList& paths, const QString& model, int batch, const QDir& dir) {
    const QString script = QStringLiteral(CXRFAIR_BENCH_DIR "/python_pipeline.py");
    QFile list(dir.filePath(QStringLiteral("files.txt")));
    list.open(QIODevice::WriteOnly);
    list.write(paths.join(QLatin1Char('\n')).toUtf8());
    list.close();
    QProcess python;
    // Debian's interpreter, where python3-torch and friends are installed, unless told otherwise.
    const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                    ? QStringLiteral("/usr/bin/python3")
                                    : QStringLiteral("python3");
    python.start(interpreter,
                 {script, QStringLiteral("--list"), list.fileName(), QStringLiteral("--model"),
                  model, QStringLiteral("--batch"), QString::number(batch),
                  QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--threads"),
                  QString::number(QThread::idealThreadCount())});
    if (!python.waitForFinished(1800000) || python.exitCode() != 0) {
        out() << "python pipeline unavailable: "
              << QString::fromUtf8(python.readAllStandardError())
                     .trimmed()
                     .section(QLatin1Char('\n'), -1)
              << Qt::endl;
        return 0.0;
    }
    const QString text = QString::fromUtf8(python.readAllStandardOutput());
    return text.section(QStringLiteral("images_per_second "), 1).trimmed().toDouble();
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
    const int batch = bench::option(args, QStringLiteral("batch"), QStringLiteral("32")).toInt();
    const QStringList memorySizes =
        bench::option(args, QStringLiteral("memory"), QStringLiteral("1000,10000"))
            .split(QLatin1Char(','));
    const int cores = QThread::idealThreadCount();
    const bool gpu = cudaAvailable();

    out() << "cxrfair inference benchmark: " << images << " DICOM images " << size << "x" << size
          << " (16-bit), ResNet-18-sized TorchScript encoder at 224x224, batch " << batch
          << "\nmachine: " << bench::machineDescription() << "; device: " << (gpu ? "cuda" : "cpu")
          << "\n"
          << Qt::flush;

    QTemporaryDir dir;
    const QStringList paths = writeImages(QDir(dir.path()), images, distinct, size);
    PreprocessSpec spec; // CheXzero's: shorter side to 224 (bicubic), centre crop, CLIP mean/std
    spec.size = 224;
    spec.resize = ResizePolicy::ShorterSide;
    spec.cropSize = 224;
    spec.channels = 3;
    spec.mean = {0.48145466f, 0.4578275f, 0.40821073f};
    spec.std = {0.26862954f, 0.26130258f, 0.27577711f};
    const QString bundlePath = dir.filePath(QStringLiteral("resnet18.cxrmodel"));
    writeBundle(bundlePath, QStringLiteral("ResNet-18 benchmark"), spec, 512,
                [](const QString& path) { bench::writeResNet18(path, 512); });
    auto bundle = readModelBundle(bundlePath);
    if (!bundle) {
        out() << bundle.error().toString() << Qt::endl;
        return 1;
    }

    // Decode-only: every core decoding and preprocessing.
    QThreadPool pool;
    pool.setMaxThreadCount(cores);
    double start = bench::now();
    QtConcurrent::blockingMap(&pool, paths, [&](const QString& path) {
        auto decoded = decodeImage(path);
        if (!decoded || !preprocess(decoded->image, spec))
            qFatal("decode failed");
    });
    const double decodeRate = images / (bench::now() - start);
    out() << "decode-only:  " << QString::number(decodeRate, 'f', 1) << " images/s (" << cores
          << " threads)\n"
          << Qt::flush;

    // Encode-only: ready tensors, after two warm-up batches.
    InferenceSettings settings;
    settings.batchSize = batch;
    auto encoder = ModelEncoder::open(*bundle, settings);
    if (!encoder) {
        out() << encoder.error().toString() << Qt::endl;
        return 1;
    }
    std::vector<float> tensors(size_t(batch) * 3 * 224 * 224);
    Random r(3);
    for (float& v : tensors)
        v = float(r.normal());
    for (int w = 0; w < 2; ++w)
        (void)(*encoder)->encodeImages(tensors.data(), batch, 3, 224, 224);
    start = bench::now();
    for (int done = 0; done < images; done += batch) {
        const int n = std::min(batch, images - done);
        if (!(*encoder)->encodeImages(tensors.data(), n, 3, 224, 224))
            qFatal("encode failed");
    }
    const double encodeRate = images / (bench::now() - start);
    out() << "encode-only:  " << QString::number(encodeRate, 'f', 1) << " images/s ("
          << (*encoder)->deviceName() << ")\n"
          << Qt::flush;
    encoder->reset();
    if (bench::flag(args, QStringLiteral("keep-model")))
        QFile::copy(bundle->filePath(bundle->imageEncoderFile),
                    QStringLiteral("resnet18-bench.pt"));

    // The pipeline, as cxrfair-cli embed runs it.
    InferenceRequest request;
    request.images = keysOf(paths);
    request.bundlePath = bundlePath;
    request.storeDir = dir.filePath(QStringLiteral("store"));
    request.settings = settings;
    start = bench::now();
    auto run = runInference(request);
    const double wall = bench::now() - start;
    const double pipelineRate = run ? run->imagesPerSecond : 0.0;
    if (!run || run->encoded != images) {
        out() << "pipeline failed: "
              << (run ? QStringLiteral("images missing") : run.error().toString()) << Qt::endl;
        return 1;
    }
    const double ideal =
        gpu ? std::min(decodeRate, encodeRate) : 1.0 / (1.0 / decodeRate + 1.0 / encodeRate);
    out() << "pipeline:     " << QString::number(pipelineRate, 'f', 1)
          << " images/s (from the first image; " << QString::number(images / wall, 'f', 1)
          << " counting model loading)\n";
    out() << "ideal:        " << QString::number(ideal, 'f', 1) << " images/s ("
          << (gpu ? "the slower stage" : "1 / (1/decode + 1/encode)") << ");  pipeline at "
          << QString::number(100.0 * pipelineRate / ideal, 'f', 1)
          << "% of it;  target >= 90%: " << (pipelineRate >= 0.9 * ideal ? "met" : "NOT met")
          << "\n"
          << Qt::flush;

    if (!bench::flag(args, QStringLiteral("no-reference"))) {
        const double python =
            pythonRate(paths, bundle->filePath(bundle->imageEncoderFile), batch, QDir(dir.path()));
        if (python > 0.0)
            out() << "python:       " << QString::number(python, 'f', 1)
                  << " images/s (pydicom + torchvision + DataLoader, 2 workers);  cxrfair "
                  << QString::number(pipelineRate / python, 'f', 2)
                  << "x;  target >= 1.3x: " << (pipelineRate >= 1.3 * python ? "met" : "NOT met")
                  << "\n"
                  << Qt::flush;
    }

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

// The model exporter (tools/export) against cxrfair: for each architecture the exporter defines,
// a randomly initialised checkpoint of the real size, in its authors' layout, is exported; cxrfair
// loads the bundle, preprocesses a DICOM and a PNG itself, tokenizes texts itself, and must give
// PyTorch's embeddings (eager modules, not the TorchScript files) within 1e-4 relative error, with
// the same token ids as the exporter's Python tokenizers. Needs a Python 3 with PyTorch and
// torchvision (Debian: python3-torch, python3-torchvision); skips without one. The window's dialog
// runs the same exporter.

#include "testsupport.h"

#include "exportmodeldialog.h"

#include "demo/phantom.h"
#include "embedding/npy.h"
#include "imaging/dicomwriter.h"
#include "imaging/imagedecoder.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;
using namespace cxrfair::test;

namespace {

constexpr double kTolerance = 1e-4;
constexpr int kExportTimeoutMs = 600000;

QString python() {
    return qEnvironmentVariable("CXRFAIR_TORCH_PYTHON");
}
QString sourceDir() {
    return qEnvironmentVariable("CXRFAIR_SOURCE_DIR");
}
QString exporter() {
    return sourceDir() + QStringLiteral("/tools/export/cxrfair_export.py");
}

/// A randomly initialised checkpoint of `model` at the real size, in its authors' layout.
ProcessResult makeRandomCheckpoint(const QString& model, const QString& folder) {
    return runProcess(python(),
                      {sourceDir() + QStringLiteral("/tests/export/make_random_checkpoint.py"),
                       model, QStringLiteral("--out"), folder},
                      {}, kExportTimeoutMs);
}

/// Prompts with capitals, punctuation, words outside the vocabulary and one long text.
const QStringList kTexts = {
    QStringLiteral("Chest Pneumothorax"),
    QStringLiteral("Chest No findings"),
    QStringLiteral("Small left-sided pleural effusion, with a chest drain."),
    QStringLiteral("Cardiomegaly and pulmonary edema; no consolidation"),
    QStringLiteral("Atélectasis at 2 lung bases (café) #45"),
    QStringLiteral("there is a large right pneumothorax with a drain tube and the heart is clear ")
        .repeated(6),
};

/// A 600 x 480 synthetic radiograph with an effusion and a drain, as 12-bit values.
std::vector<std::int32_t> radiograph(int& rows, int& columns) {
    PhantomSpec spec;
    spec.severity[static_cast<int>(DemoFinding::PleuralEffusion)] = 0.8;
    spec.drain = true;
    spec.seed = 11;
    const int size = 600;
    const std::vector<float> square = renderPhantom(spec, size);
    rows = size;
    columns = 480;
    std::vector<std::int32_t> pixels;
    for (int y = 0; y < rows; ++y)
        for (int x = 60; x < 60 + columns; ++x)
            pixels.push_back(static_cast<std::int32_t>(std::lround(square[y * size + x] * 4095.0)));
    return pixels;
}

double relativeError(const float* actual, const float* expected, std::int64_t n) {
    double diff = 0.0;
    double norm = 0.0;
    for (std::int64_t i = 0; i < n; ++i) {
        diff += (double(actual[i]) - expected[i]) * (double(actual[i]) - expected[i]);
        norm += double(expected[i]) * expected[i];
    }
    return std::sqrt(diff) / std::max(std::sqrt(norm), 1e-30);
}

struct ModelCase {
    QString model;
    QStringList exportArguments; ///< after the model name, relative to the checkpoint folder
};

ModelCase modelCase(const QString& model, const QString& folder) {
    if (model == QLatin1String("chexzero"))
        return {model,
                {QStringLiteral("--checkpoint"), folder + QStringLiteral("/clip_weights.pt")}};
    if (model == QLatin1String("cxr-clip"))
        return {model,
                {QStringLiteral("--checkpoint"), folder + QStringLiteral("/r50_mcc.tar"),
                 QStringLiteral("--vocab"), folder + QStringLiteral("/vocab.txt"),
                 QStringLiteral("--config"), folder + QStringLiteral("/config.json")}};
    return {model, {QStringLiteral("--checkpoint"), folder}};
}

/// The study's preprocessing and sizes (Sourget et al. 2025, the models' own papers).
struct StudySpec {
    int size;
    ResizePolicy resize;
    int crop;
    float mean;
    float std;
    TokenizerKind tokenizer;
    int dim;
    bool normalizeText;
    double logitScale; ///< exp of the random checkpoint's logit_scale (1 without one)
};

StudySpec studySpec(const QString& model) {
    StudySpec spec{512,  ResizePolicy::ShorterSide, 512, 0.0f,
                   1.0f, TokenizerKind::WordPiece,  128, model == QLatin1String("biovil-t"),
                   1.0};
    if (model == QLatin1String("chexzero")) {
        spec = {224,
                ResizePolicy::ShorterSide,
                224,
                0.48145466f,
                0.26862954f,
                TokenizerKind::ClipBpe,
                512,
                true,
                std::exp(4.6052)};
    } else if (model == QLatin1String("cxr-clip")) {
        spec = {224,       ResizePolicy::ShorterSide, 224, 0.5f,
                0.5f,      TokenizerKind::WordPiece,  512, true,
                1.0 / 0.07};
    }
    return spec;
}

} // namespace

class TestModelExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dicom;
    QString m_png;

    void requirePython() {
        if (python().isEmpty())
            QSKIP("no Python 3 with PyTorch and torchvision (Debian: python3-torch "
                  "python3-torchvision)");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!sourceDir().isEmpty(), "CXRFAIR_SOURCE_DIR is not set");
        DicomWriteSpec spec;
        spec.pixels = radiograph(spec.rows, spec.columns);
        spec.bitsStored = 12;
        spec.windows = {{2048.0, 4096.0}};
        m_dicom = m_dir.filePath(QStringLiteral("radiograph.dcm"));
        const auto written = writeDicom(m_dicom, spec);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().toString()));
        QImage png(spec.columns, spec.rows, QImage::Format_Grayscale16);
        for (int y = 0; y < spec.rows; ++y) {
            auto* line = reinterpret_cast<quint16*>(png.scanLine(y));
            for (int x = 0; x < spec.columns; ++x)
                line[x] = static_cast<quint16>(spec.pixels[y * spec.columns + x] * 16);
        }
        m_png = m_dir.filePath(QStringLiteral("radiograph.png"));
        QVERIFY(png.save(m_png));
    }

    void embeddingsEqualPyTorch_data() {
        QTest::addColumn<QString>("model");
        for (const char* model : {"chexzero", "biovil", "biovil-t", "cxr-clip"})
            QTest::newRow(model) << QString::fromLatin1(model);
    }

    void embeddingsEqualPyTorch() {
        requirePython();
        QFETCH(QString, model);
        const QString folder = m_dir.filePath(model);
        const QString bundlePath = m_dir.filePath(model + QStringLiteral(".cxrmodel"));

        const ProcessResult made = makeRandomCheckpoint(model, folder);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const ModelCase c = modelCase(model, folder);
        // CheXzero through `cxrfair-cli model export` (which finds the exporter and a Python
        // with PyTorch itself), the others through the script.
        const QStringList exportArguments = QStringList{model} + c.exportArguments +
                                            QStringList{QStringLiteral("--out"), bundlePath};
        const ProcessResult exported =
            model == QLatin1String("chexzero")
                ? runProcess(cliPath(),
                             QStringList{QStringLiteral("model"), QStringLiteral("export")} +
                                 exportArguments,
                             {}, kExportTimeoutMs)
                : runProcess(python(), QStringList{exporter()} + exportArguments, {},
                             kExportTimeoutMs);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        // cxrfair's side: its own decoding, preprocessing and tokenizer.
        const auto bundle = readModelBundle(bundlePath);
        QVERIFY2(bundle.has_value(), qPrintable(bundle ? QString() : bundle.error().toString()));
        const StudySpec study = studySpec(model);
        QCOMPARE(bundle->preprocess.size, study.size);
        QCOMPARE(bundle->preprocess.resize, study.resize);
        QCOMPARE(bundle->preprocess.cropSize, study.crop);
        QCOMPARE(bundle->preprocess.channels, 3);
        QCOMPARE(bundle->preprocess.mean[0], study.mean);
        QCOMPARE(bundle->preprocess.std[0], study.std);
        QCOMPARE(bundle->text.tokenizer, study.tokenizer);
        QCOMPARE(bundle->embeddingDim, study.dim);
        QCOMPARE(bundle->text.normalize, study.normalizeText);
        QVERIFY(bundle->normalizeImage);
        QVERIFY2(std::abs(bundle->logitScale - study.logitScale) < 1e-4 * study.logitScale,
                 qPrintable(QString::number(bundle->logitScale)));
        FloatMatrix images;
        int channels = 0;
        int height = 0;
        int width = 0;
        for (const QString& path : {m_dicom, m_png}) {
            const auto decoded = decodeImage(path);
            QVERIFY2(decoded.has_value(),
                     qPrintable(decoded ? QString() : decoded.error().toString()));
            const auto tensor = preprocess(decoded->image, bundle->preprocess);
            QVERIFY(tensor.has_value());
            channels = tensor->channels;
            height = tensor->height;
            width = tensor->width;
            images.cols = static_cast<std::int64_t>(tensor->data.size());
            images.data.insert(images.data.end(), tensor->data.begin(), tensor->data.end());
            ++images.rows;
        }
        const QString imagesPath = m_dir.filePath(model + QStringLiteral("-images.npy"));
        QVERIFY(writeNpy(imagesPath, images).has_value());
        const QString textsPath =
            writeFile(QDir(m_dir.path()), model + QStringLiteral("-texts.txt"),
                      kTexts.join(QLatin1Char('\n')).toUtf8());

        // PyTorch's side.
        const QString reference = m_dir.filePath(model + QStringLiteral("-reference"));
        const ProcessResult ran = runProcess(
            python(),
            QStringList{sourceDir() + QStringLiteral("/tools/export/reference_embeddings.py"),
                        model} +
                c.exportArguments +
                QStringList{QStringLiteral("--bundle"), bundlePath, QStringLiteral("--images"),
                            imagesPath, QStringLiteral("--texts"), textsPath,
                            QStringLiteral("--out"), reference},
            {}, kExportTimeoutMs);
        QVERIFY2(ran.exitCode == 0, ran.err.constData());

        InferenceSettings settings;
        settings.device = DeviceChoice::Cpu;
        auto encoder = ModelEncoder::open(*bundle, settings);
        QVERIFY2(encoder.has_value(), qPrintable(encoder ? QString() : encoder.error().toString()));

        // Token ids: cxrfair's tokenizer against the exporter's Python tokenizer.
        QFile idsFile(reference + QStringLiteral("/token_ids.json"));
        QVERIFY(idsFile.open(QIODevice::ReadOnly));
        const QJsonObject expectedIds = QJsonDocument::fromJson(idsFile.readAll()).object();
        const TokenBatch batch =
            (*encoder)->tokenizer().encodeBatch(kTexts, bundle->text.padToContext);
        const QJsonArray idRows = expectedIds.value(QStringLiteral("ids")).toArray();
        const QJsonArray maskRows = expectedIds.value(QStringLiteral("mask")).toArray();
        QCOMPARE(idRows.size(), batch.rows);
        for (int r = 0; r < batch.rows; ++r) {
            const QJsonArray ids = idRows.at(r).toArray();
            const QJsonArray mask = maskRows.at(r).toArray();
            QCOMPARE(ids.size(), batch.length);
            for (int i = 0; i < batch.length; ++i) {
                const std::size_t k = static_cast<std::size_t>(r) * batch.length + i;
                if (ids.at(i).toInteger() != batch.ids[k] ||
                    mask.at(i).toInteger() != batch.mask[k])
                    QFAIL(qPrintable(QStringLiteral("text %1, token %2: cxrfair %3, Python %4")
                                         .arg(r)
                                         .arg(i)
                                         .arg(batch.ids[k])
                                         .arg(ids.at(i).toInteger())));
            }
        }

        // Embeddings: cxrfair's LibTorch run of the bundle against PyTorch's eager modules.
        const auto imageEmbeddings =
            (*encoder)->encodeImages(images.data.data(), 2, channels, height, width);
        QVERIFY2(imageEmbeddings.has_value(),
                 qPrintable(imageEmbeddings ? QString() : imageEmbeddings.error().toString()));
        const auto textEmbeddings = (*encoder)->encodeTexts(kTexts);
        QVERIFY(textEmbeddings.has_value());
        const auto expectedImages = readNpy(reference + QStringLiteral("/image_embeddings.npy"));
        const auto expectedTexts = readNpy(reference + QStringLiteral("/text_embeddings.npy"));
        QVERIFY(expectedImages.has_value() && expectedTexts.has_value());
        QCOMPARE(imageEmbeddings->cols, static_cast<std::int64_t>(bundle->embeddingDim));
        QCOMPARE(expectedImages->rows, 2);
        QCOMPARE(expectedTexts->rows, static_cast<std::int64_t>(kTexts.size()));
        for (std::int64_t r = 0; r < 2; ++r) {
            const double error = relativeError(imageEmbeddings->row(r), expectedImages->row(r),
                                               expectedImages->cols);
            qInfo("%s image %lld: relative error %.2e", qPrintable(model),
                  static_cast<long long>(r), error);
            QVERIFY2(error <= kTolerance,
                     qPrintable(QStringLiteral("image %1: %2").arg(r).arg(error)));
        }
        for (std::int64_t r = 0; r < expectedTexts->rows; ++r) {
            const double error =
                relativeError(textEmbeddings->row(r), expectedTexts->row(r), expectedTexts->cols);
            qInfo("%s text %lld: relative error %.2e", qPrintable(model), static_cast<long long>(r),
                  error);
            QVERIFY2(error <= kTolerance,
                     qPrintable(QStringLiteral("text %1: %2").arg(r).arg(error)));
        }
        // The embeddings are not degenerate: texts are told apart far beyond the tolerance, so
        // matching within it means something. (The two images hold the same pixels.)
        QVERIFY(relativeError(expectedTexts->row(0), expectedTexts->row(1), expectedTexts->cols) >
                1e-2);

        QDir(folder).removeRecursively();
        QDir(bundlePath).removeRecursively();
    }

    void int8LinearSaysWhatItChanges() {
        // CheXzero exported twice, as is and with --int8-linear: the int8 bundle runs in cxrfair,
        // its embeddings are near the float model's but not equal to them, and its manifest
        // says why. A ResNet image encoder has no linear layer to quantise: a clear error.
        requirePython();
        const QString folder = m_dir.filePath(QStringLiteral("chexzero-int8-checkpoint"));
        const ProcessResult made = makeRandomCheckpoint(QStringLiteral("chexzero"), folder);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QStringList arguments{QStringLiteral("chexzero"), QStringLiteral("--checkpoint"),
                                    folder + QStringLiteral("/clip_weights.pt")};
        std::vector<FloatMatrix> embeddings;
        for (const bool int8 : {false, true}) {
            const QString bundlePath = m_dir.filePath(int8 ? QStringLiteral("int8.cxrmodel")
                                                           : QStringLiteral("float.cxrmodel"));
            QStringList exportArguments = QStringList{exporter()} + arguments +
                                          QStringList{QStringLiteral("--out"), bundlePath};
            if (int8)
                exportArguments << QStringLiteral("--int8-linear");
            const ProcessResult exported =
                runProcess(python(), exportArguments, {}, kExportTimeoutMs);
            QVERIFY2(exported.exitCode == 0, exported.err.constData());
            const auto bundle = readModelBundle(bundlePath);
            QVERIFY2(bundle.has_value(),
                     qPrintable(bundle ? QString() : bundle.error().toString()));
            QFile manifest(bundlePath + QStringLiteral("/manifest.json"));
            QVERIFY(manifest.open(QIODevice::ReadOnly));
            const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
            QCOMPARE(
                m.value(QStringLiteral("description")).toString().contains(QStringLiteral("int8")),
                int8);
            QCOMPARE(m.value(QStringLiteral("source"))
                             .toObject()
                             .value(QStringLiteral("image_encoder"))
                             .toString() == QLatin1String("int8-linear"),
                     int8);
            const auto decoded = decodeImage(m_dicom);
            QVERIFY(decoded.has_value());
            const auto tensor = preprocess(decoded->image, bundle->preprocess);
            QVERIFY(tensor.has_value());
            InferenceSettings settings;
            settings.device = DeviceChoice::Cpu;
            auto encoder = ModelEncoder::open(*bundle, settings);
            QVERIFY2(encoder.has_value(),
                     qPrintable(encoder ? QString() : encoder.error().toString()));
            auto e = (*encoder)->encodeImages(tensor->data.data(), 1, tensor->channels,
                                              tensor->height, tensor->width);
            QVERIFY(e.has_value());
            embeddings.push_back(std::move(*e));
        }
        const double error =
            relativeError(embeddings[1].row(0), embeddings[0].row(0), embeddings[0].cols);
        qInfo("int8 linear layers: relative change of the image embedding %.2e", error);
        QVERIFY2(error > kTolerance && error < 0.2, qPrintable(QString::number(error)));

        const QString biovil = m_dir.filePath(QStringLiteral("biovil-int8-checkpoint"));
        QCOMPARE(makeRandomCheckpoint(QStringLiteral("biovil"), biovil).exitCode, 0);
        const ProcessResult refused = runProcess(
            python(),
            {exporter(), QStringLiteral("biovil"), QStringLiteral("--checkpoint"), biovil,
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("biovil-int8.cxrmodel")),
             QStringLiteral("--int8-linear")},
            {}, kExportTimeoutMs);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("no linear layers to quantise"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("biovil-int8.cxrmodel"))));
        QDir(folder).removeRecursively();
        QDir(biovil).removeRecursively();
    }

    void pythonClipTokenizerMatchesReference() {
        requirePython();
        const QString reference =
            qEnvironmentVariable("CXRFAIR_SHARED_DIR") + QStringLiteral("/reference/clip-bpe");
        if (!QFileInfo::exists(reference + QStringLiteral("/tokens.tsv")))
            QSKIP("no reference CLIP vocabulary (shared/reference/clip-bpe)");
        const ProcessResult r = runProcess(
            python(), {sourceDir() + QStringLiteral("/tests/export/check_clip_reference.py"),
                       reference + QStringLiteral("/bpe_simple_vocab_16e6.txt.gz"),
                       reference + QStringLiteral("/tokens.tsv")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
    }

    void windowMakesABundleAndStops() {
        requirePython();
        const QString folder = m_dir.filePath(QStringLiteral("window-chexzero"));
        const ProcessResult made = makeRandomCheckpoint(QStringLiteral("chexzero"), folder);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        ExportModelDialog dialog(true);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.exporterFound(), 60000);
        QVERIFY(!dialog.problem().isEmpty()); // no checkpoint yet
        dialog.setModel(QStringLiteral("chexzero"));
        dialog.setCheckpoint(folder + QStringLiteral("/clip_weights.pt"));
        const QString bundle = folder + QStringLiteral("/chexzero.cxrmodel");
        QCOMPARE(dialog.output(), bundle); // beside the checkpoint, named after the model
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(dialog.runOnDataset());

        // Stop while it works: nothing is left behind.
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.log().contains(QStringLiteral("Loading chexzero")), 60000);
        dialog.cancelExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY2(dialog.log().contains(QStringLiteral("Cancelled")), qPrintable(dialog.log()));
        QVERIFY(!QFileInfo::exists(bundle));
        QVERIFY(!QFileInfo::exists(bundle + QStringLiteral(".partial")));
        QVERIFY(dialog.isVisible());

        // Then all the way: the dialog closes accepted and the bundle loads.
        QSignalSpy ended(&dialog, &ExportModelDialog::exportEnded);
        dialog.startExport();
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, kExportTimeoutMs);
        QVERIFY2(ended.first().first().toBool(), qPrintable(dialog.log()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.runOnDataset()); // still answered once the dialog has closed
        QVERIFY2(dialog.log().contains(QStringLiteral("Done:")), qPrintable(dialog.log()));
        const auto written = readModelBundle(bundle);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(written->name, QStringLiteral("CheXzero"));
        // A second bundle of the same name is refused before anything runs.
        ExportModelDialog again(false);
        QTRY_VERIFY_WITH_TIMEOUT(again.exporterFound(), 60000);
        again.setModel(QStringLiteral("chexzero"));
        again.setCheckpoint(folder + QStringLiteral("/clip_weights.pt"));
        QVERIFY(again.problem().contains(QStringLiteral("exists already")));
        QVERIFY(!again.runOnDataset());
        QDir(folder).removeRecursively();
    }

    void exporterReportsBadInput() {
        requirePython();
        const QString garbage =
            writeFile(QDir(m_dir.path()), QStringLiteral("garbage.pt"), "not a checkpoint");
        const auto run = [](const QStringList& arguments) {
            return runProcess(python(), QStringList{exporter()} + arguments, {}, kExportTimeoutMs);
        };
        const QString out = m_dir.filePath(QStringLiteral("bad.cxrmodel"));
        ProcessResult r = run({QStringLiteral("chexzero"), QStringLiteral("--checkpoint"), garbage,
                               QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(garbage.toUtf8()) && r.err.contains("not a PyTorch checkpoint"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(out) && !QFileInfo::exists(out + QStringLiteral(".partial")));

        const QString missing = m_dir.filePath(QStringLiteral("nowhere/clip_weights.pt"));
        r = run({QStringLiteral("chexzero"), QStringLiteral("--checkpoint"), missing,
                 QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing.toUtf8()) && r.err.contains("no such file"),
                 r.err.constData());

        r = run({QStringLiteral("sam"), QStringLiteral("--checkpoint"), garbage,
                 QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("invalid choice: 'sam'") && r.err.contains("'cxr-clip'"),
                 r.err.constData());

        // Through cxrfair-cli: the exporter's own message and status.
        r = runProcess(cliPath(), {QStringLiteral("model"), QStringLiteral("export"),
                                   QStringLiteral("chexzero"), QStringLiteral("--checkpoint"),
                                   garbage, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(garbage.toUtf8()) && r.err.contains("not a PyTorch checkpoint"),
                 r.err.constData());
        r = runProcess(
            cliPath(),
            {QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("chexzero")},
            {QStringLiteral("CXRFAIR_EXPORTER=") + m_dir.filePath(QStringLiteral("none.py"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the model exporter is not installed"), r.err.constData());

        // The models exported with their own packages name the missing ones.
        const ProcessResult hasMedclip =
            runProcess(python(), {QStringLiteral("-c"), QStringLiteral("import medclip")});
        if (hasMedclip.exitCode != 0) {
            r = run({QStringLiteral("medclip"), QStringLiteral("--checkpoint"), m_dir.path(),
                     QStringLiteral("--vocab"), garbage, QStringLiteral("--out"), out});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("not installed: medclip"), r.err.constData());
        }
    }
};

QTEST_MAIN(TestModelExport)
#include "test_model_export.moc"

#include "imaging/imagedecoder.h"
#include "imaging/preprocess.h"
#include "inference/embeddingstore.h"
#include "inference/inferencejob.h"
#include "inference/zeroshot.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"

#include "modelfixtures.h"
#include "testsupport.h"

#include <torch/script.h>

#include "session/jobqueue.h"
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

std::vector<ImageKey> keysOf(const QStringList& paths) {
    std::vector<ImageKey> keys;
    for (const QString& p : paths) {
        ImageKey k;
        k.path = p;
        k.sampleId = QFileInfo(p).completeBaseName();
        keys.push_back(k);
    }
    return keys;
}

/// Equal up to float rounding: the encoder runs the model through LibTorch's inference passes,
/// which may sum in another order than the plain module.
bool close(float a, float b) {
    return std::abs(a - b) <= 1e-5f * std::max(1.0f, std::abs(b));
}

std::unique_ptr<ModelEncoder> openEncoder(const QString& path) {
    auto bundle = readModelBundle(path);
    if (!bundle)
        qFatal("%s", qPrintable(bundle.error().toString()));
    auto encoder = ModelEncoder::open(*bundle, {});
    if (!encoder)
        qFatal("%s", qPrintable(encoder.error().toString()));
    return std::move(*encoder);
}

} // namespace

class TestInference : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;
    QStringList m_images;

    QString bundleError(const QString& name, const test::TinyBundle& spec) {
        const QString path = test::writeTinyBundle(QDir(m_dir.path()), name, spec);
        auto bundle = readModelBundle(path);
        if (!bundle)
            return bundle.error().message;
        auto encoder = ModelEncoder::open(*bundle, {});
        return encoder ? QString() : encoder.error().message;
    }

    InferenceRequest request(const QString& store, int batch = 4) {
        InferenceRequest r;
        r.images = keysOf(m_images);
        r.bundlePath = m_bundle;
        r.storeDir = m_dir.filePath(store);
        r.settings.batchSize = batch;
        r.settings.device = DeviceChoice::Cpu;
        r.decodeThreads = 2;
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_bundle = test::writeTinyBundle(QDir(m_dir.path()), QStringLiteral("tiny"));
        m_images = test::writeTestImages(QDir(m_dir.filePath(QStringLiteral("images"))), 20);
    }

    void bundleValidation() {
        const QDir dir(m_dir.path());
        // A folder with no manifest, then invalid JSON, then a missing encoder file.
        dir.mkpath(QStringLiteral("empty.cxrmodel"));
        auto empty = readModelBundle(dir.filePath(QStringLiteral("empty.cxrmodel")));
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("empty.cxrmodel")));
        QVERIFY(empty.error().message.contains(QStringLiteral("missing manifest.json")));
        QVERIFY(empty.error().message.contains(QStringLiteral("tools/export/cxrfair_export.py")));
        // A checkpoint file where a bundle folder is expected.
        const QString checkpoint = dir.filePath(QStringLiteral("clip_weights.pt"));
        QFile weights(checkpoint);
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write("PK");
        weights.close();
        const auto fromCheckpoint = readModelBundle(checkpoint);
        QVERIFY(!fromCheckpoint);
        QVERIFY(fromCheckpoint.error().message.contains(QStringLiteral("a PyTorch checkpoint")));
        QVERIFY(fromCheckpoint.error().message.contains(QStringLiteral("docs/models.md")));

        const QString broken = test::writeTinyBundle(dir, QStringLiteral("broken"));
        test::writeFile(QDir(broken), QStringLiteral("manifest.json"), "{\"name\": ");
        auto json = readModelBundle(broken);
        QVERIFY(!json);
        QVERIFY(json.error().message.contains(QStringLiteral("not valid JSON")));

        const QString noImage = test::writeTinyBundle(dir, QStringLiteral("noimage"));
        QFile::remove(QDir(noImage).filePath(QStringLiteral("image_encoder.pt")));
        auto missing = readModelBundle(noImage);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("missing image_encoder.pt")));

        const QString newer = test::writeTinyBundle(dir, QStringLiteral("newer"));
        QFile manifest(QDir(newer).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(manifest.readAll()).object();
        manifest.close();
        o.insert(QStringLiteral("format_version"), 99);
        test::writeFile(QDir(newer), QStringLiteral("manifest.json"), QJsonDocument(o).toJson());
        auto future = readModelBundle(newer);
        QVERIFY(!future);
        QCOMPARE(future.error().code, ErrorCode::Unsupported);

        // Not TorchScript.
        const QString garbage = test::writeTinyBundle(dir, QStringLiteral("garbage"));
        test::writeFile(QDir(garbage), QStringLiteral("text_encoder.pt"), "not a zip archive");
        auto bundle = readModelBundle(garbage);
        QVERIFY(bundle.has_value());
        auto opened = ModelEncoder::open(*bundle, {});
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("text_encoder.pt")));
        QVERIFY(opened.error().message.contains(QStringLiteral("not a TorchScript model")));
    }

    void probeForwardPass() {
        test::TinyBundle rank;
        rank.imageSource = QStringLiteral("def forward(self, x: Tensor) -> Tensor:\n"
                                          "    return torch.matmul(x.flatten(1), self.w)[0]\n");
        QVERIFY(bundleError(QStringLiteral("rank"), rank).contains(QStringLiteral("rank 1")));

        test::TinyBundle dim;
        dim.moduleDim = 5;
        const QString dimError = bundleError(QStringLiteral("dim"), dim);
        QVERIFY2(dimError.contains(QStringLiteral("embedding_dim is 4")), qPrintable(dimError));

        test::TinyBundle nan;
        nan.textSource = QStringLiteral(
            "def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:\n"
            "    tokens = torch.embedding(self.table, input_ids)\n"
            "    return tokens.sum(1) * float('nan')\n");
        const QString nanError = bundleError(QStringLiteral("nan"), nan);
        QVERIFY2(nanError.contains(QStringLiteral("NaN")), qPrintable(nanError));
        QVERIFY(nanError.contains(QStringLiteral("text_encoder.pt")));

        QVERIFY(bundleError(QStringLiteral("fine"), {}).isEmpty());
    }

    void encoderEqualsDirectForward() {
        auto encoder = openEncoder(m_bundle);
        // Images: three preprocessed tensors against torch::jit::load + forward.
        std::vector<float> pixels(3 * 64);
        for (size_t i = 0; i < pixels.size(); ++i)
            pixels[i] = float(std::sin(double(i)));
        auto ours = encoder->encodeImages(pixels.data(), 3, 1, 8, 8);
        QVERIFY(ours.has_value());
        torch::jit::Module direct = torch::jit::load(
            QDir(m_bundle).filePath(QStringLiteral("image_encoder.pt")).toStdString());
        const at::Tensor input = torch::from_blob(pixels.data(), {3, 1, 8, 8}).clone();
        const at::Tensor expected = direct.forward({input}).toTensor().contiguous();
        QCOMPARE(ours->rows, 3);
        QCOMPARE(ours->cols, 4);
        for (int i = 0; i < 12; ++i)
            QVERIFY(close(ours->data[size_t(i)], expected.data_ptr<float>()[i]));

        // Texts: "chest no findings" = [CLS] chest no findings [SEP] = 2 4 5 6 3.
        auto text =
            encoder->encodeTexts({QStringLiteral("Chest no findings"), QStringLiteral("chest")});
        QVERIFY(text.has_value());
        torch::jit::Module directText = torch::jit::load(
            QDir(m_bundle).filePath(QStringLiteral("text_encoder.pt")).toStdString());
        const at::Tensor ids =
            torch::tensor({2, 4, 5, 6, 3, 2, 4, 3, 0, 0}, torch::kInt64).view({2, 5});
        const at::Tensor mask =
            torch::tensor({1, 1, 1, 1, 1, 1, 1, 1, 0, 0}, torch::kInt64).view({2, 5});
        const at::Tensor expectedText = directText.forward({ids, mask}).toTensor().contiguous();
        for (int i = 0; i < 8; ++i)
            QVERIFY(close(text->data[size_t(i)], expectedText.data_ptr<float>()[i]));
    }

    void storesAndReuses() {
        QStringList images = m_images;
        const QString corrupt =
            test::writeFile(QDir(m_dir.filePath(QStringLiteral("images"))),
                            QStringLiteral("corrupt.png"), "\x89PNG\r\n\x1a\n broken");
        InferenceRequest r = request(QStringLiteral("store-reuse"));
        r.images = keysOf(images << corrupt << m_dir.filePath(QStringLiteral("images/absent.png")));
        auto first = runInference(r);
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->images, 22);
        QCOMPARE(first->encoded, 20);
        QCOMPARE(first->missing, 1);
        QCOMPARE(first->failures.size(), size_t(2));
        bool sawCorrupt = false;
        for (const ImageFailure& f : first->failures)
            sawCorrupt = sawCorrupt || (f.path == corrupt && !f.reason.isEmpty());
        QVERIFY(sawCorrupt);
        QVERIFY(QFile::exists(QDir(first->segmentPath).filePath(QStringLiteral("failures.csv"))));

        auto second = runInference(r);
        QVERIFY(second.has_value());
        QCOMPARE(second->reused, 20);
        QCOMPARE(second->encoded, 0);

        // The stored vectors are the encoder's outputs for the preprocessed images.
        auto bundle = readModelBundle(m_bundle);
        auto stored = EmbeddingStore::readModel(r.storeDir, bundle->contentHash);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->vectors.rows, 20);
        auto encoder = openEncoder(m_bundle);
        for (qint64 row : {qint64(0), qint64(7), qint64(19)}) {
            const ImageKey& key = stored->keys[size_t(row)];
            auto decoded = decodeImage(key.path);
            auto tensor = preprocess(decoded->image, bundle->preprocess);
            auto direct = encoder->encodeImages(tensor->data.data(), 1, 1, 8, 8);
            for (int j = 0; j < 4; ++j)
                QVERIFY(close(stored->vectors.row(row)[j], direct->data[size_t(j)]));
        }
    }

    void halvesBatchOnOutOfMemory() {
        test::TinyBundle spec;
        spec.imageSource = QStringLiteral(
            "def forward(self, x: Tensor) -> Tensor:\n"
            "    assert x.size(0) <= 3, 'CUDA out of memory. Tried to allocate 2.00 GiB'\n"
            "    return torch.matmul(x.flatten(1), self.w)\n");
        InferenceRequest r = request(QStringLiteral("store-oom"), 8);
        r.bundlePath = test::writeTinyBundle(QDir(m_dir.path()), QStringLiteral("oom"), spec);
        auto result = runInference(r);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->encoded, 20);
        QCOMPARE(result->batchSize, 2);

        // A model that fails for other reasons stops the run with its message.
        spec.imageSource = QStringLiteral("def forward(self, x: Tensor) -> Tensor:\n"
                                          "    assert x.size(0) <= 1, 'shapes do not match'\n"
                                          "    return torch.matmul(x.flatten(1), self.w)\n");
        r.bundlePath = test::writeTinyBundle(QDir(m_dir.path()), QStringLiteral("failing"), spec);
        auto failed = runInference(r);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("shapes do not match")),
                 qPrintable(failed.error().toString()));
    }

    void cancelsAndResumes() {
        InferenceRequest r = request(QStringLiteral("store-cancel"), 2);
        qint64 seen = 0;
        const Progress control(
            [&](double fraction, const QString&) { seen = qRound64(20 * fraction); },
            [&] { return seen >= 4; });
        auto cancelled = runInference(r, control);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        // Stopped within one batch of the request.
        QVERIFY2(seen >= 4 && seen <= 6, qPrintable(QString::number(seen)));

        auto resumed = runInference(r);
        QVERIFY(resumed.has_value());
        QCOMPARE(resumed->reused, seen);
        QCOMPARE(resumed->encoded, 20 - seen);
    }

    void cutsOffTornRecords() {
        InferenceRequest r = request(QStringLiteral("store-torn"));
        auto run = runInference(r);
        QVERIFY(run.has_value());
        const QString part = QDir(run->segmentPath).filePath(QStringLiteral("part-0-of-1.bin"));
        const qint64 size = QFileInfo(part).size();
        {
            // Half of a record, as a process killed while writing leaves it.
            QFile file(part);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray firstRecord = file.read(size / 20);
            file.close();
            QVERIFY(file.open(QIODevice::Append));
            file.write(firstRecord.left(firstRecord.size() / 2));
        }
        auto bundle = readModelBundle(m_bundle);
        SegmentInfo info;
        info.model = bundle->name;
        info.modelHash = bundle->contentHash;
        info.preprocessing = bundle->preprocess.toJson();
        info.dim = 4;
        auto store = EmbeddingStore::openForWriting(r.storeDir, info);
        QVERIFY(store.has_value());
        QCOMPARE(store->repairedBytes(), qint64(size / 20 / 2));
        QCOMPARE(store->size(), 20);
        QCOMPARE(QFileInfo(part).size(), size);
        auto read = EmbeddingStore::read(r.storeDir, info);
        QCOMPARE(read->vectors.rows, 20);
        // A segment of another model is refused.
        info.dim = 5;
        QVERIFY(!EmbeddingStore::openForWriting(r.storeDir, info));
    }

    void shardsSplitTheImages() {
        int total = 0;
        for (int shard = 0; shard < 3; ++shard) {
            InferenceRequest r = request(QStringLiteral("store-shards"));
            r.shardIndex = shard;
            r.shardCount = 3;
            auto run = runInference(r);
            QVERIFY(run.has_value());
            QVERIFY(run->images > 0 && run->images < 20);
            total += int(run->images);
        }
        QCOMPARE(total, 20);
        auto bundle = readModelBundle(m_bundle);
        auto stored = EmbeddingStore::readModel(m_dir.filePath(QStringLiteral("store-shards")),
                                                bundle->contentHash);
        QCOMPARE(stored->vectors.rows, 20);
        QCOMPARE(QDir(QFileInfo(stored->keys[0].path).path()).exists(), true);
    }

    void runsAsAJobOffTheCallingThread() {
        // As the window runs it: a job of the queue, progress reported on the way.
        JobQueue queue;
        QSignalSpy progress(&queue, &JobQueue::progressed);
        QSignalSpy idle(&queue, &JobQueue::idle);
        std::optional<InferenceSummary> summary;
        const QThread* caller = QThread::currentThread();
        const QThread* worker = nullptr;
        Job job;
        job.title = QStringLiteral("encode");
        job.work = [&, r = request(QStringLiteral("store-async"), 4)](
                       const JobContext& c) -> Result<JobApply> {
            worker = QThread::currentThread();
            auto ran = runInference(r, c.progress);
            if (!ran)
                return std::unexpected(ran.error());
            return JobApply([&summary, s = *ran] {
                summary = s;
                return QString();
            });
        };
        queue.enqueue(std::move(job));
        QVERIFY(idle.wait(60000));
        QVERIFY(summary.has_value());
        QCOMPARE(summary->encoded, 20);
        QVERIFY(worker && worker != caller);
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.back().front().toDouble(), 1.0);
    }

    void zeroShotByHand() {
        // v = (3, 4) -> (0.6, 0.8); t+ = (1, 0), t- = (0, 1); T = 10.
        const FloatMatrix images{2, 2, {3.0f, 4.0f, 0.0f, 2.0f}};
        const auto scores = zeroShotScores(images, true, {1.0f, 0.0f}, {0.0f, 1.0f}, 10.0);
        auto softmax = [](double a, double b) { return std::exp(a) / (std::exp(a) + std::exp(b)); };
        QVERIFY(std::abs(scores[0] - softmax(10 * 0.6, 10 * 0.8)) < 1e-12);
        QVERIFY(std::abs(scores[0] - 0.11920292202211755) < 1e-12);
        QVERIFY(std::abs(scores[1] - softmax(0.0, 10.0)) < 1e-12);
        // Without normalising: sigmoid(T (v.t+ - v.t-)) on the raw vector.
        const auto raw = zeroShotScores(images, false, {1.0f, 0.0f}, {0.0f, 1.0f}, 0.5);
        QVERIFY(std::abs(raw[0] - softmax(0.5 * 3, 0.5 * 4)) < 1e-12);

        // Ensembles: unit rows averaged and normalised, or plain means.
        const auto unit = ensembleEmbedding({{2.0f, 0.0f}, {0.0f, 1.0f}}, true);
        QVERIFY(std::abs(unit[0] - float(M_SQRT1_2)) < 1e-6f &&
                std::abs(unit[1] - float(M_SQRT1_2)) < 1e-6f);
        const auto plain = ensembleEmbedding({{2.0f, 0.0f}, {0.0f, 1.0f}}, false);
        QCOMPARE(plain, (std::vector<float>{1.0f, 0.5f}));
    }

    void promptsAreEncodedOnce() {
        auto encoder = openEncoder(m_bundle);
        TextEmbeddingCache cache(*encoder);
        auto a = cache.ensemble(
            {QStringLiteral("Chest pneumothorax"), QStringLiteral("Chest No findings")});
        QVERIFY(a.has_value());
        QCOMPARE(cache.encodedTexts(), 2);
        auto again = cache.ensemble({QStringLiteral("Chest No findings")});
        QCOMPARE(cache.encodedTexts(), 2);
        auto direct = encoder->encodeTexts({QStringLiteral("Chest No findings")});
        const auto unit = ensembleEmbedding({std::vector<float>(direct->data)}, true);
        for (size_t i = 0; i < unit.size(); ++i)
            QVERIFY(std::abs((*again)[i] - unit[i]) < 1e-6f);
        (void)cache.ensemble({QStringLiteral("Chest effusion")});
        QCOMPARE(cache.encodedTexts(), 3);

        PromptSet study = *PromptSet::preset(QStringLiteral("faimi2025"));
        const ConditionPrompts p = study.forCondition(QStringLiteral("Pleural Effusion"));
        QCOMPARE(p.positive, QStringList{QStringLiteral("Chest Pleural Effusion")});
        QCOMPARE(p.negative, QStringList{QStringLiteral("Chest No findings")});
        QVERIFY(!PromptSet::preset(QStringLiteral("nonsense")));
    }
};

QTEST_GUILESS_MAIN(TestInference)
#include "test_inference.moc"

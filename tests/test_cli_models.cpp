#include "embedding/npy.h"
#include "models/modelbundle.h"

#include "modelfixtures.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;
using test::runCli;

namespace {

QStringList lines(const QByteArray& text) {
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<QStringList> readCsv(const QString& path) {
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QString& line : lines(file.readAll()))
        rows << line.split(QLatin1Char(','));
    return rows;
}

qint64 partBytes(const QString& store) {
    qint64 total = 0;
    for (const QString& segment : QDir(store).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QFileInfo& part :
             QDir(QDir(store).filePath(segment)).entryInfoList({QStringLiteral("part-*.bin")}))
            total += part.size();
    return total;
}

} // namespace

class TestCliModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_nih;
    QString m_bundle;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        const auto demo =
            runCli({"demo", "--out", path("demo"), "--nih", "120", "--mimic", "0", "--size", "64"});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_nih = path("demo/nih");
        m_bundle = test::writeTinyBundle(QDir(m_dir.path()), QStringLiteral("tiny"));
    }

    void modelInfo() {
        const auto info = runCli({"model", "info", m_bundle, "--json"});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(info.out).object();
        auto bundle = readModelBundle(m_bundle);
        QVERIFY(bundle.has_value());
        QCOMPARE(json[QStringLiteral("sha256")].toString(), bundle->contentHash);
        QCOMPARE(
            json[QStringLiteral("manifest")].toObject()[QStringLiteral("embedding_dim")].toInt(),
            4);
        const QJsonObject check = json[QStringLiteral("check")].toObject();
        QVERIFY(check[QStringLiteral("ok")].toBool());
        QCOMPARE(check[QStringLiteral("image")].toObject()[QStringLiteral("shape")].toArray(),
                 QJsonArray({1, 4}));
        // The probe image is 0.5 everywhere (8 x 8 after preprocessing): the tiny encoder's
        // output j is 0.5 times the sum of column j of its weights.
        const QJsonArray embedding =
            check[QStringLiteral("image")].toObject()[QStringLiteral("embedding")].toArray();
        QCOMPARE(embedding.size(), qsizetype(4));
        for (int j = 0; j < 4; ++j) {
            double expected = 0.0;
            for (int i = 0; i < 64; ++i)
                expected += 0.5 * double((i * 7 + j * 3) % 11 - 5) / 10.0;
            QVERIFY(std::abs(embedding[j].toDouble() - expected) < 1e-5);
        }
        const auto text = runCli({"model", "info", m_bundle});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains(bundle->contentHash.toLatin1()));
        QVERIFY(text.out.contains("-> [1, 4]"));
        QVERIFY(text.out.contains("\"format_version\": 1"));
        // A bundle whose image encoder returns NaN fails its check, naming the bundle.
        test::TinyBundle broken;
        broken.imageSource = QStringLiteral("def forward(self, x: Tensor) -> Tensor:\n"
                                            "    return torch.matmul(x.flatten(1), self.w) / 0.0 "
                                            "* 0.0\n");
        const QString nan =
            test::writeTinyBundle(QDir(m_dir.path()), QStringLiteral("nan"), broken);
        const auto failed = runCli({"model", "info", nan});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("nan.cxrmodel") && failed.err.contains("NaN"),
                 failed.err.constData());
        QCOMPARE(runCli({"model", "info"}).exitCode, 1);
    }

    void tokenize() {
        const QString shared = qEnvironmentVariable("CXRFAIR_SHARED_DIR");
        const QString vocab =
            QDir(shared).filePath("reference/clip-bpe/bpe_simple_vocab_16e6.txt.gz");
        if (!shared.isEmpty() && QFile::exists(vocab)) {
            const auto r = runCli({"tokenize", "--tokenizer", "clip-bpe", "--vocab", vocab,
                                   "Chest Pneumothorax", "no pneumothorax"});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(QString::fromUtf8(r.out),
                     QStringLiteral("49406 10563 28714 617 4130 9203 49407\n"
                                    "49406 871 28714 617 4130 9203 49407\n"));
        }
        const QString words = QDir(m_bundle).filePath("vocab.txt");
        const auto wp = runCli({"tokenize", "--tokenizer", "wordpiece", "--vocab", words,
                                "--lowercase", "Chest: no findings", "pneumothorax"});
        QCOMPARE(wp.exitCode, 0);
        QCOMPARE(QString::fromUtf8(wp.out), QStringLiteral("2 4 1 5 6 3\n2 7 3\n"));
        const auto context = runCli({"tokenize", "--tokenizer", "wordpiece", "--vocab", words,
                                     "--context", "3", "chest no"});
        QCOMPARE(QString::fromUtf8(context.out), QStringLiteral("2 4 3\n"));

        const auto noVocab = runCli({"tokenize", "--tokenizer", "wordpiece", "text"});
        QCOMPARE(noVocab.exitCode, 1);
        QCOMPARE(lines(noVocab.err).size(), 1);
        const auto badKind =
            runCli({"tokenize", "--tokenizer", "sentencepiece", "--vocab", words, "x"});
        QCOMPARE(badKind.exitCode, 1);
        const auto missing =
            runCli({"tokenize", "--tokenizer", "wordpiece", "--vocab", path("absent.txt"), "x"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("absent.txt"));
    }

    void embedScoreAndMetrics() {
        const QString store = path("store");
        const auto first = runCli({"embed", "--format", "nih", "--root", m_nih, "--model", m_bundle,
                                   "--out", store, "--batch", "16"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("Encoded 120 images"), first.out.constData());
        const auto second = runCli(
            {"embed", "--format", "nih", "--root", m_nih, "--model", m_bundle, "--out", store});
        QVERIFY(second.exitCode == 0);
        QVERIFY2(second.out.contains("120 already stored, 0 encoded"), second.out.constData());

        const QString scores = path("scores.csv");
        const auto score = runCli({"score", "--store", store, "--model", m_bundle, "--out", scores,
                                   "--conditions", "Pneumothorax,Pleural Effusion"});
        QVERIFY2(score.exitCode == 0, score.err.constData());
        const auto rows = readCsv(scores);
        QCOMPARE(
            rows.front().join(QLatin1Char(',')),
            QStringLiteral("model,condition,sample_id,patient_id,label,score,sex,age,view,drain"));
        QCOMPARE(rows.size(), 1 + 2 * 120);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const double s = rows[i][5].toDouble();
            QVERIFY(s > 0.0 && s < 1.0);
            QVERIFY(rows[i][4] == QStringLiteral("0") || rows[i][4] == QStringLiteral("1"));
        }
        const auto metrics = runCli({"metrics", "--scores", scores, "--out", path("metrics.csv"),
                                     "--bootstrap", "20", "--confounder", "drain"});
        QVERIFY2(metrics.exitCode == 0, metrics.err.constData());

        // A prompt file: only the prompts are encoded again; the images are not.
        test::writeFile(QDir(m_dir.path()), QStringLiteral("prompts.json"),
                        R"({"conditions": {"Pneumothorax": {"positive": ["pneumothorax"],
                             "negative": ["no pneumothorax", "chest"]}}})");
        const auto custom = runCli({"score", "--store", store, "--model", m_bundle, "--prompts",
                                    path("prompts.json"), "--out", path("custom.csv"),
                                    "--conditions", "Pneumothorax"});
        QVERIFY2(custom.exitCode == 0, custom.err.constData());
        QVERIFY2(custom.out.contains("3 prompts encoded"), custom.out.constData());
        QCOMPARE(readCsv(path("custom.csv")).size(), 121);
        QVERIFY(readCsv(path("custom.csv"))[1][5] != readCsv(scores)[1][5]);
    }

    void exportAndImport() {
        const QString store = path("store");
        const auto exported = runCli({"embeddings", "export", "--store", store, "--out",
                                      path("x.npy"), "--keys", path("keys.csv")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        auto x = readNpy(path("x.npy"));
        QVERIFY(x.has_value());
        QCOMPARE(x->rows, 120);
        QCOMPARE(x->cols, 4);
        const auto keys = readCsv(path("keys.csv"));
        QCOMPARE(keys.size(), 121);
        QCOMPARE(keys.front().mid(0, 4), QStringList({"index", "sample_id", "patient_id", "path"}));
        QVERIFY(keys.front().contains(QStringLiteral("Pneumothorax")));

        // The probe reads the export as it is.
        const auto probe = runCli({"probe", "--embeddings", path("x.npy"), "--table",
                                   path("keys.csv"), "--target", "sex", "--bootstrap", "10"});
        QVERIFY2(probe.exitCode == 0, probe.err.constData());

        // Import as "embeddings only", export again: the same array.
        const auto imported =
            runCli({"embeddings", "import", "--embeddings", path("x.npy"), "--keys",
                    path("keys.csv"), "--name", "study-arrays", "--out", path("imported")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto again =
            runCli({"embeddings", "export", "--store", path("imported"), "--segment",
                    "study-arrays", "--out", path("y.npy"), "--keys", path("keys2.csv")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QFile a(path("x.npy"));
        QFile b(path("y.npy"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());

        // Misaligned keys: an error naming the file.
        test::writeFile(QDir(m_dir.path()), QStringLiteral("short.csv"), "sample_id\na\nb\n");
        const auto misaligned = runCli({"embeddings", "import", "--embeddings", path("x.npy"),
                                        "--keys", path("short.csv"), "--out", path("imported2")});
        QCOMPARE(misaligned.exitCode, 1);
        QVERIFY(misaligned.err.contains("short.csv"));
        QVERIFY(misaligned.err.contains("2 rows of keys for 120 embeddings"));
    }

    void malformedInput() {
        const auto noBundle = runCli({"embed", "--format", "nih", "--root", m_nih, "--model",
                                      path("absent.cxrmodel"), "--out", path("s2")});
        QCOMPARE(noBundle.exitCode, 1);
        QCOMPARE(lines(noBundle.err).filter(QStringLiteral("cxrfair-cli:")).size(), 1);
        QVERIFY(noBundle.err.contains("absent.cxrmodel"));
        const auto noStore = runCli(
            {"score", "--store", path("nowhere"), "--model", m_bundle, "--out", path("s.csv")});
        QCOMPARE(noStore.exitCode, 1);
        QVERIFY(noStore.err.contains("nowhere"));
        const auto badShard = runCli(
            {"embed", "--root", m_nih, "--model", m_bundle, "--out", path("s3"), "--shard", "3/3"});
        QCOMPARE(badShard.exitCode, 1);
        const auto badDevice = runCli({"embed", "--root", m_nih, "--model", m_bundle, "--out",
                                       path("s3"), "--device", "tpu"});
        QCOMPARE(badDevice.exitCode, 1);
        // Another dataset into the same store is refused.
        QTemporaryDir other;
        const auto demo =
            runCli({"demo", "--out", other.path(), "--nih", "30", "--mimic", "0", "--size", "64"});
        QCOMPARE(demo.exitCode, 0);
        const auto mixed = runCli({"embed", "--root", other.path() + QStringLiteral("/nih"),
                                   "--model", m_bundle, "--out", path("store")});
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY(mixed.err.contains("another store folder"));
    }

    void resumesAfterSigkill() {
        // A slow encoder (about 40 ms per batch of two) with the tiny model's outputs.
        test::TinyBundle slow;
        slow.imageSource =
            QStringLiteral("def forward(self, x: Tensor) -> Tensor:\n"
                           "    s = torch.ones([192, 192]) * 0.01\n"
                           "    for i in range(60):\n"
                           "        s = torch.tanh(torch.matmul(s, s))\n"
                           "    return torch.matmul(x.flatten(1), self.w) + 0.0 * s.sum()\n");
        const QString bundle =
            test::writeTinyBundle(QDir(m_dir.path()), QStringLiteral("slow"), slow);
        const QString store = path("killed");
        const QStringList args = {"embed",   "--format",  "nih",   "--root", m_nih,
                                  "--model", bundle,      "--out", store,    "--batch",
                                  "2",       "--threads", "1"};
        QProcess process;
        process.start(test::cliPath(), args);
        QVERIFY(process.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (partBytes(store) < 600 && timer.elapsed() < 60000 &&
               process.state() == QProcess::Running)
            QTest::qWait(5);
        QVERIFY2(process.state() == QProcess::Running, "the run ended before it could be killed");
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished());
        const qint64 killedAt = partBytes(store);
        QVERIFY(killedAt > 0);

        const auto resumed = runCli(args);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const QString text = QString::fromUtf8(resumed.out);
        QVERIFY2(!text.contains(QStringLiteral(" 0 already stored")), resumed.out.constData());
        QVERIFY2(!text.contains(QStringLiteral(" 0 encoded")), resumed.out.constData());

        // Every image once, and the same vectors as the fast model's uninterrupted run.
        const auto exported = runCli({"embeddings", "export", "--store", store, "--out",
                                      path("k.npy"), "--keys", path("k.csv")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const auto keys = readCsv(path("k.csv"));
        QCOMPARE(keys.size(), 121);
        QSet<QString> ids;
        for (qsizetype i = 1; i < keys.size(); ++i)
            ids.insert(keys[i][1]);
        QCOMPARE(ids.size(), 120);
        const auto reference = runCli({"embeddings", "export", "--store", path("store"), "--out",
                                       path("r.npy"), "--keys", path("r.csv")});
        QCOMPARE(reference.exitCode, 0);
        const auto referenceKeys = readCsv(path("r.csv"));
        auto killed = readNpy(path("k.npy"));
        auto fresh = readNpy(path("r.npy"));
        QHash<QString, qint64> rowOf;
        for (qsizetype i = 1; i < referenceKeys.size(); ++i)
            rowOf.insert(referenceKeys[i][1], i - 1);
        for (qsizetype i = 1; i < keys.size(); ++i) {
            const qint64 r = rowOf.value(keys[i][1], -1);
            QVERIFY(r >= 0);
            for (int j = 0; j < 4; ++j)
                QVERIFY(std::abs(killed->row(i - 1)[j] - fresh->row(r)[j]) <= 1e-5f);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "test_cli_models.moc"

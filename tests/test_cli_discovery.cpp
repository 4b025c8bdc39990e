// cxrfair-cli tags and slices as a user runs them: on a demo store, from files and from the
// store, with the same bytes at any thread count, and on broken input.
#include "testsupport.h"

#include "data/csvreader.h"
#include "demo/demogenerator.h"
#include "discovery/tags.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;
using namespace cxrfair::test;

namespace {

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QByteArray> lines(const QString& path) {
    QList<QByteArray> out = contents(path).split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestCliDiscovery : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoResult m_demo;
    QString m_store;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void expectFailure(const QStringList& arguments, const char* fragment) {
        const ProcessResult r = runCli(arguments);
        QVERIFY2(r.exitCode == 1, qPrintable(QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(fragment), qPrintable(QString::fromUtf8(r.err)));
    }

private Q_SLOTS:
    void initTestCase() {
        auto demo = smallDemo(path(QStringLiteral("demo")), 900, 300);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        m_demo = *demo;
        m_store = path(QStringLiteral("store"));
        const ProcessResult embed = runCli(
            {"embed", "--root", m_demo.nihRoot, "--model", m_demo.modelPath, "--out", m_store});
        QVERIFY2(embed.exitCode == 0, embed.err.constData());
    }

    void tagsWriteOneScoreColumnPerTag() {
        const ProcessResult r =
            runCli({"tags", "--store", m_store, "--model", m_demo.modelPath, "--out",
                    path("tags.csv"), "--agreement", path("agreement.csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> rows = lines(path("tags.csv"));
        QStringList header = QString::fromUtf8(rows.first()).split(QLatin1Char(','));
        QCOMPARE(header.takeFirst(), QStringLiteral("sample_id"));
        QStringList builtIn = TagSet::builtIn().names();
        QCOMPARE(header, builtIn);
        QCOMPARE(rows.size(), 901);
        for (const QByteArray& row : rows.mid(1)) {
            const QList<QByteArray> cells = row.split(',');
            QCOMPARE(cells.size(), header.size() + 1);
            for (const QByteArray& cell : cells.mid(1)) {
                bool ok = false;
                const double v = cell.toDouble(&ok);
                QVERIFY(ok && v >= 0.0 && v <= 1.0);
            }
        }
        // NEATX drains: the drain tag against them, with an interval.
        const QList<QByteArray> agreement = lines(path("agreement.csv"));
        QCOMPARE(agreement.size(), 2);
        QVERIFY(agreement[1].startsWith("chest_drain,drain,"));
        QVERIFY(r.out.contains("chest_drain against the annotation 'drain': AUC"));
    }

    void userTagsAddToTheBuiltInOnes() {
        const QString file = writeFile(
            QDir(path(QString())), QStringLiteral("mine.json"),
            R"({"name": "mine", "conditions": {"wires": {"positive": ["ECG wires"], "negative": ["no wires"]}}})");
        const ProcessResult r = runCli({"tags", "--store", m_store, "--model", m_demo.modelPath,
                                        "--out", path("mine.csv"), "--tags", file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(lines(path("mine.csv")).first().endsWith(",wires"));
        const QString defaults = writeFile(
            QDir(path(QString())), QStringLiteral("defaults.json"),
            R"({"default": {"positive": "a", "negative": "b"}, "conditions": {"x": {"positive": "a", "negative": "b"}}})");
        expectFailure({"tags", "--store", m_store, "--model", m_demo.modelPath, "--out",
                       path("x.csv"), "--tags", defaults},
                      "no \"default\"");
        const QString typo =
            writeFile(QDir(path(QString())), QStringLiteral("typo.json"),
                      R"({"conditions": {"x": {"positive": "a", "negativ": "b"}}})");
        expectFailure({"tags", "--store", m_store, "--model", m_demo.modelPath, "--out",
                       path("x.csv"), "--tags", typo},
                      "did you mean 'negative'");
        expectFailure({"tags", "--store", path("nowhere"), "--model", m_demo.modelPath, "--out",
                       path("x.csv")},
                      "nowhere");
    }

    void slicesFromFilesAndFromTheStoreAgree() {
        QVERIFY(runCli({"embeddings", "export", "--store", m_store, "--out", path("X.npy"),
                        "--keys", path("K.csv")})
                    .exitCode == 0);
        QVERIFY(runCli({"score", "--store", m_store, "--model", m_demo.modelPath, "--out",
                        path("S.csv")})
                    .exitCode == 0);
        const ProcessResult files =
            runCli({"slices", "--embeddings", path("X.npy"), "--keys", path("K.csv"), "--scores",
                    path("S.csv"), "--condition", "Pneumothorax", "--out", path("files.csv"),
                    "--members", path("members.csv"), "--resamples", "200"});
        QVERIFY2(files.exitCode == 0, files.err.constData());
        const QList<QByteArray> rows = lines(path("files.csv"));
        QCOMPARE(rows.first(),
                 QByteArray("slice,images,positives,auc,auc_rest,auc_diff,ci_low,ci_high,p,"
                            "description,enriched"));
        QVERIFY(rows.size() >= 2 && rows.size() <= 6);
        // Worst first.
        double previous = -2.0;
        for (const QByteArray& row : rows.mid(1)) {
            CsvReader::open(path("files.csv")); // readable as CSV
            const double diff = row.split(',')[5].toDouble();
            QVERIFY(diff >= previous);
            previous = diff;
        }
        // Every labelled pneumothorax image, with its slice and half.
        const QList<QByteArray> members = lines(path("members.csv"));
        QCOMPARE(members.first(), QByteArray("sample_id,slice,half"));
        int labelled = 0;
        for (const QByteArray& row : lines(path("S.csv")).mid(1))
            labelled += row.contains(",Pneumothorax,");
        QCOMPARE(members.size() - 1, labelled);
        for (const QByteArray& row : members.mid(1))
            QVERIFY(row.endsWith(",search") || row.endsWith(",evaluate"));

        // From the store: the same slices (the description then names phrases).
        const ProcessResult store =
            runCli({"slices", "--store", m_store, "--model", m_demo.modelPath, "--condition",
                    "Pneumothorax", "--out", path("store.csv"), "--resamples", "200"});
        QVERIFY2(store.exitCode == 0, store.err.constData());
        const QList<QByteArray> fromStore = lines(path("store.csv"));
        QCOMPARE(fromStore.size(), rows.size());
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(fromStore[i].split(',').mid(0, 9), rows[i].split(',').mid(0, 9));
    }

    void sameBytesAtAnyThreadCount() {
        for (const char* threads : {"1", "2"}) {
            const ProcessResult r =
                runCli({"slices", "--store", m_store, "--model", m_demo.modelPath, "--condition",
                        "Pneumothorax", "--out", path(QStringLiteral("t%1.csv").arg(threads)),
                        "--members", path(QStringLiteral("m%1.csv").arg(threads)), "--threads",
                        threads, "--seed", "7", "--resamples", "100"});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(contents(path("t1.csv")), contents(path("t2.csv")));
        QCOMPARE(contents(path("m1.csv")), contents(path("m2.csv")));
    }

    void termsNameTheSlices() {
        const QString terms = writeFile(QDir(path(QString())), QStringLiteral("terms.txt"),
                                        "chest tube\r\npacemaker\n\nelderly patient\n");
        const ProcessResult r = runCli({"slices", "--store", m_store, "--model", m_demo.modelPath,
                                        "--condition", "Pneumothorax", "--out", path("named.csv"),
                                        "--terms", terms, "--resamples", "50"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QByteArray& row : lines(path("named.csv")).mid(1)) {
            const QString text = QString::fromUtf8(row);
            QVERIFY2(text.contains(QStringLiteral("chest tube")) ||
                         text.contains(QStringLiteral("pacemaker")) ||
                         text.contains(QStringLiteral("elderly patient")),
                     qPrintable(text));
        }
    }

    void brokenInputIsAClearError() {
        const QStringList files = {"slices",      "--embeddings", path("X.npy"),
                                   "--keys",      path("K.csv"),  "--scores",
                                   path("S.csv"), "--out",        path("bad.csv")};
        expectFailure(files + QStringList{"--condition", "Fracture"}, "no condition 'Fracture'");
        expectFailure(files + QStringList{"--condition", "Pneumothorax", "--k", "0"},
                      "--k takes a whole number from 1 to 100");
        expectFailure(files + QStringList{"--condition", "Pneumothorax", "--k", "five"}, "'five'");
        expectFailure({"slices", "--condition", "Pneumothorax", "--out", path("bad.csv")},
                      "give --embeddings");
        expectFailure(files + QStringList{"--condition", "Pneumothorax", "--store", m_store},
                      "give --embeddings");
        // Keys that do not align with the array.
        QList<QByteArray> keys = lines(path("K.csv"));
        keys.removeLast();
        const QString shortKeys =
            writeFile(QDir(path(QString())), QStringLiteral("short.csv"), keys.join('\n') + '\n');
        expectFailure({"slices", "--embeddings", path("X.npy"), "--keys", shortKeys, "--scores",
                       path("S.csv"), "--condition", "Pneumothorax", "--out", path("bad.csv")},
                      "must align");
        // Text embeddings with a row per term, or an error naming both files.
        const QString terms = writeFile(QDir(path(QString())), QStringLiteral("two.txt"), "a\nb\n");
        expectFailure(files + QStringList{"--condition", "Pneumothorax", "--terms", terms,
                                          "--text-embeddings", path("X.npy")},
                      "rows of text embeddings for 2 terms");
        expectFailure(
            files + QStringList{"--condition", "Pneumothorax", "--text-embeddings", path("X.npy")},
            "needs --terms");
        const QString truncated = writeFile(QDir(path(QString())), QStringLiteral("cut.npy"),
                                            contents(path("X.npy")).left(200));
        expectFailure({"slices", "--embeddings", truncated, "--keys", path("K.csv"), "--scores",
                       path("S.csv"), "--condition", "Pneumothorax", "--out", path("bad.csv")},
                      "cut.npy");
        QVERIFY(!QFile::exists(path("bad.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliDiscovery)
#include "test_cli_discovery.moc"

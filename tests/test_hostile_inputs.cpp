// Hostile and unusual inputs for every reader and command, as a user meets them: each case
// writes its input, runs cxrfair-cli as a process and checks the outcome it must have: the
// same result as the clean input, a named error with exit status 1, or a counted problem with
// the rest kept. Nothing may crash, hang or print without bound.

#include "hostile/hostilecases.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <functional>

using namespace cxrfair;
using namespace cxrfair::hostile;

class TestHostileInputs : public QObject {
    Q_OBJECT

    Fixture m_fixture;
    QList<Case> m_cases;
    int m_passed = 0;

    static ProcessResult run(const QStringList& arguments, int timeoutMs = 60000) {
        return test::runProcess(test::cliPath(), arguments, {}, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        Fixture& f = m_fixture;
        QVERIFY(f.dir.isValid());
        f.demo = f.dir.filePath(QStringLiteral("demo"));
        const ProcessResult demo =
            run({"demo", "--out", f.demo, "--nih", "60", "--mimic", "60", "--size", "64"});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        f.nih = f.demo + QStringLiteral("/nih");
        f.mimic = f.demo + QStringLiteral("/mimic");
        f.model = f.demo + QStringLiteral("/demo-clip.cxrmodel");
        f.store = f.dir.filePath(QStringLiteral("store"));
        const ProcessResult nih = run({"dataset", "summary", "--root", f.nih});
        QCOMPARE(nih.exitCode, 0);
        f.nihImages = lineStarting(nih.out, "Images");
        QVERIFY(f.nihImages.contains("in the cohort"));
        const ProcessResult mimic = run({"dataset", "summary", "--root", f.mimic});
        QCOMPARE(mimic.exitCode, 0);
        f.mimicImages = lineStarting(mimic.out, "Images");
        const ProcessResult embed =
            run({"embed", "--root", f.nih, "--model", f.model, "--out", f.store});
        QVERIFY2(embed.exitCode == 0, embed.err.constData());
        f.scores = f.dir.filePath(QStringLiteral("scores.csv"));
        const ProcessResult score =
            run({"score", "--store", f.store, "--model", f.model, "--out", f.scores});
        QVERIFY2(score.exitCode == 0, score.err.constData());
        f.npy = f.dir.filePath(QStringLiteral("x.npy"));
        f.keys = f.dir.filePath(QStringLiteral("k.csv"));
        const ProcessResult exported =
            run({"embeddings", "export", "--store", f.store, "--out", f.npy, "--keys", f.keys});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.out.contains("Exported 60 embeddings"));
        const ProcessResult metrics = run({"metrics", "--scores", f.scores, "--bootstrap", "20",
                                           "--out", f.dir.filePath(QStringLiteral("metrics.csv"))});
        QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
        f.metricsClean = readAll(f.dir.filePath(QStringLiteral("metrics.csv")));
        m_cases = tableCases() + fileCases();
    }

    void everyCase_data() {
        QTest::addColumn<int>("index");
        const QList<Case> all = tableCases() + fileCases();
        for (int i = 0; i < int(all.size()); ++i)
            QTest::newRow(qPrintable(all[i].name)) << i;
    }

    void everyCase() {
        QFETCH(int, index);
        const Case& c = m_cases[index];
        const QStringList arguments = c.arrange(m_fixture);
        QElapsedTimer clock;
        clock.start();
        const ProcessResult r = run(arguments, c.timeoutMs);
        const QByteArray said = r.out + r.err;
        const QByteArray shown = said.left(3000);
        QVERIFY2(r.exitCode == c.exitCode,
                 qPrintable(QStringLiteral("exit status %1, not %2 (%3 ms): %4")
                                .arg(r.exitCode)
                                .arg(c.exitCode)
                                .arg(clock.elapsed())
                                .arg(QString::fromUtf8(shown))));
        // Bounded output: a message never quotes a whole file.
        QVERIFY2(said.size() < (1 << 20),
                 qPrintable(QStringLiteral("%1 bytes of output").arg(said.size())));
        if (c.exitCode == 1)
            QVERIFY2(r.err.startsWith("cxrfair-cli: ") || r.err.contains("\ncxrfair-cli: "),
                     shown.constData());
        for (const QByteArray& expected : c.said)
            QVERIFY2(said.contains(expected),
                     qPrintable(QStringLiteral("'%1' not said: %2")
                                    .arg(QString::fromUtf8(expected), QString::fromUtf8(shown))));
        if (c.sameAs) {
            const QByteArray reference = c.sameAs(m_fixture);
            QVERIFY(!reference.isEmpty());
            if (reference.contains('\n')) // a whole output file: the metrics
                QCOMPARE(readAll(arguments.last()), reference);
            else
                QVERIFY2(said.contains(reference), shown.constData());
        }
        ++m_passed;
    }

    /// A full disk, as a file-size limit makes it (ulimit -f): each command stops with a clear
    /// error, the store stays readable and a rerun completes it; earlier results stay whole.
    void aFullDiskStopsCleanly() {
        Fixture& f = m_fixture;
        auto limited = [](int kilobytes, const QStringList& arguments) {
            return test::runProcess(
                QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("ulimit -f %1; exec \"$0\" \"$@\"").arg(kilobytes / 1)} +
                    QStringList{test::cliPath()} + arguments);
        };
        const QString store = f.caseDir() + QStringLiteral("/store");
        const QStringList embed{"embed", "--root", f.nih, "--model", f.model, "--out", store};
        // ulimit -f counts blocks of 1024 bytes in sh: 4 KB holds about 20 records.
        const ProcessResult full = limited(4, embed);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("disk full"), full.err.constData());
        QVERIFY2(full.err.contains(store.toUtf8()), full.err.constData());
        const ProcessResult resumed = run(embed);
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY2(resumed.out.contains("60 images") || resumed.out.contains("Images 60"),
                 resumed.out.constData());
        QVERIFY2(!resumed.out.contains(" 0 already stored"), resumed.out.constData());
        const ProcessResult exported = run({"embeddings", "export", "--store", store, "--out",
                                            store + "/x.npy", "--keys", store + "/k.csv"});
        QVERIFY2(exported.out.contains("Exported 60 embeddings"), exported.out.constData());
        QVERIFY2(!exported.err.contains("damaged"), exported.err.constData());

        // Metrics over an earlier file: the earlier file is kept whole.
        const QString metrics = f.caseDir() + QStringLiteral("/metrics.csv");
        writeAll(metrics, f.metricsClean);
        const ProcessResult metricsFull =
            limited(4, {"metrics", "--scores", f.scores, "--bootstrap", "20", "--out", metrics});
        QCOMPARE(metricsFull.exitCode, 1);
        QVERIFY2(metricsFull.err.contains("metrics.csv"), metricsFull.err.constData());
        QCOMPARE(readAll(metrics), f.metricsClean);
        QVERIFY(QDir(QFileInfo(metrics).absolutePath())
                    .entryList({QStringLiteral("*.partial*")}, QDir::Files)
                    .isEmpty());

        // An export of arrays over an earlier one.
        const QString npy = f.caseDir() + QStringLiteral("/x.npy");
        writeAll(npy, readAll(f.npy));
        const ProcessResult npyFull =
            limited(2, {"embeddings", "export", "--store", f.store, "--out", npy, "--keys",
                        QFileInfo(npy).dir().filePath(QStringLiteral("k.csv"))});
        QCOMPARE(npyFull.exitCode, 1);
        QVERIFY2(npyFull.err.contains("x.npy"), npyFull.err.constData());
        QCOMPARE(readAll(npy), readAll(f.npy));
    }

    void cleanupTestCase() {
        qInfo("%d hostile inputs, %d handled as they must be", int(m_cases.size()), m_passed);
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "test_hostile_inputs.moc"

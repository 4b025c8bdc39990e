// cxrfair-cli audit end to end on a generated demo: the outputs, their reproducibility across
// thread counts and after a killed run, the manifest, the report and bad configurations.
#include "audit/auditpreset.h"
#include "audit/project.h"
#include "data/csvreader.h"
#include "inference/embeddingimport.h"
#include "inference/embeddingstore.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

using namespace cxrfair;
using test::runCli;

namespace {

/// The CSV, JSON, LaTeX and text outputs of an audit folder (not the stores), relative.
QStringList tableOutputs(const QString& dir) {
    QStringList files;
    QDirIterator it(dir,
                    {QStringLiteral("*.csv"), QStringLiteral("*.json"), QStringLiteral("*.tex"),
                     QStringLiteral("*.txt")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = QDir(dir).relativeFilePath(it.next());
        if (!f.startsWith(QStringLiteral("stores/")))
            files << f;
    }
    files.sort();
    return files;
}

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path) {
    return QJsonDocument::fromJson(contents(path)).object();
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_model;
    QString m_config;

    QStringList presetArguments(const QString& out) const {
        return {QStringLiteral("audit"),
                QStringLiteral("--preset"),
                QStringLiteral("faimi2025"),
                QStringLiteral("--mimic"),
                m_demo + QStringLiteral("/mimic"),
                QStringLiteral("--nih"),
                m_demo + QStringLiteral("/nih"),
                QStringLiteral("--model"),
                m_model,
                QStringLiteral("--bootstrap"),
                QStringLiteral("200"),
                QStringLiteral("--out"),
                out};
    }

    /// Every table output of `a` equals that of `b`, byte for byte.
    static void compareOutputs(const QString& a, const QString& b) {
        const QStringList files = tableOutputs(a);
        QCOMPARE(tableOutputs(b), files);
        QVERIFY(files.size() >= 10);
        for (const QString& f : files)
            QVERIFY2(contents(QDir(a).filePath(f)) == contents(QDir(b).filePath(f)),
                     qPrintable(f + QStringLiteral(" differs")));
    }

private Q_SLOTS:
    void initTestCase() {
        m_demo = m_dir.filePath(QStringLiteral("demo"));
        const auto demo =
            runCli({"demo", "--out", m_demo, "--nih", "500", "--mimic", "400", "--size", "128"});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_model = m_demo + QStringLiteral("/demo-clip.cxrmodel");
    }

    void presetAuditWritesEverything() {
        const QString out = m_dir.filePath(QStringLiteral("a1"));
        QStringList arguments = presetArguments(out);
        arguments << QStringLiteral("--threads") << QStringLiteral("1");
        const auto r = runCli(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("report: "));
        QVERIFY(r.err.contains("mimic: encoding the images")); // progress on the terminal
        const QDir dir(out);
        for (const char* f : {"config.json",
                              "manifest.json",
                              "methods.txt",
                              "report.html",
                              "report.pdf",
                              "mimic/scores.csv",
                              "mimic/metrics.csv",
                              "mimic/metrics.json",
                              "mimic/thresholds.csv",
                              "mimic/calibration.csv",
                              "mimic/table-auc.tex",
                              "mimic/embeddings/probes.csv",
                              "mimic/embeddings/cxrfair-demo-clip-pca.csv",
                              "mimic/figures/auc-cxrfair-demo-clip-age.png",
                              "mimic/figures/auc-cxrfair-demo-clip-age.svg",
                              "mimic/figures/auc-cxrfair-demo-clip-age.pdf",
                              "mimic/figures/auc-cxrfair-demo-clip-sex-x-age.png",
                              "mimic/figures/pca-cxrfair-demo-clip-race.png",
                              "mimic/figures/probes-cxrfair-demo-clip.png",
                              "mimic/figures/pareto-age.png",
                              "mimic/summary.csv",
                              "mimic/xauc.csv",
                              "nih/metrics.csv",
                              "nih/figures/shortcut.svg"})
            QVERIFY2(QFileInfo(dir.filePath(QLatin1String(f))).size() > 0, f);
        QVERIFY(contents(dir.filePath(QStringLiteral("report.pdf"))).startsWith("%PDF-"));
        // The figures at the default "figures": a double column (180 mm) at 300 dpi.
        const QImage auc(
            dir.filePath(QStringLiteral("mimic/figures/auc-cxrfair-demo-clip-age.png")));
        QVERIFY(std::abs(auc.width() * 1000.0 / auc.dotsPerMeterX() - 180.0) < 0.5);
        QCOMPARE(auc.dotsPerMeterX(), 11811);

        // The preset's protocol: MIMIC's six conditions, NIH's pneumothorax on the test split.
        const QByteArray mimicScores = contents(dir.filePath(QStringLiteral("mimic/scores.csv")));
        for (const char* c : {"Atelectasis", "Cardiomegaly", "Consolidation", "Pleural Effusion",
                              "Pneumonia", "Pneumothorax"})
            QVERIFY2(mimicScores.contains(QByteArray(",") + c + ","), c);
        const QByteArray nihMetrics = contents(dir.filePath(QStringLiteral("nih/metrics.csv")));
        QVERIFY(nihMetrics.contains("shortcut:drain"));
        QVERIFY(!nihMetrics.contains(",Effusion,"));

        // The manifest: every input's hash, and the hash of every table output.
        const QJsonObject manifest = readJson(dir.filePath(QStringLiteral("manifest.json")));
        const QJsonArray models = manifest[QStringLiteral("models")].toArray();
        QCOMPARE(models.size(), qsizetype(1));
        const QString bundleHash = models[0].toObject()[QStringLiteral("sha256")].toString();
        QCOMPARE(bundleHash.size(), qsizetype(64));
        const QJsonArray datasets = manifest[QStringLiteral("datasets")].toArray();
        QCOMPARE(datasets.size(), qsizetype(2));
        for (const QJsonValue& d : datasets) {
            const QJsonObject o = d.toObject();
            const QString root = m_demo + QLatin1Char('/') + o[QStringLiteral("format")].toString();
            QVERIFY(!o[QStringLiteral("tables")].toArray().isEmpty());
            for (const QJsonValue& t : o[QStringLiteral("tables")].toArray()) {
                const QString file = QDir(root).filePath(t[QStringLiteral("file")].toString());
                QCOMPARE(t[QStringLiteral("sha256")].toString(), fileSha256(file));
            }
        }
        const QJsonArray outputs = manifest[QStringLiteral("outputs")].toArray();
        QVERIFY(outputs.size() >= 10);
        for (const QJsonValue& o : outputs)
            QCOMPARE(o[QStringLiteral("sha256")].toString(),
                     fileSha256(dir.filePath(o[QStringLiteral("file")].toString())));
        QVERIFY(manifest[QStringLiteral("complete")].toBool());

        // The methods paragraph names the model with its hash, the counts and the statistics.
        const QString methods =
            QString::fromUtf8(contents(dir.filePath(QStringLiteral("methods.txt"))));
        QVERIFY(methods.contains(bundleHash.left(16)));
        QVERIFY(methods.contains(QStringLiteral("200 resamples of patients")));
        QVERIFY(methods.contains(QStringLiteral("seed 2025")));
        const QString html =
            QString::fromUtf8(contents(dir.filePath(QStringLiteral("report.html"))));
        QVERIFY(html.contains(methods.trimmed().toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
        // The sections that tell a gap from noise.
        for (const char* section :
             {"Worst groups, gaps and ES-AUC", "Cross-group AUC",
              "Gaps after matching on covariates", "Representation shift between groups"})
            QVERIFY2(html.contains(QLatin1String(section)), section);
        QVERIFY(!html.contains(QStringLiteral("Reproduction of the published results")));
        QVERIFY(!html.contains(QStringLiteral("src=\"file:")));

        // The LaTeX table: one row per model, one column per condition and the mean.
        const QString tex =
            QString::fromUtf8(contents(dir.filePath(QStringLiteral("mimic/table-auc.tex"))));
        QVERIFY(tex.contains(QStringLiteral("\\begin{tabular}{lccccccc}")));
        QVERIFY(tex.contains(QStringLiteral("cxrfair demo CLIP & $")));
        QCOMPARE(tex.count(QStringLiteral("\\pm")), 6 + 1); // six cells and the caption

        // The configuration written beside the results reads back as the same audit.
        auto config = Project::read(dir.filePath(QStringLiteral("config.json")));
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->datasets.size(), size_t(2));
        QCOMPARE(config->datasets[1].conditions, QStringList{QStringLiteral("Pneumothorax")});
        QCOMPARE(config->datasets[1].settings.splits, QStringList{QStringLiteral("test")});
        QCOMPARE(config->audit.statistics.bootstrap.resamples, 200);
        m_config = dir.filePath(QStringLiteral("config.json"));
    }

    void timingsRecordEachStage() {
        const QString out = m_dir.filePath(QStringLiteral("timed"));
        const QString timings = m_dir.filePath(QStringLiteral("timings.csv"));
        QStringList arguments = presetArguments(out);
        arguments << QStringLiteral("--no-figures") << QStringLiteral("--timings") << timings;
        QElapsedTimer wall;
        wall.start();
        const auto r = runCli(arguments);
        const double seconds = double(wall.elapsed()) / 1000.0;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(timings);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("stage,seconds,peak_rss_mib"));
        QMap<QString, QPair<double, double>> stages;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QCOMPARE(cells.size(), 3);
            stages.insert(QString::fromUtf8(cells[0]), {cells[1].toDouble(), cells[2].toDouble()});
        }
        for (const char* stage :
             {"mimic: cohort", "mimic: cxrfair demo CLIP: encode",
              "mimic: cxrfair demo CLIP: score", "mimic: cxrfair demo CLIP: PCA",
              "mimic: cxrfair demo CLIP: probe sex", "mimic: metrics", "mimic: tables",
              "nih: cohort", "nih: metrics", "report"})
            QVERIFY2(stages.contains(QLatin1String(stage)), stage);
        double total = 0.0;
        for (const auto& [stageSeconds, peak] : stages) {
            QVERIFY(stageSeconds >= 0.0);
            QVERIFY(peak > 10.0 && peak < 8192.0);
            total += stageSeconds;
        }
        QVERIFY(stages.value("mimic: cxrfair demo CLIP: encode").first > 0.0);
        QVERIFY2(total < seconds, qPrintable(QStringLiteral("%1 > %2").arg(total).arg(seconds)));
        // The timings are not results: the manifest does not list them, and they do not change
        // the outputs.
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/timings.csv")));

        // A file that cannot be written is refused before anything runs.
        const QString never = m_dir.filePath(QStringLiteral("never"));
        QStringList bad = presetArguments(never);
        bad << QStringLiteral("--timings") << m_dir.filePath(QStringLiteral("no/such/t.csv"));
        const auto refused = runCli(bad);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--timings"), refused.err.constData());
        QVERIFY(!QDir(never).exists());
    }

    void reproducesThePublishedLayoutOfItsOwnResults() {
        // The audit's own MIMIC metrics in the study's layout (metrics --format faimi2025, with
        // the audit's settings), then the audit again with those as the published tables:
        // every row matches, to the last bit.
        QVERIFY(!m_config.isEmpty());
        const QDir first(QFileInfo(m_config).absolutePath());
        const QString published = m_dir.filePath(QStringLiteral("published"));
        const auto layout =
            runCli({"metrics", "--scores", first.filePath("mimic/scores.csv"), "--out", published,
                    "--format", "faimi2025", "--attributes", "sex,race,age", "--intersections",
                    "sex:age,sex:race", "--bootstrap", "200", "--seed", "2025", "--cluster",
                    "patient", "--match", "default"});
        QVERIFY2(layout.exitCode == 0, layout.err.constData());
        QVERIFY(QFileInfo::exists(published +
                                  "/data/performance/MIMIC/zeroshot_cxrfair-demo-clip.csv"));
        const QString out = m_dir.filePath(QStringLiteral("a-published"));
        QStringList arguments = presetArguments(out);
        arguments << "--published" << published << "--no-figures";
        const auto r = runCli(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto reader = CsvReader::open(QDir(out).filePath("mimic/reproduction.csv"));
        QVERIFY(reader);
        const int difference = reader->columnIndex("difference"),
                  overlap = reader->columnIndex("intervals_overlap");
        int rows = 0;
        while (reader->next()) {
            ++rows;
            QCOMPARE(reader->field(difference), std::string_view("0"));
            QCOMPARE(reader->field(overlap), std::string_view("true"));
        }
        QVERIFY(rows > 30);
        const QString html = QString::fromUtf8(contents(QDir(out).filePath("report.html")));
        QVERIFY(html.contains(QStringLiteral("Reproduction of the published results")));
        QVERIFY(html.contains(QStringLiteral("%1 of %1 intervals overlap").arg(rows)));
        // NIH: the study's drains are published for CXR14, which this folder lacks.
        QVERIFY2(r.err.contains("nih: no published tables for this dataset"), r.err.constData());
        QVERIFY(!QFileInfo::exists(QDir(out).filePath("nih/reproduction.csv")));
    }

    void statisticsSettingsAreStrict() {
        auto audit = [](const char* json) {
            return AuditSettings::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
        };
        auto good = audit(R"({"statistics": {"evidence_width": 0.3},
                             "analyses": {"cross_group_auc": false, "matched": false},
                             "published": {"folder": "/tmp/x", "models": {"chexzero": "A"}}})");
        QVERIFY2(good, qPrintable(good ? QString() : good.error().toString()));
        QCOMPARE(good->statistics.evidenceWidth, 0.3);
        QVERIFY(!good->analyses.crossGroupAuc && !good->analyses.matched);
        QCOMPARE(good->published.models.value(QStringLiteral("chexzero")), QStringLiteral("A"));
        auto back = AuditSettings::fromJson(good->toJson());
        QVERIFY(back);
        QCOMPARE(back->published, good->published);
        QCOMPARE(back->statistics.evidenceWidth, 0.3);
        for (const char* bad :
             {R"({"statistics": {"evidence_width": 0}})",
              R"({"statistics": {"evidence_width": 2}})",
              R"({"statistics": {"evidence_width": "0.2"}})", R"({"analyses": {"matched": 1}})",
              R"({"published": "/tmp/x"})", R"({"published": {"folder": "/tmp", "model": {}}})",
              R"({"published": {"models": {"chexzero": 3}}})"}) {
            const auto read = audit(bad);
            QVERIFY2(!read, bad);
        }
    }

    void figureSettingsAreStrict() {
        auto figures = [](const char* json) {
            return AuditSettings::fromJson(
                QJsonDocument::fromJson(QByteArray("{\"figures\": ") + json + "}").object());
        };
        auto single = figures(R"({"column": "single", "font_pt": 7, "formats": ["png", "pdf"]})");
        QVERIFY2(single, qPrintable(single ? QString() : single.error().toString()));
        QCOMPARE(single->figures.widthMm, 88.0);
        QCOMPARE(single->figures.fontPt, 7.0);
        QCOMPARE(single->figures.formats,
                 (QStringList{QStringLiteral("png"), QStringLiteral("pdf")}));
        // Written and read back, the same.
        auto back = AuditSettings::fromJson(single->toJson());
        QVERIFY(back);
        QCOMPARE(back->figures, single->figures);
        for (const char* bad :
             {R"("big")", R"({"widht_mm": 88})", R"({"width_mm": "88"})", R"({"column": "triple"})",
              R"({"column": "single", "width_mm": 90})", R"({"font_pt": 0})", R"({"dpi": 300.5})",
              R"({"formats": "png"})", R"({"formats": ["svg"]})", R"({"formats": ["png", "png"]})",
              R"({"font": ""})"}) {
            const auto read = figures(bad);
            QVERIFY2(!read, bad);
            QVERIFY2(read.error().toString().contains(QStringLiteral("figure")), bad);
        }
    }

    void sameConfigurationSameBytesWhateverTheThreads() {
        // From the configuration file this time, with two threads and a store of its own.
        const QString out = m_dir.filePath(QStringLiteral("a2"));
        // Written elsewhere, its paths stay right: they are relative to the file.
        auto config = Project::read(m_config);
        QVERIFY(config.has_value());
        QVERIFY(config->write(m_dir.filePath(QStringLiteral("audit.cxrproject"))).has_value());
        const auto r = runCli({"audit", m_dir.filePath(QStringLiteral("audit.cxrproject")),
                               "--threads", "2", "--no-figures", "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/report.pdf")));
        // The manifest names the configuration file (the preset run had none) and its figures;
        // every other table output must be equal.
        QStringList files = tableOutputs(m_dir.filePath(QStringLiteral("a1")));
        files.removeAll(QStringLiteral("manifest.json"));
        QCOMPARE(readJson(out + QStringLiteral("/manifest.json"))[QStringLiteral("config")]
                     .toObject()[QStringLiteral("sha256")]
                     .toString(),
                 fileSha256(m_dir.filePath(QStringLiteral("audit.cxrproject"))));
        for (const QString& f : files)
            QVERIFY2(contents(m_dir.filePath(QStringLiteral("a1/") + f)) ==
                         contents(out + QLatin1Char('/') + f),
                     qPrintable(f + QStringLiteral(" differs")));
        // A rerun into the same folder reuses the store: nothing is encoded again.
        const auto again = runCli({"audit", m_dir.filePath(QStringLiteral("audit.cxrproject")),
                                   "--no-figures", "--out", out});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.err.contains("mimic: cxrfair demo CLIP: 0 images encoded"),
                 again.err.constData());
    }

    void aFullDiskKeepsTheEarlierResults() {
        // The first audit's folder, audited again on a disk that fills up (a file-size limit):
        // the run stops with a clear error, and every file is the earlier one or a whole new
        // one; none is cut short.
        const QString reference = m_dir.filePath(QStringLiteral("a1"));
        const QString out = m_dir.filePath(QStringLiteral("full-disk"));
        QDirIterator copy(reference, QDir::Files, QDirIterator::Subdirectories);
        while (copy.hasNext()) {
            const QString from = copy.next();
            const QString to = QDir(out).filePath(QDir(reference).relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(from, to));
        }
        QStringList arguments = presetArguments(out);
        arguments << QStringLiteral("--threads") << QStringLiteral("1");
        const auto full = test::runProcess(
            QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -f 40; exec \"$0\" \"$@\""),
                        test::cliPath()} +
                arguments);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("disk full"), full.err.constData());
        for (const QString& f : tableOutputs(reference)) {
            if (f == QStringLiteral("manifest.json")) // says the run is incomplete
                continue;
            QVERIFY2(contents(QDir(reference).filePath(f)) == contents(QDir(out).filePath(f)),
                     qPrintable(f + QStringLiteral(" was cut short")));
        }
        QDirIterator images(out, {QStringLiteral("*.png")}, QDir::Files,
                            QDirIterator::Subdirectories);
        int whole = 0;
        while (images.hasNext()) {
            const QString png = images.next();
            QVERIFY2(!QImage(png).isNull(), qPrintable(png + QStringLiteral(" was cut short")));
            ++whole;
        }
        QVERIFY(whole > 5);
    }

    void killedRunResumesToTheSameResults() {
        const QString out = m_dir.filePath(QStringLiteral("killed"));
        QStringList arguments = presetArguments(out);
        arguments << QStringLiteral("--no-figures");
        // SIGKILL at three moments: while the first dataset's images are encoded, once its
        // scores are written, and once the second dataset's metrics are written.
        const QString segments = out + QStringLiteral("/stores/mimic");
        const std::function<bool()> moments[] = {
            [&] {
                QDirIterator it(segments, {QStringLiteral("part-*.bin")}, QDir::Files,
                                QDirIterator::Subdirectories);
                return it.hasNext() && QFileInfo(it.next()).size() > 20000;
            },
            [&] { return QFileInfo::exists(out + QStringLiteral("/mimic/scores.csv")); },
            [&] { return QFileInfo::exists(out + QStringLiteral("/nih/metrics.csv")); }};
        int kills = 0;
        for (const auto& moment : moments) {
            QProcess process;
            process.start(test::cliPath(), arguments);
            QVERIFY(process.waitForStarted());
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 120000 && process.state() == QProcess::Running) {
                if (moment()) {
                    ::kill(pid_t(process.processId()), SIGKILL);
                    ++kills;
                    break;
                }
                QTest::qWait(5);
            }
            process.waitForFinished();
        }
        QVERIFY2(kills >= 2, qPrintable(QStringLiteral("%1 kills").arg(kills)));

        const auto resumed = runCli(arguments);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        // The images stored before the kills are not encoded again.
        static const QRegularExpression reused(
            QStringLiteral("mimic: [^\\n]*: (\\d+) images encoded, (\\d+) reused from the store"));
        const auto match = reused.match(QString::fromUtf8(resumed.err));
        QVERIFY2(match.hasMatch(), resumed.err.constData());
        QVERIFY(match.captured(2).toInt() > 0);
        // Identical to the uninterrupted run, byte for byte (the manifest too: same inputs).
        const QString reference = m_dir.filePath(QStringLiteral("a1"));
        for (const QString& f : tableOutputs(out)) {
            if (f == QStringLiteral("manifest.json"))
                continue;
            QVERIFY2(contents(QDir(reference).filePath(f)) == contents(QDir(out).filePath(f)),
                     qPrintable(f + QStringLiteral(" differs after the resumed run")));
        }
    }

    void shardsMergeToASingleRun() {
        const QString mimic = m_demo + QStringLiteral("/mimic");
        auto embedArguments = [&](const QString& store) {
            return QStringList{QStringLiteral("embed"),
                               QStringLiteral("--format"),
                               QStringLiteral("mimic"),
                               QStringLiteral("--root"),
                               mimic,
                               QStringLiteral("--model"),
                               m_model,
                               QStringLiteral("--out"),
                               store};
        };
        // Three shards as three processes at once, each into a store of its own.
        std::vector<std::unique_ptr<QProcess>> shards;
        QStringList stores;
        for (int i = 0; i < 3; ++i) {
            stores << m_dir.filePath(QStringLiteral("shard-%1").arg(i));
            shards.push_back(std::make_unique<QProcess>());
            shards.back()->start(test::cliPath(), embedArguments(stores.back())
                                                      << QStringLiteral("--shard")
                                                      << QStringLiteral("%1/3").arg(i));
        }
        for (auto& p : shards) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const QString merged = m_dir.filePath(QStringLiteral("merged"));
        const auto merge = runCli(QStringList{QStringLiteral("embeddings"), QStringLiteral("merge"),
                                              QStringLiteral("--out"), merged} +
                                  stores);
        QVERIFY2(merge.exitCode == 0, merge.err.constData());
        const QString single = m_dir.filePath(QStringLiteral("single"));
        const auto one = runCli(embedArguments(single));
        QVERIFY2(one.exitCode == 0, one.err.constData());

        auto a = EmbeddingStore::readModel(merged, {});
        auto b = EmbeddingStore::readModel(single, {});
        QVERIFY2(a.has_value() && b.has_value(), "both stores read");
        QCOMPARE(a->vectors.rows, b->vectors.rows);
        QVERIFY(a->vectors.rows > 200);
        for (auto it = b->rowOfSample.cbegin(); it != b->rowOfSample.cend(); ++it) {
            const qint64 r = a->rowOfSample.value(it.key(), -1);
            QVERIFY2(r >= 0, qPrintable(it.key()));
            QVERIFY2(std::equal(a->vectors.row(r), a->vectors.row(r) + a->vectors.cols,
                                b->vectors.row(it.value())),
                     qPrintable(it.key() + QStringLiteral(": another embedding")));
        }
        // Each shard held only its part.
        for (const QString& store : stores) {
            auto part = EmbeddingStore::readModel(store, {});
            QVERIFY(part.has_value());
            QVERIFY(part->vectors.rows < a->vectors.rows * 2 / 3);
        }

        // Another model's store is refused, and so is another dataset's.
        const QString other = m_dir.filePath(QStringLiteral("other-model"));
        QVERIFY(QDir().mkpath(other));
        QVERIFY(QFile::copy(single + QStringLiteral("/samples.csv.gz"),
                            other + QStringLiteral("/samples.csv.gz")));
        const auto exported = runCli({"embeddings", "export", "--store", single, "--out",
                                      m_dir.filePath(QStringLiteral("x.npy")), "--keys",
                                      m_dir.filePath(QStringLiteral("keys.csv"))});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const auto imported =
            runCli({"embeddings", "import", "--embeddings", m_dir.filePath(QStringLiteral("x.npy")),
                    "--keys", m_dir.filePath(QStringLiteral("keys.csv")), "--name", "elsewhere",
                    "--out", other});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto refused = runCli(
            {"embeddings", "merge", "--out", m_dir.filePath(QStringLiteral("m2")), single, other});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("different models or preprocessing") &&
                     refused.err.contains("other-model"),
                 refused.err.constData());
        const QString nih = m_dir.filePath(QStringLiteral("nih-store"));
        const auto nihRun =
            runCli({"embed", "--format", "nih", "--root", m_demo + QStringLiteral("/nih"),
                    "--model", m_model, "--out", nih});
        QVERIFY2(nihRun.exitCode == 0, nihRun.err.constData());
        const auto datasets = runCli(
            {"embeddings", "merge", "--out", m_dir.filePath(QStringLiteral("m3")), single, nih});
        QCOMPARE(datasets.exitCode, 1);
        QVERIFY2(datasets.err.contains("different datasets"), datasets.err.constData());
    }

    void badInputIsReportedAndTheRestKept() {
        // A configuration whose second dataset is missing and whose model is not a bundle.
        auto preset =
            auditPreset(QStringLiteral("faimi2025"), {m_demo + QStringLiteral("/mimic"),
                                                      {},
                                                      m_dir.filePath(QStringLiteral("no-such-nih")),
                                                      {},
                                                      {m_model}});
        QVERIFY(preset.has_value());
        preset->datasets[0].models << m_dir.filePath(QStringLiteral("missing.cxrmodel"));
        preset->audit.statistics.bootstrap.resamples = 50;
        const QString config = m_dir.filePath(QStringLiteral("bad.cxrproject"));
        QVERIFY(preset->write(config).has_value());
        const QString out = m_dir.filePath(QStringLiteral("bad"));
        const auto r = runCli({"audit", config, "--no-figures", "--out", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no-such-nih"), r.err.constData());
        QVERIFY2(r.err.contains("missing.cxrmodel"), r.err.constData());
        QVERIFY(r.err.contains("the audit is incomplete"));
        // What could run did: the demo model on MIMIC, and the report says what failed.
        QVERIFY(QFileInfo(out + QStringLiteral("/mimic/metrics.csv")).size() > 0);
        QVERIFY(contents(out + QStringLiteral("/report.html")).contains("no-such-nih"));
        QVERIFY(
            !readJson(out + QStringLiteral("/manifest.json"))[QStringLiteral("complete")].toBool());

        const QString notJson =
            test::writeFile(QDir(m_dir.path()), QStringLiteral("x.json"), "{ no");
        const auto broken = runCli({"audit", notJson, "--out", out});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("x.json") && broken.err.contains("not valid JSON"),
                 broken.err.constData());
        const QString badStats = test::writeFile(
            QDir(m_dir.path()), QStringLiteral("stats.json"),
            "{\"format\": \"cxrfair-project\", \"version\": 2, \"audit\": {\"statistics\": "
            "{\"ci\": 1.5}}}");
        const auto stats = runCli({"audit", badStats, "--out", out});
        QCOMPARE(stats.exitCode, 1);
        QVERIFY2(stats.err.contains("stats.json") && stats.err.contains("statistics.ci"),
                 stats.err.constData());
        const auto both = runCli({"audit", config, "--preset", "faimi2025", "--out", out});
        QCOMPARE(both.exitCode, 1);
        const auto unknown = runCli({"audit", "--preset", "faimi2030", "--mimic", m_demo, "--model",
                                     m_model, "--out", out});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("faimi2025"));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"

#include "data/cohortloader.h"
#include "data/cohortsummary.h"

#include "testsupport.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;
using test::runCli;

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QStringList lines(const QByteArray& text) {
        return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void messagesFollowTheLanguage() {
        const QString empty = m_dir.filePath(QStringLiteral("empty-folder"));
        QVERIFY(QDir().mkpath(empty));
        const struct {
            const char* locale;
            const char* usage;
            const char* layout;
        } languages[] = {
            {"fr_FR.UTF-8", "Utilisation : cxrfair-cli", "organisation du jeu de données"},
            {"es_ES.UTF-8", "Uso: cxrfair-cli", "no se puede determinar la estructura"},
            {"C", "Usage: cxrfair-cli", "cannot tell the dataset layout"}};
        for (const auto& l : languages) {
            const QStringList env{QStringLiteral("LC_ALL=") + QLatin1String(l.locale),
                                  QStringLiteral("LANG=") + QLatin1String(l.locale),
                                  QStringLiteral("LANGUAGE=")};
            const auto usage = test::runCli({}, env);
            QVERIFY2(QString::fromUtf8(usage.out + usage.err).contains(QString::fromUtf8(l.usage)),
                     (usage.out + usage.err).constData());
            // A core message (the reader's), through the same translation.
            const auto layout = test::runCli({"dataset", "summary", "--root", empty}, env);
            QVERIFY(layout.exitCode != 0);
            QVERIFY2(QString::fromUtf8(layout.err).contains(QString::fromUtf8(l.layout)),
                     layout.err.constData());
        }
    }

    void initTestCase() {
        m_demo = m_dir.filePath(QStringLiteral("demo"));
        const auto r =
            runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo,
                    QStringLiteral("--nih"), QStringLiteral("80"), QStringLiteral("--mimic"),
                    QStringLiteral("80"), QStringLiteral("--size"), QStringLiteral("96")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("nih"));
    }

    void helpForEveryCommand() {
        for (const QStringList& command : {QStringList{"--help"}, QStringList{"demo", "--help"},
                                           QStringList{"dataset", "summary", "--help"},
                                           QStringList{"image", "export", "--help"}}) {
            const auto r = runCli(command);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("Usage: cxrfair-cli"), r.out.constData());
        }
        const auto summaryHelp = runCli({"dataset", "summary", "--help"});
        for (const char* option :
             {"--format", "--root", "--mimic-iv", "--split", "--views", "--uncertain", "--json"})
            QVERIFY(summaryHelp.out.contains(option));
        QCOMPARE(runCli({"frobnicate"}).exitCode, 1);
        QCOMPARE(runCli({}).exitCode, 1);
    }

    void summaryJsonMatchesTheLibrary() {
        for (const QString& format : {QStringLiteral("nih"), QStringLiteral("mimic")}) {
            const QString root = m_demo + QLatin1Char('/') + format;
            const auto r =
                runCli({"dataset", "summary", "--format", format, "--root", root, "--json"});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QJsonParseError error;
            const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            for (const char* key : {"format", "images", "patients", "missing_images", "conditions",
                                    "attributes", "problems"})
                QVERIFY2(json.contains(QLatin1String(key)), key);
            QCOMPARE(json.value("format").toString(), format);

            const auto cohort =
                loadCohort(DatasetSource{*parseFormat(format), root}, CohortSettings());
            QVERIFY(cohort);
            const CohortSummary summary = summarize(*cohort);
            QCOMPARE(json.value("images").toInteger(), summary.images);
            QCOMPARE(json.value("patients").toInteger(), summary.patients);
            const QJsonObject conditions = json.value("conditions").toObject();
            for (const auto& c : summary.conditions) {
                const QJsonObject counts = conditions.value(c.name).toObject();
                QCOMPARE(counts.value("positive").toInteger(), c.positive);
                QCOMPARE(counts.value("negative").toInteger(), c.negative);
                QCOMPARE(counts.value("unknown").toInteger(), c.unknown);
            }
            const QJsonObject attributes = json.value("attributes").toObject();
            QVERIFY(attributes.contains("sex") && attributes.contains("age"));
            QCOMPARE(attributes.contains("race"), format == QStringLiteral("mimic"));
            QCOMPARE(attributes.contains("drain"), format == QStringLiteral("nih"));
            QVERIFY(attributes.value("sex").toObject().contains("missing"));
        }
        // Tables without --json, with the options that change the cohort.
        const auto text =
            runCli({"dataset", "summary", "--format", "mimic", "--root", m_demo + "/mimic",
                    "--split", "test", "--views", "PA", "--uncertain", "positive", "--age-bins",
                    "20,40,60,80", "--intersections", "sex:age"});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("Pneumothorax"));
        QVERIFY(text.out.contains("60-80"));
        QVERIFY(text.out.contains("sex x age"));
        QVERIFY(text.out.contains("uncertain labels: positive"));
    }

    void fullScaleDemo() {
        // `demo --images N`: a MIMIC-CXR tree alone, with MIMIC-CXR's proportions of patients
        // and images, small images, and a 512-dimensional model that reads them at their size.
        const QString out = m_dir.filePath(QStringLiteral("scale"));
        const auto r = runCli({"demo", "--out", out, "--images", "600"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("600 images"));
        QVERIFY(!QDir(out + QStringLiteral("/nih")).exists());
        QFile manifest(out + QStringLiteral("/demo-clip.cxrmodel/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(manifest.readAll()).object();
        QCOMPARE(bundle.value("embedding_dim").toInt(), 512);
        QCOMPARE(bundle.value("image").toObject().value("size").toInt(), 32);
        const auto summary = runCli({"dataset", "summary", "--format", "mimic", "--root",
                                     out + QStringLiteral("/mimic"), "--views", "all", "--json"});
        QVERIFY2(summary.exitCode == 0, summary.err.constData());
        const QJsonObject cohort = QJsonDocument::fromJson(summary.out).object();
        QCOMPARE(cohort.value("images").toInteger(), 600);
        // MIMIC-CXR: 377,110 images of 65,379 patients, 5.8 per patient; the compact demo has 2.
        const double perPatient = 600.0 / double(cohort.value("patients").toInteger());
        QVERIFY2(perPatient > 4.0 && perPatient < 8.0, qPrintable(QString::number(perPatient)));
        const auto again = runCli({"demo", "--out", out, "--images", "600"});
        QVERIFY(again.exitCode == 0 && again.out.contains("up to date"));

        for (const QStringList& bad :
             {QStringList{"--images", "600", "--mimic", "10"}, QStringList{"--images", "-3"},
              QStringList{"--images", "abc"}, QStringList{"--images", "100", "--size", "36"},
              QStringList{"--images", "100", "--dimension", "8"},
              QStringList{"--images", "99999999999"}, QStringList{"--images", "3000000"},
              QStringList{"--mimic", "100", "--dimension", "64"}}) {
            const QString folder = m_dir.filePath(QStringLiteral("bad"));
            const auto refused = runCli(QStringList{"demo", "--out", folder} + bad);
            QVERIFY2(refused.exitCode == 1, qPrintable(bad.join(' ')));
            QVERIFY2(!refused.err.isEmpty(), qPrintable(bad.join(' ')));
            QVERIFY2(!QDir(folder + QStringLiteral("/mimic")).exists(), qPrintable(bad.join(' ')));
        }
    }

    void splitAllKeepsEverySplit() {
        // `--split all` is every split, as the help says; a split that names no row is an
        // error that lists the splits there are.
        for (const QString& format : {QStringLiteral("nih"), QStringLiteral("mimic")}) {
            const QString root = m_demo + QLatin1Char('/') + format;
            auto images = [&](const QStringList& extra) {
                const auto r = runCli(QStringList{"dataset", "summary", "--format", format,
                                                  "--root", root, "--json"} +
                                      extra);
                return r.exitCode == 0
                           ? QJsonDocument::fromJson(r.out).object().value("images").toInteger()
                           : -1;
            };
            const qint64 every = images({});
            QVERIFY(every > 0);
            QCOMPARE(images({QStringLiteral("--split"), QStringLiteral("all")}), every);
            QCOMPARE(images({QStringLiteral("--split"), QStringLiteral("ALL")}), every);
            const qint64 test = images({QStringLiteral("--split"), QStringLiteral("test")});
            QVERIFY(test > 0 && test < every);
            const auto typo = runCli(
                {"dataset", "summary", "--format", format, "--root", root, "--split", "tset"});
            QCOMPARE(typo.exitCode, 1);
            QVERIFY2(typo.err.contains("'tset'") && typo.err.contains("test"),
                     typo.err.constData());
        }
    }

    void malformedDatasets() {
        // A required column missing: exit 1, one line naming the file and the column.
        QTemporaryDir bad;
        test::writeFile(bad.path(), QStringLiteral("Data_Entry_2017_v2020.csv"),
                        "Image Index,Finding Labels,Patient Age,Patient "
                        "Gender\n00000001_000.png,No Finding,3,F\n");
        const auto missing =
            runCli({"dataset", "summary", "--format", "nih", "--root", bad.path()});
        QCOMPARE(missing.exitCode, 1);
        const QStringList errorLines = lines(missing.err);
        QCOMPARE(errorLines.size(), 1);
        QVERIFY(errorLines.front().contains(QStringLiteral("Data_Entry_2017_v2020.csv")));
        QVERIFY(errorLines.front().contains(QStringLiteral("Patient ID")));

        // Bad values: reported with row and column, the rest loads, exit 0.
        QTemporaryDir rows;
        test::writeFile(rows.path(), QStringLiteral("Data_Entry_2017_v2020.csv"),
                        "Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient "
                        "Gender,View Position,"
                        "OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y],\n"
                        "00000001_000.png,No Finding,0,1,abc,F,PA,1,1,1,1\n"
                        "00000002_000.png,Pneumothorax,0,2,40,M,PA,1,1,1,1\n"
                        "00000003_000.png,Pneumothorax,0,3,41,M,PA,1,1,1,1\n");
        test::touch(rows.path(), {"images/00000002_000.png"});
        const auto partial =
            runCli({"dataset", "summary", "--format", "nih", "--root", rows.path(), "--json"});
        QCOMPARE(partial.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(partial.out).object();
        QCOMPARE(json.value("images").toInteger(), 1);
        QCOMPARE(json.value("missing_images").toInteger(), 1);
        const QJsonArray problems = json.value("problems").toArray();
        QCOMPARE(problems.size(), 2);
        const QJsonObject first = problems.at(0).toObject();
        QCOMPARE(first.value("row").toInteger(), 2);
        QCOMPARE(first.value("column").toString(), QStringLiteral("Patient Age"));
        QVERIFY(
            first.value("file").toString().endsWith(QStringLiteral("Data_Entry_2017_v2020.csv")));

        QCOMPARE(runCli({"dataset", "summary", "--format", "nih", "--root", bad.path() + "/nope"})
                     .exitCode,
                 1);
        QCOMPARE(runCli({"dataset", "summary", "--format", "dicom", "--root", bad.path()}).exitCode,
                 1);
        QCOMPARE(runCli({"dataset", "summary", "--root", rows.path(), "--uncertain", "sometimes"})
                     .exitCode,
                 1);
        QCOMPARE(runCli({"dataset", "summary"}).exitCode, 1);
    }

    void imageExport() {
        const auto cohort =
            loadCohort(DatasetSource{DatasetFormat::Mimic, m_demo + QStringLiteral("/mimic")},
                       CohortSettings());
        QVERIFY(cohort && cohort->size() > 0);
        const QString png = m_dir.filePath(QStringLiteral("out.png"));
        const auto r = runCli({"image", "export", cohort->imagePath(0), "--out", png, "--info"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"rows", "columns", "bits_stored", "photometric_interpretation",
                                "transfer_syntax", "window"})
            QVERIFY2(info.contains(QLatin1String(key)), key);
        QCOMPARE(info.value("rows").toInt(), 96);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(96, 96));
        QCOMPARE(image.format(), QImage::Format_Grayscale8);

        const QString junk = test::writeFile(m_dir.path(), QStringLiteral("junk.dcm"), "DICM? no.");
        const auto bad = runCli({"image", "export", junk, "--out", png});
        QCOMPARE(bad.exitCode, 1);
        const QStringList errorLines = lines(bad.err);
        QCOMPARE(errorLines.size(), 1);
        QVERIFY(errorLines.front().contains(junk));
        QCOMPARE(runCli({"image", "export", m_dir.filePath("absent.dcm"), "--info"}).exitCode, 1);
        QCOMPARE(runCli({"image", "export", junk}).exitCode, 1); // nothing to do
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

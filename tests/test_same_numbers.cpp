// The window, `cxrfair-cli audit` and `cxrfair-cli metrics` run one pipeline: on the same
// project they must show the same numbers, row for row and byte for byte.

#include "mainwindow.h"
#include "subgroupaucview.h"

#include "audit/auditpreset.h"
#include "data/csvreader.h"
#include "demo/demogenerator.h"
#include "session/session.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace cxrfair;

namespace {

using Row = std::map<std::string, std::string>;

/// The rows of a CSV file, each as column -> value.
std::vector<Row> readRows(const QString& path) {
    std::vector<Row> rows;
    auto reader = CsvReader::open(path);
    if (!reader)
        return rows;
    while (reader->next()) {
        Row row;
        for (size_t c = 0; c < reader->header().size(); ++c)
            row[reader->header()[c]] = std::string(reader->field(int(c)));
        rows.push_back(std::move(row));
    }
    return rows;
}

QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSameNumbers : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    QString m_audit;

private Q_SLOTS:
    void initTestCase() {
        test::freshAppData();
        auto demo = test::smallDemo(m_dir.filePath(QStringLiteral("demo")), 300, 240);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        PresetInputs inputs;
        inputs.mimicRoot = demo->mimicRoot;
        inputs.nihRoot = demo->nihRoot;
        inputs.models = {demo->modelPath};
        auto project = auditPreset(QStringLiteral("faimi2025"), inputs);
        QVERIFY(project.has_value());
        project->audit.statistics.bootstrap.resamples = 200;
        m_project = m_dir.filePath(QStringLiteral("study.cxrproject"));
        QVERIFY(project->write(m_project).has_value());
        m_audit = m_dir.filePath(QStringLiteral("audit"));
        const auto audit =
            test::runCli({QStringLiteral("audit"), m_project, QStringLiteral("--no-figures"),
                          QStringLiteral("--out"), m_audit});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
    }

    void theWindowShowsTheAuditsNumbers() {
        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openProject(m_project);
        while (window.isBusy())
            QVERIFY(idle.wait(120000));
        QCOMPARE(window.datasetCount(), 2);
        window.selectDataset(QStringLiteral("mimic"));
        const std::vector<Row> audit = readRows(m_audit + QStringLiteral("/mimic/metrics.csv"));
        QVERIFY(audit.size() > 50);
        SubgroupAucView* view = window.subgroupAucView();
        int compared = 0;
        for (const QString& attribute : {QStringLiteral("age"), QStringLiteral("sex")}) {
            view->attributeBox()->setCurrentText(attribute);
            QCOMPARE(view->attributeBox()->currentText(), attribute);
            const QString exported = m_dir.filePath(attribute + QStringLiteral(".csv"));
            QVERIFY(view->exportTo(exported).has_value());
            const std::vector<Row> shown = readRows(exported);
            QVERIFY(shown.size() >= 6);
            for (const Row& w : shown) {
                const auto match = std::find_if(audit.begin(), audit.end(), [&](const Row& a) {
                    return a.at("model") == w.at("model") &&
                           a.at("condition") == w.at("condition") &&
                           a.at("attribute") == w.at("attribute") && a.at("group") == w.at("group");
                });
                QVERIFY2(match != audit.end(), (w.at("condition") + " " + w.at("group")).c_str());
                const Row& a = *match;
                QCOMPARE(w.at("n"), a.at("n"));
                QCOMPARE(w.at("n_pos"), a.at("n_pos"));
                for (const auto& [shownColumn, auditColumn] :
                     {std::pair{"auc", "auc"}, std::pair{"ci_low", "auc_ci_low"},
                      std::pair{"ci_high", "auc_ci_high"}, std::pair{"p_holm", "p_holm"}}) {
                    const QString x = QString::fromStdString(w.at(shownColumn));
                    const QString y = QString::fromStdString(a.at(auditColumn));
                    QVERIFY2(x.isEmpty() == y.isEmpty() &&
                                 (x.isEmpty() || x.toDouble() == y.toDouble()),
                             qPrintable(QStringLiteral("%1 %2 %3: window %4, audit %5")
                                            .arg(QString::fromStdString(w.at("condition")),
                                                 QString::fromStdString(w.at("group")),
                                                 QLatin1String(shownColumn), x, y)));
                }
                ++compared;
            }
        }
        QVERIFY2(compared >= 30,
                 qPrintable(QString::number(compared))); // 6 conditions x 7 groups, less empty bars
    }

    void theMetricsCommandReproducesTheAudit() {
        // The audit's own score tables, with the audit's settings: the same bytes.
        const struct {
            const char* dataset;
            QStringList extra;
        } runs[] = {{"mimic",
                     {QStringLiteral("--attributes"), QStringLiteral("sex,race,age"),
                      QStringLiteral("--intersections"), QStringLiteral("sex:age,sex:race")}},
                    {"nih",
                     {QStringLiteral("--attributes"), QStringLiteral("sex,age"),
                      QStringLiteral("--confounder"), QStringLiteral("drain"),
                      QStringLiteral("--shortcut-condition"), QStringLiteral("Pneumothorax")}}};
        for (const auto& run : runs) {
            const QString folder = m_audit + QLatin1Char('/') + QLatin1String(run.dataset);
            const QString out =
                m_dir.filePath(QLatin1String(run.dataset) + QStringLiteral("-metrics.csv"));
            QStringList arguments{QStringLiteral("metrics"),
                                  QStringLiteral("--scores"),
                                  folder + QStringLiteral("/scores.csv"),
                                  QStringLiteral("--out"),
                                  out,
                                  QStringLiteral("--age-bins"),
                                  QStringLiteral("18,25,50,65,80"),
                                  QStringLiteral("--bootstrap"),
                                  QStringLiteral("200"),
                                  QStringLiteral("--seed"),
                                  QStringLiteral("2025"),
                                  QStringLiteral("--cluster"),
                                  QStringLiteral("patient"),
                                  QStringLiteral("--min-group"),
                                  QStringLiteral("10"),
                                  QStringLiteral("--match"),
                                  QStringLiteral("default")};
            arguments << run.extra;
            const auto metrics = test::runCli(arguments);
            QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
            const QByteArray expected = contents(folder + QStringLiteral("/metrics.csv"));
            QVERIFY(expected.count('\n') > 10);
            QVERIFY2(contents(out) == expected, run.dataset);
        }
    }
};

QTEST_MAIN(TestSameNumbers)
#include "test_same_numbers.moc"

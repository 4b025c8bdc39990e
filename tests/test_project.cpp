#include "adddatasetdialog.h"
#include "audit/project.h"
#include "charts/subgroupaucchart.h"
#include "embeddingview.h"
#include "guidedtour.h"
#include "mainwindow.h"
#include "projectpanel.h"
#include "prompteditor.h"
#include "subgroupaucview.h"
#include "theme.h"

#include "common/translations.h"
#include "data/cohortloader.h"
#include "data/csvwriter.h"
#include "demo/demogenerator.h"
#include "embedding/npy.h"
#include "inference/storesamples.h"
#include "session/session.h"
#include "study/reproduction.h"

#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cxrfair;

namespace {
double allAuc(const std::vector<ModelConditionMetrics>& metrics, const QString& condition) {
    for (const ModelConditionMetrics& m : metrics)
        if (m.condition == condition)
            return m.groups.front().auc->auc;
    return -1.0;
}
} // namespace

class TestProject : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DemoResult m_demo;

private Q_SLOTS:
    void initTestCase() {
        test::freshAppData();
        auto demo = test::smallDemo(m_dir.filePath(QStringLiteral("data/demo")), 0, 160);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        m_demo = *demo;
    }

    void fileRoundTripsWithRelativePaths() {
        Project p;
        ProjectDataset d;
        d.source =
            DatasetSource(DatasetFormat::Mimic, m_dir.filePath(QStringLiteral("data/mimic")));
        d.source.drains = m_dir.filePath(QStringLiteral("data/drains.csv"));
        d.settings.ageBins = *AgeBins::parse(QStringLiteral("40,60"));
        d.models << m_dir.filePath(QStringLiteral("models/a.cxrmodel"));
        p.datasets.push_back(d);
        p.current = 0;
        p.prompts.defaultNegative = {QStringLiteral("Chest Pneumonia")};
        p.windowState = QByteArray("\x01\x02state", 7);
        const QString path = m_dir.filePath(QStringLiteral("projects/audit.cxrproject"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(p.write(path).has_value());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject first = json[QStringLiteral("datasets")].toArray()[0].toObject();
        QCOMPARE(first[QStringLiteral("source")].toObject()[QStringLiteral("root")].toString(),
                 QStringLiteral("../data/mimic"));
        QCOMPARE(first[QStringLiteral("models")].toArray()[0].toString(),
                 QStringLiteral("../models/a.cxrmodel"));
        auto back = Project::read(path);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->datasets.size(), size_t(1));
        QCOMPARE(back->datasets[0].source.root, d.source.root);
        QCOMPARE(back->datasets[0].source.drains, d.source.drains);
        QCOMPARE(back->datasets[0].settings, d.settings);
        QCOMPARE(back->datasets[0].models, d.models);
        QCOMPARE(back->prompts.toJson(), p.prompts.toJson());
        QCOMPARE(back->windowState, p.windowState);
        QCOMPARE(back->current, 0);
    }

    void badFilesAreClearErrors() {
        const QDir dir(m_dir.path());
        const QString notJson = test::writeFile(dir, "bad1.cxrproject", "{ not json");
        auto r = Project::read(notJson);
        QVERIFY(!r);
        QVERIFY(r.error().toString().contains(QStringLiteral("bad1.cxrproject")));
        QVERIFY(r.error().message.contains(QStringLiteral("not valid JSON at line 1")));
        const QString other = test::writeFile(dir, "bad2.cxrproject", "{\"format\": \"other\"}");
        QVERIFY(
            Project::read(other).error().message.contains(QStringLiteral("not a cxrfair project")));
        const QString newer = test::writeFile(dir, "bad3.cxrproject",
                                              "{\"format\": \"cxrfair-project\", \"version\": 99}");
        QVERIFY(Project::read(newer).error().message.contains(QStringLiteral("version 99")));
        const QString badSettings = test::writeFile(
            dir, "bad4.cxrproject",
            "{\"format\": \"cxrfair-project\", \"version\": 1, \"datasets\": [{\"source\": "
            "{\"format\": \"mimic\", \"root\": \"x\"}, \"settings\": {\"age_bins\": \"z\"}}]}");
        auto bad = Project::read(badSettings);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("datasets[0].settings.age_bins")),
                 qPrintable(bad.error().toString()));
        QCOMPARE(bad.error().file, badSettings);
    }

    void windowSavesAndReopensAProject() {
        const QString path = m_dir.filePath(QStringLiteral("window.cxrproject"));
        double edited = 0, original = 0;
        QString condition;
        QStringList groups;
        {
            MainWindow window;
            window.show();
            QSignalSpy idle(&window, &MainWindow::idle);
            window.openDataset(m_demo.mimicRoot);
            QVERIFY(idle.wait(60000));
            window.analyseDataset(0, m_demo.modelPath);
            QVERIFY(idle.wait(120000));
            condition = window.subgroupAucView()->chart()->data().conditions[0];
            original = allAuc(window.datasetMetrics(0), condition);

            // Age bins: an undoable edit; the charts follow; undo brings the old groups back.
            const QStringList before = window.subgroupAucView()->chart()->data().groups;
            CohortSettings settings = window.dataset(0).settings();
            settings.ageBins = *AgeBins::parse(QStringLiteral("50"));
            window.editDatasetSettings(0, settings, false);
            QVERIFY(idle.wait(120000));
            groups = window.subgroupAucView()->chart()->data().groups;
            QCOMPARE(groups, QStringList({QStringLiteral("<50"), QStringLiteral("50+")}));
            window.undoStack()->undo();
            QVERIFY(idle.wait(120000));
            QCOMPARE(window.subgroupAucView()->chart()->data().groups, before);
            window.undoStack()->redo();
            QVERIFY(idle.wait(120000));
            QCOMPARE(window.subgroupAucView()->chart()->data().groups, groups);

            // A prompt edit, then save.
            PromptSet prompts = window.promptEditor()->prompts();
            prompts.defaultNegative = {QStringLiteral("Chest Pneumonia")};
            QSignalSpy rescored(&window, &MainWindow::rescored);
            window.promptEditor()->setPrompts(prompts);
            Q_EMIT window.promptEditor()->promptsChanged(prompts);
            while (rescored.count() < 2)
                QVERIFY(rescored.wait(60000));
            edited = allAuc(window.datasetMetrics(0), condition);
            QVERIFY(edited != original);
            QVERIFY(window.isWindowModified());
            QVERIFY(window.saveProject(path).has_value());
            QVERIFY(!window.isWindowModified());

            // Modified follows the undo stack: an edit after saving, then its undo, leaves
            // the project as saved, so it is clean again; redo makes it modified.
            CohortSettings other = window.dataset(0).settings();
            other.ageBins = *AgeBins::parse(QStringLiteral("40,70"));
            window.editDatasetSettings(0, other, false);
            QVERIFY(window.isWindowModified());
            while (window.isBusy())
                QVERIFY(idle.wait(120000));
            window.undoStack()->undo();
            QVERIFY(!window.isWindowModified());
            window.undoStack()->redo();
            QVERIFY(window.isWindowModified());
            window.undoStack()->undo();
            while (window.isBusy())
                QVERIFY(idle.wait(120000));
            QVERIFY(!window.isWindowModified());
        }
        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        QStringList lines;
        connect(window.session()->jobs(), &JobQueue::finished, this,
                [&](JobOutcome, const QString& line) { lines << line; });
        window.openProject(path);
        while (window.isBusy())
            QVERIFY(idle.wait(120000));
        // The run's results as stored by the last study of the same inputs, not computed.
        QVERIFY2(lines.filter(QStringLiteral("restored")).size() == 1,
                 qPrintable(lines.join('\n')));
        QCOMPARE(window.datasetCount(), 1);
        QCOMPARE(window.dataset(0).settings().ageBins.labels(), groups);
        QCOMPARE(window.promptEditor()->prompts().defaultNegative,
                 QStringList{QStringLiteral("Chest Pneumonia")});
        // The same numbers as before saving: same prompts, same bins, same store.
        QCOMPARE(allAuc(window.datasetMetrics(0), condition), edited);
        QCOMPARE(window.subgroupAucView()->chart()->data().groups, groups);
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("SubgroupAucDock"))->isVisible());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("window")));
        QVERIFY(!window.isWindowModified());
    }

    void projectPanelListsModelsAndImportedEmbeddings() {
        const QString path = m_dir.filePath(QStringLiteral("imported.cxrproject"));
        const QString arrayPath = m_dir.filePath(QStringLiteral("arrays/sex-axis.npy"));
        const QString keysPath = m_dir.filePath(QStringLiteral("arrays/keys.csv"));
        {
            MainWindow window;
            window.show();
            QSignalSpy idle(&window, &MainWindow::idle);
            window.openDataset(m_demo.mimicRoot);
            QVERIFY(idle.wait(60000));
            window.analyseDataset(0, m_demo.modelPath);
            QVERIFY(idle.wait(120000));
            ProjectPanel* panel = window.projectPanel();
            QCOMPARE(panel->datasetCount(), 1);
            QCOMPARE(panel->runCount(0), 1);
            QVERIFY2(panel->runText(0, 0).contains(QStringLiteral("(model)")),
                     qPrintable(panel->runText(0, 0)));
            QVERIFY2(panel->embeddingRunText(0, 0).startsWith(QStringLiteral("Embedding run: ")),
                     qPrintable(panel->embeddingRunText(0, 0)));

            // Embeddings made elsewhere: four dimensions, the first of which is the sex (plus a
            // small deterministic wobble), rows in reverse order of the cohort.
            const StoreSamples samples = storeSamples(window.dataset(0));
            const qsizetype sex = samples.attributes.indexOf(QStringLiteral("sex"));
            QVERIFY(sex >= 0);
            FloatMatrix x;
            x.rows = samples.size();
            x.cols = 4;
            x.data.resize(size_t(x.rows * x.cols));
            QVERIFY(QDir().mkpath(QFileInfo(arrayPath).absolutePath()));
            auto keys = CsvWriter::create(keysPath);
            QVERIFY(keys.has_value());
            keys->writeRow({"dicom_id", "note"});
            for (qint64 r = 0; r < x.rows; ++r) {
                const qsizetype i = samples.size() - 1 - r;
                const bool female = samples.values[size_t(sex)][i] == QStringLiteral("Female");
                x.row(r)[0] = female ? 3.0f : -3.0f;
                for (int c = 1; c < 4; ++c)
                    x.row(r)[c] = float(std::sin(1.7 * double(r * 4 + c)));
                keys->writeRow(std::vector<std::string>{samples.sampleIds[i].toStdString(), "x"});
            }
            QVERIFY(keys->close().has_value());
            QVERIFY(writeNpy(arrayPath, x).has_value());

            EmbeddingImportRequest request;
            request.npyPath = arrayPath;
            request.keysPath = keysPath;
            request.name = QStringLiteral("sex-axis");
            window.importEmbeddings(0, request);
            QVERIFY(idle.wait(120000));
            QCOMPARE(panel->runCount(0), 2);
            QVERIFY2(panel->runText(0, 1).startsWith(QStringLiteral("sex-axis (imported")),
                     qPrintable(panel->runText(0, 1)));
            QVERIFY2(panel->embeddingRunText(0, 1).contains(QStringLiteral(" x 4 ")),
                     qPrintable(panel->embeddingRunText(0, 1)));
            QCOMPARE(panel->currentRun(), arrayPath);
            // The imported model is shown: its PCA and probes; it has no scores of its own,
            // while the subgroup AUCs of the bundle stay in view.
            const EmbeddingAnalysis* shown = window.embeddingView()->analysis();
            QVERIFY(shown);
            QCOMPARE(shown->model, QStringLiteral("sex-axis"));
            QCOMPARE(shown->dimension, 4);
            QCOMPARE(qsizetype(shown->sampleIds.size()), samples.size());
            const ProbeResult* sexProbe = nullptr;
            for (const ProbeResult& probe : shown->probes)
                if (probe.target == QStringLiteral("sex"))
                    sexProbe = &probe;
            QVERIFY(sexProbe);
            QCOMPARE(sexProbe->macroAuc, 1.0); // the first dimension is the sex itself
            QVERIFY(window.datasetMetrics(0).empty());
            QCOMPARE(window.subgroupAucView()->modelBox()->count(), 1);

            // Choosing the model in the panel shows its analysis again.
            panel->setCurrent(0, m_demo.modelPath);
            QVERIFY(!window.datasetMetrics(0).empty());
            QVERIFY(window.embeddingView()->analysis()->model != QStringLiteral("sex-axis"));
            QVERIFY(window.saveProject(path).has_value());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(file.readAll())
                                      .object()[QStringLiteral("datasets")]
                                      .toArray()[0]
                                      .toObject();
        const QJsonObject imported = entry[QStringLiteral("embeddings")].toArray()[0].toObject();
        QCOMPARE(imported[QStringLiteral("array")].toString(),
                 QStringLiteral("arrays/sex-axis.npy"));
        QCOMPARE(imported[QStringLiteral("name")].toString(), QStringLiteral("sex-axis"));

        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openProject(path);
        while (window.isBusy())
            QVERIFY(idle.wait(120000));
        QCOMPARE(window.projectPanel()->runCount(0), 2);
        QVERIFY(window.projectPanel()->embeddingRunText(0, 1).contains(QStringLiteral(" x 4 ")));
    }

    void windowKeepsTheAuditSettingsOfAProject() {
        // A project written as an audit configuration: the window does not edit its
        // statistics or conditions, and must not lose them when it saves.
        Project p;
        ProjectDataset d;
        d.source = DatasetSource(DatasetFormat::Mimic, m_demo.mimicRoot);
        d.conditions = {QStringLiteral("Pneumonia")};
        p.datasets.push_back(d);
        p.audit.statistics.bootstrap.resamples = 77;
        p.audit.analyses.embeddings = false;
        // Compared with published tables (a one-row table of the study's layout).
        const QString published = m_dir.filePath(QStringLiteral("published"));
        test::writeFile(published, QStringLiteral("data/performance/MIMIC/zeroshot_chexzero.csv"),
                        "class,group,AUC,CI_AUC_low,CI_AUC_up,AUPRC,CI_AUPRC_low,CI_AUPRC_up,"
                        "baseline_auprc\nPneumonia,global,0.7,0.6,0.8,,,,\n");
        p.audit.published = {published, {{QStringLiteral("chexzero"), QStringLiteral("demo")}}};
        const QString path = m_dir.filePath(QStringLiteral("audit.cxrproject"));
        QVERIFY(p.write(path).has_value());
        MainWindow window;
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openProject(path);
        while (window.isBusy())
            QVERIFY(idle.wait(60000));
        const QString saved = m_dir.filePath(QStringLiteral("audit-saved.cxrproject"));
        QVERIFY(window.saveProject(saved).has_value());
        auto back = Project::read(saved);
        QVERIFY(back.has_value());
        QCOMPARE(back->audit.statistics.bootstrap.resamples, 77);
        QVERIFY(!back->audit.analyses.embeddings);
        QCOMPARE(back->datasets.size(), size_t(1));
        QCOMPARE(back->datasets[0].conditions, d.conditions);
        // The published tables were drawn again on opening, and stay in the project.
        QVERIFY(window.subgroupAucView()->published());
        QCOMPARE(window.subgroupAucView()->published()->publishedModels(),
                 QStringList{QStringLiteral("chexzero")});
        QCOMPARE(back->audit.published, p.audit.published);
    }

    void themesSwitchAndRestore() {
        const QPalette system = QApplication::palette();
        const QString systemStyle = QApplication::style()->name();
        // WCAG's relative luminance: linear light from sRGB.
        auto luminance = [](QColor c) {
            auto linear = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) +
                   0.0722 * linear(c.blueF());
        };
        QVERIFY(applyTheme(QStringLiteral("dark")));
        const QPalette dark = QApplication::palette();
        QVERIFY(luminance(dark.color(QPalette::Window)) < 0.05);
        // Text stays readable: a contrast of at least 7:1 (WCAG AAA) on windows and fields.
        for (const auto& [text, background] : {std::pair{QPalette::WindowText, QPalette::Window},
                                               std::pair{QPalette::Text, QPalette::Base},
                                               std::pair{QPalette::ButtonText, QPalette::Button}}) {
            const double a = luminance(dark.color(text)) + 0.05;
            const double b = luminance(dark.color(background)) + 0.05;
            QVERIFY2(std::max(a, b) / std::min(a, b) >= 7.0, qPrintable(QString::number(a / b)));
        }
        QVERIFY(applyTheme(QStringLiteral("light")));
        QVERIFY(luminance(QApplication::palette().color(QPalette::Window)) > 0.5);
        QVERIFY(applyTheme(QStringLiteral("system")));
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        // The system's style, under the focus ring's proxy.
        const auto* proxy = qobject_cast<QProxyStyle*>(QApplication::style());
        QVERIFY(proxy);
        QCOMPARE(proxy->baseStyle()->name(), systemStyle);
        QVERIFY(!applyTheme(QStringLiteral("purple")));
    }

    void addDatasetDialogPreviewsBeforeAdding() {
        AddDatasetDialog dialog;
        QSignalSpy previewed(&dialog, &AddDatasetDialog::previewed);
        dialog.setRoot(m_demo.mimicRoot);
        QVERIFY(previewed.wait(60000));
        QVERIFY2(dialog.cohort().has_value(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.cohort()->format(), DatasetFormat::Mimic);
        auto direct = loadCohort(DatasetSource(DatasetFormat::Mimic, m_demo.mimicRoot), {});
        QCOMPARE(dialog.cohort()->size(), direct->size());

        previewed.clear();
        dialog.setRoot(m_dir.filePath(QStringLiteral("no such folder")));
        if (previewed.isEmpty())
            QVERIFY(previewed.wait(10000));
        QVERIFY(!dialog.cohort().has_value());
        QVERIFY(dialog.problem().contains(QStringLiteral("does not exist")));

        // A generic CSV: the mapping comes from the table's header; a row with a bad label is
        // reported and left out, the others are read.
        const QDir csvRoot(m_dir.filePath(QStringLiteral("generic")));
        QVERIFY(csvRoot.mkpath(QStringLiteral("img")));
        QByteArray table = "path,patient_id,sex,age,ptx,effusion\n";
        for (int i = 0; i < 6; ++i) {
            QImage image(32, 32, QImage::Format_Grayscale8);
            image.fill(40 * i);
            QVERIFY(image.save(csvRoot.filePath(QStringLiteral("img/%1.png").arg(i))));
            table += QStringLiteral("img/%1.png,p%2,%3,%4,%5,%6\n")
                         .arg(i)
                         .arg(i / 2)
                         .arg(i % 2 ? QStringLiteral("M") : QStringLiteral("F"))
                         .arg(30 + 7 * i)
                         .arg(i == 5 ? QStringLiteral("maybe") : QString::number(i % 2))
                         .arg((i + 1) % 2)
                         .toUtf8();
        }
        test::writeFile(csvRoot, QStringLiteral("labels.csv"), table);
        previewed.clear();
        dialog.setRoot(csvRoot.path());
        dialog.setFormat(DatasetFormat::Csv);
        while (dialog.isReading() || previewed.isEmpty())
            QVERIFY(previewed.wait(30000));
        const ColumnMapping mapping = dialog.mapping();
        QCOMPARE(mapping.table, QStringLiteral("labels.csv"));
        QCOMPARE(mapping.image, QStringLiteral("path"));
        QCOMPARE(mapping.patient, QStringLiteral("patient_id"));
        QCOMPARE(mapping.labels.size(), 2);
        QVERIFY2(dialog.cohort().has_value(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.cohort()->size(), 5); // the row with an unreadable label is left out
        QCOMPARE(dialog.cohort()->report().invalidRows, qint64(1));
        QVERIFY(dialog.cohort()->conditions().contains(QStringLiteral("ptx")));
        QVERIFY(dialog.cohort()->report().problems.total() >= 1);
        QVERIFY(ColumnMapping::load(dialog.cohort()->source().mapping).has_value());
    }

    void addDatasetDialogTellsTheTruth() {
        AddDatasetDialog dialog;
        auto* detected = dialog.findChild<QLabel*>(QStringLiteral("detected"));
        QVERIFY(detected);
        // A folder that is not there is called missing, and the line follows what is typed.
        dialog.setRoot(m_dir.filePath(QStringLiteral("no-such-folder")));
        QVERIFY2(detected->text().contains(QStringLiteral("does not exist")),
                 qPrintable(detected->text()));
        QVERIFY(dialog.problem().contains(QStringLiteral("does not exist")));
        dialog.setRoot(m_demo.mimicRoot);
        QVERIFY2(detected->text().contains(QStringLiteral("MIMIC")), qPrintable(detected->text()));
        // A table that a spreadsheet wrote with semicolons: detected, its columns offered, its
        // first rows shown; the delimiter can be changed.
        const QDir folder(m_dir.filePath(QStringLiteral("semicolons")));
        QVERIFY(QDir().mkpath(folder.path()));
        test::writeFile(folder, "table.csv",
                        "path;patient;sex;Effusion\na.png;p1;F;1\nb.png;p2;M;0\n");
        dialog.setRoot(folder.path());
        dialog.setFormat(DatasetFormat::Csv);
        auto* delimiter = dialog.findChild<QComboBox*>(QStringLiteral("delimiter"));
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("tablePreview"));
        QVERIFY(delimiter && preview);
        QCOMPARE(delimiter->currentData().toInt(), int(';'));
        QCOMPARE(preview->columnCount(), 4);
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("M"));
        QCOMPARE(dialog.mapping().image, QStringLiteral("path"));
        QCOMPARE(dialog.mapping().delimiter, ';');
        const ColumnMapping chosen = dialog.mapping();
        delimiter->setCurrentIndex(delimiter->findData(int(',')));
        Q_EMIT delimiter->activated(delimiter->currentIndex());
        QCOMPARE(preview->columnCount(), 1); // read with commas, the header is one field
        // The mapping keeps the delimiter for the loader.
        auto back = ColumnMapping::fromJson(chosen.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->delimiter, ';');
        QJsonObject bad = chosen.toJson();
        bad.insert(QStringLiteral("delimiter"), QStringLiteral("|"));
        QVERIFY(!ColumnMapping::fromJson(bad).has_value());
    }

    void tourBubbleCoversNoControl() {
        // On the demo, in French (the longest texts), on a big screen and on a laptop's: at
        // every step the bubble shows all of its text and covers no button, box, field, list
        // or tab.
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(GuidedTour::tr("&Next"), QStringLiteral("&Suivant"));
        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openDataset(m_demo.mimicRoot);
        QVERIFY(idle.wait(60000));
        window.analyseDataset(0, m_demo.modelPath);
        QVERIFY(idle.wait(120000));
        for (const QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            window.resize(size);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            GuidedTour* tour = window.tour();
            for (int i = 0; i < tour->stepCount(); ++i) {
                tour->goTo(i);
                QVERIFY(tour->isVisible());
                QVERIFY2(tour->height() >= tour->layout()->totalHeightForWidth(tour->width()),
                         qPrintable(QStringLiteral("step %1: text cut").arg(i)));
                const QRect bubble = tour->geometry();
                for (QWidget* w : window.findChildren<QWidget*>()) {
                    if (!w->isVisible() || tour->isAncestorOf(w) || w == tour ||
                        !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                          qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                          qobject_cast<QTabBar*>(w)))
                        continue;
                    const QRect control(w->mapTo(&window, QPoint(0, 0)), w->size());
                    QVERIFY2(!bubble.intersects(control),
                             qPrintable(QStringLiteral("%1x%2, step %3 covers %4 '%5'")
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(i)
                                            .arg(QString::fromLatin1(w->metaObject()->className()),
                                                 w->objectName())));
                }
            }
            tour->leave();
        }
        installTranslations(QStringLiteral("en"));
    }

    void guidedTourLeavesAndResumes() {
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            GuidedTour* tour = window.tour();
            QCOMPARE(tour->stepCount(), 10);
            for (int i = 0; i < tour->stepCount(); ++i) {
                tour->goTo(i);
                QCOMPARE(tour->currentStep(), i);
                QVERIFY(tour->isVisible());
                QVERIFY(!tour->step(i).text.isEmpty());
                if (!tour->step(i).view.isEmpty()) {
                    QVERIFY(tour->highlighted());
                    QVERIFY(tour->highlighted()->isVisible());
                }
            }
            tour->goTo(4); // the drain shortcut
            QCOMPARE(tour->highlighted()->objectName(), QStringLiteral("ShortcutDock"));
            tour->leave();
            QVERIFY(!tour->isVisible());
        }
        MainWindow window;
        window.show();
        window.tour()->resume();
        QCOMPARE(window.tour()->currentStep(), 4);
        window.tour()->next();
        QCOMPARE(window.tour()->highlighted()->objectName(), QStringLiteral("RocDock"));
        window.tour()->restart();
        QCOMPARE(window.tour()->currentStep(), 0);
    }
};

QTEST_MAIN(TestProject)
#include "test_project.moc"

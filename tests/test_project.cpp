#include "adddatasetdialog.h"
#include "charts/subgroupaucchart.h"
#include "guidedtour.h"
#include "mainwindow.h"
#include "project.h"
#include "prompteditor.h"
#include "subgroupaucview.h"

#include "data/cohortloader.h"
#include "demo/demogenerator.h"

#include "testsupport.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
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
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .removeRecursively();
        DemoOptions options;
        options.outDir = m_dir.filePath(QStringLiteral("data/demo"));
        options.nihImages = 0;
        options.mimicImages = 160;
        options.imageSize = 64;
        auto demo = generateDemo(options);
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
        QVERIFY(r.error().message.contains(QStringLiteral("invalid JSON")));
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
        QVERIFY(bad.error().message.startsWith(QStringLiteral("dataset 1")));
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
        }
        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openProject(path);
        while (window.isBusy())
            QVERIFY(idle.wait(120000));
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
        QVERIFY(dialog.problem().contains(QStringLiteral("existing folder")));

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

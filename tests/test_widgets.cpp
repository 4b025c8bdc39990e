#include "cohortsettingseditor.h"
#include "cohortsummaryview.h"
#include "mainwindow.h"
#include "summarymodels.h"

#include "data/cohortsummary.h"
#include "data/nihreader.h"
#include "demo/demogenerator.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cxrfair;

class TestWidgets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_nih;
    QString m_mimic;

    Cohort loadNihDemo() const {
        auto cohort = loadNih(DatasetSource(DatasetFormat::Nih, m_nih), CohortSettings());
        if (!cohort)
            qFatal("%s", qPrintable(cohort.error().toString()));
        return *cohort;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
        DemoOptions options;
        options.outDir = m_dir.filePath(QStringLiteral("demo"));
        options.nihImages = 120;
        options.mimicImages = 80;
        options.imageSize = 96;
        QVERIFY(generateDemo(options));
        m_nih = options.outDir + QStringLiteral("/nih");
        m_mimic = options.outDir + QStringLiteral("/mimic");
    }

    void modelsPassTheTester() {
        const CohortSummary summary = summarize(loadNihDemo());
        ConditionCountsModel conditions;
        AttributeCountsModel attributes;
        ProblemsModel problems;
        QAbstractItemModelTester t1(&conditions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&attributes,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&problems,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        conditions.setSummary(summary);
        attributes.setSummary(summary);
        problems.setProblems(summary.report.problems.listed());
        QCOMPARE(conditions.rowCount(), int(summary.conditions.size()));
        // The model shows the summary's numbers.
        for (int r = 0; r < conditions.rowCount(); ++r) {
            QCOMPARE(conditions.index(r, 0).data().toString(), summary.conditions[r].name);
            QCOMPARE(conditions.index(r, 1).data().toLongLong(), summary.conditions[r].positive);
            QCOMPARE(conditions.index(r, 2).data().toLongLong(), summary.conditions[r].negative);
        }
        qint64 sexTotal = 0;
        for (int r = 0; r < attributes.rowCount(); ++r) {
            if (attributes.index(r, 0).data().toString() == QStringLiteral("sex"))
                sexTotal += attributes.index(r, 2).data().toLongLong();
        }
        QCOMPARE(sexTotal, summary.images);
        QCOMPARE(problems.rowCount(), int(summary.report.problems.listed().size()));
        conditions.setSummary(CohortSummary());
        QCOMPARE(conditions.rowCount(), 0);
    }

    void settingsEditor() {
        CohortSettingsEditor editor;
        QSignalSpy spy(&editor, &CohortSettingsEditor::applied);
        auto* bins = editor.findChild<QLineEdit*>(QStringLiteral("ageBins"));
        QCOMPARE(bins->text(), QStringLiteral("18,25,50,65,80"));
        bins->setText(QStringLiteral("50,20"));
        QTest::keyClick(bins, Qt::Key_Return);
        QCOMPARE(spy.count(), 0); // invalid: nothing applied
        bins->setText(QStringLiteral("20,40,60,80"));
        QTest::keyClick(bins, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).value<CohortSettings>().ageBins.toString(),
                 QStringLiteral("20,40,60,80"));
        QCOMPARE(spy.last().at(1).toBool(), false); // bins need no reload
        auto* views = editor.findChild<QLineEdit*>(QStringLiteral("views"));
        views->setText(QStringLiteral("pa"));
        QTest::keyClick(views, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).value<CohortSettings>().views, QStringList{QStringLiteral("PA")});
        QCOMPARE(spy.last().at(1).toBool(), true); // a row filter: reload

        // Race rules are edited in their table: drop the UNKNOWN rule, rename White.
        auto* rules = editor.findChild<QTableWidget*>(QStringLiteral("raceRules"));
        QVERIFY(rules);
        for (int row = 0; row < rules->rowCount(); ++row) {
            if (rules->item(row, 0)->text() == QStringLiteral("UNKNOWN")) {
                rules->removeRow(row);
                break;
            }
        }
        rules->item(0, 1)->setText(QStringLiteral("European descent"));
        editor.findChild<QLineEdit*>(QStringLiteral("maleName"))->setText(QStringLiteral("Men"));
        editor.findChild<QPushButton*>(QStringLiteral("apply"))->click();
        QCOMPARE(spy.count(), 3);
        const CohortSettings edited = spy.last().at(0).value<CohortSettings>();
        QCOMPARE(edited.race.map(QStringLiteral("WHITE - RUSSIAN")),
                 QStringLiteral("European descent"));
        QCOMPARE(edited.race.map(QStringLiteral("UNKNOWN")), QStringLiteral("Other"));
        QCOMPARE(edited.maleName, QStringLiteral("Men"));
    }

    void mainWindowLoadsAndAppliesSettings() {
        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openDataset(m_nih);
        QVERIFY(idle.wait(30000));
        QCOMPARE(window.datasetCount(), 1);
        QCOMPARE(window.dataset(0).size(), loadNihDemo().size());

        auto* view = window.findChild<CohortSummaryView*>();
        QVERIFY(view);
        QAbstractItemModel* labels = view->conditionsTable()->model();
        QVERIFY(labels->rowCount() > 0);
        QVERIFY(!window.grab().isNull());

        // Changing the blank policy re-counts at once, without a reload.
        auto* editor = window.findChild<CohortSettingsEditor*>();
        auto* blank = editor->findChild<QComboBox*>(QStringLiteral("blank"));
        blank->setCurrentIndex(0); // drop
        Q_EMIT blank->activated(0);
        editor->findChild<QPushButton*>(QStringLiteral("apply"))->click();
        QVERIFY(!window.isBusy());
        QCOMPARE(window.dataset(0).settings().blank, LabelPolicy::Unknown);

        // On MIMIC, whose reports leave most conditions blank, the counts change at once.
        window.openDataset(m_mimic);
        QVERIFY(idle.wait(30000));
        QCOMPARE(window.datasetCount(), 2);
        auto negatives = [&] {
            QAbstractItemModel* m = view->conditionsTable()->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                if (m->index(r, 0).data().toString() == QStringLiteral("Pneumothorax"))
                    return m->index(r, 2).data().toLongLong();
            }
            return qint64(-1);
        };
        const qint64 before = negatives();
        blank->setCurrentIndex(0);
        Q_EMIT blank->activated(0);
        editor->findChild<QPushButton*>(QStringLiteral("apply"))->click();
        QVERIFY(!window.isBusy());
        Cohort expected = window.dataset(1);
        QCOMPARE(expected.settings().blank, LabelPolicy::Unknown);
        qint64 explicitNegatives = 0;
        const int ptx = expected.conditionIndex(QStringLiteral("Pneumothorax"));
        for (size_t row = 0; row < expected.size(); ++row)
            explicitNegatives += expected.rawLabel(ptx, row) == LabelState::Negative;
        QCOMPARE(negatives(), explicitNegatives);
        QVERIFY(negatives() < before);

        // A bad folder: an error, and the window keeps what it has.
        int dialogs = 0;
        QTimer closer;
        connect(&closer, &QTimer::timeout, [&dialogs] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    ++dialogs;
                    box->close();
                }
            }
        });
        closer.start(50);
        window.openDataset(m_dir.filePath(QStringLiteral("nothing-here")), DatasetFormat::Nih);
        QTRY_VERIFY_WITH_TIMEOUT(dialogs == 1 && !window.isBusy(), 10000);
        QCOMPARE(window.datasetCount(), 2);
    }
};

QTEST_MAIN(TestWidgets)
#include "test_widgets.moc"

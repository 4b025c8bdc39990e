#include "charts/exportbutton.h"
#include "charts/paretochart.h"
#include "charts/pcascatter.h"
#include "charts/pointcloud.h"
#include "charts/probechart.h"
#include "charts/promptsensitivitychart.h"
#include "charts/rocchart.h"
#include "charts/subgroupaucchart.h"
#include "crossaucmatrixmodel.h"
#include "embeddingview.h"
#include "fairnesssummaryview.h"
#include "galleryview.h"
#include "imageviewer.h"
#include "promptsensitivityview.h"
#include "qcp.h"
#include "radiographcanvas.h"
#include "rocview.h"
#include "shortcutview.h"
#include "slicesview.h"
#include "subgroupauctablemodel.h"
#include "subgroupaucview.h"
#include "thresholdtablemodel.h"

#include "embedding/mmd.h"
#include "robustness/regionattribution.h"
#include "robustness/saliency.h"

#include "stats/groupcurves.h"
#include "stats/tablemetrics.h"
#include "study/reproduction.h"

#include "common/random.h"
#include "data/cohortloader.h"
#include "demo/devicetruth.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using namespace cxrfair;

namespace {

/// Ray casting, written independently of Qt's containsPoint.
bool insideByRays(double x, double y, const QPolygonF& p) {
    bool inside = false;
    for (qsizetype i = 0, j = p.size() - 1; i < p.size(); j = i++) {
        if ((p[i].y() > y) != (p[j].y() > y) &&
            x < (p[j].x() - p[i].x()) * (y - p[i].y()) / (p[j].y() - p[i].y()) + p[i].x())
            inside = !inside;
    }
    return inside;
}

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons) {
    QMouseEvent event(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

bool isFigure(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(8);
    if (path.endsWith(QStringLiteral(".png")))
        return head.startsWith("\x89PNG");
    if (path.endsWith(QStringLiteral(".pdf")))
        return head.startsWith("%PDF");
    f.seek(0);
    return f.readAll().contains("<svg");
}

/// The table's sex and age groups (the study's bins), the drains left out.
ScoreGrouping sexAndAge() {
    ScoreGrouping grouping;
    grouping.attributes = {QStringLiteral("sex"), QStringLiteral("age")};
    grouping.ageBins = *AgeBins::parse(QStringLiteral("18,25,50,65,80"));
    grouping.confounder = QStringLiteral("drain");
    return grouping;
}

} // namespace

class TestViews : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const ScoreTable> m_table;

private Q_SLOTS:
    void initTestCase() {
        // One model, two conditions, 600 images of 300 patients; the signal is weaker for the
        // oldest, and drains (on positives) make Pneumothorax easier.
        QByteArray csv = "model,condition,sample_id,patient_id,label,score,sex,age,drain\n";
        Random r(17);
        for (int i = 0; i < 600; ++i) {
            const int age = 20 + (i * 37) % 70;
            for (const char* condition : {"Effusion", "Pneumothorax"}) {
                const int label = r.chance(0.3) ? 1 : 0;
                const bool drain = label && r.chance(0.5);
                const double signal = label ? (age > 70 ? 0.4 : 1.5) + (drain ? 1.0 : 0.0) : 0.0;
                const double score = 1.0 / (1.0 + std::exp(-(signal - 0.8 + r.normal())));
                csv += QStringLiteral("demo,%1,img%2,p%3,%4,%5,%6,%7,%8\n")
                           .arg(QLatin1String(condition))
                           .arg(i)
                           .arg(i / 2)
                           .arg(label)
                           .arg(score, 0, 'g', 17)
                           .arg(i % 2 ? QStringLiteral("Male") : QStringLiteral("Female"))
                           .arg(age)
                           .arg(label ? QString::number(drain ? 1 : 0) : QString())
                           .toUtf8();
            }
        }
        auto table = readScoreTable(test::writeFile(QDir(m_dir.path()), "scores.csv", csv));
        QVERIFY(table.has_value());
        m_table = std::make_shared<const ScoreTable>(std::move(*table));
    }

    void rocViewShowsTheCoreCurvesAndRates() {
        RocView view;
        view.resize(1000, 600);
        view.show();
        QSignalSpy updated(&view, &RocView::updated);
        view.setTable(m_table);
        QVERIFY(updated.wait(10000));
        view.select(QStringLiteral("demo"), QStringLiteral("Effusion"), QStringLiteral("age"));
        QTRY_VERIFY(!view.isComputing());
        ScoreGrouping grouping;
        grouping.attributes = {QStringLiteral("age")};
        const auto data = conditionData(*m_table, 0, grouping, nullptr);
        QVERIFY(data.has_value());
        const auto curves = groupRocCurves(*data, 0, 0);
        const auto& series = view.chart()->series();
        // "All images" and each age group with both classes.
        int expected = 0;
        for (const GroupRocCurve& c : curves)
            expected += c.positives > 0 && c.negatives > 0;
        QCOMPARE(int(series.size()), expected);
        QCOMPARE(series[0].fpr, curves[0].curve.fpr);
        QCOMPARE(series[0].tpr, curves[0].curve.tpr);

        // A fixed threshold: the table shows core's rates, the chart the operating points.
        view.setRule(*ThresholdRule::parse(QStringLiteral("value:0.6")));
        QTRY_VERIFY(!view.isComputing());
        auto report =
            thresholdReport(*data, 0, 0, *ThresholdRule::parse(QStringLiteral("value:0.6")));
        QVERIFY(report.has_value());
        const ThresholdReport& shown = view.rates()->report();
        QCOMPARE(shown.threshold, 0.6);
        QCOMPARE(shown.groups.size(), report->groups.size());
        for (size_t g = 0; g < shown.groups.size(); ++g) {
            QCOMPARE(shown.groups[g].rates.tp, report->groups[g].rates.tp);
            QCOMPARE(shown.groups[g].rates.fp, report->groups[g].rates.fp);
        }
        QVERIFY(view.chart()->series()[0].operatingPoint.has_value());
        QCOMPARE(view.chart()->series()[0].operatingPoint->y(), report->groups[0].rates.tpr);
        QAbstractItemModelTester tester(view.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.table()->model()->rowCount(), int(report->groups.size()));

        // Moving the threshold updates the rates at once.
        auto* value = view.findChild<QDoubleSpinBox*>(QStringLiteral("value"));
        value->setValue(0.3);
        QTRY_VERIFY(!view.isComputing());
        QCOMPARE(view.rates()->report().threshold, 0.3);
        QVERIFY(view.rates()->report().groups[0].rates.tpr >= report->groups[0].rates.tpr);

        // Youden's J on validation: the same threshold as core, rates on the other patients.
        view.setRule(ThresholdRule{});
        QTRY_VERIFY(!view.isComputing());
        const auto youden = thresholdReport(*data, 0, 0, ThresholdRule{});
        QCOMPARE(view.rates()->report().threshold, youden->threshold);
        QVERIFY(view.rates()->report().validationImages > 0);
        QCOMPARE(view.rates()->report().evaluatedImages + view.rates()->report().validationImages,
                 qint64(data->labels.size()));
    }

    void shortcutViewDrawsTheStrata() {
        auto rows = shortcutsForCondition(*m_table, 1, 2, {100, 1, BootstrapMode::Clustered, 0.95});
        QCOMPARE(rows.size(), size_t(1));
        ShortcutView view;
        view.resize(900, 400);
        view.show();
        view.setRows(rows);
        const auto& series = view.rocChart()->series();
        QCOMPARE(series.size(), size_t(3));
        QCOMPARE(series[1].tpr, rows[0].curves.unconfounded.tpr);
        QCOMPARE(series[2].fpr, rows[0].curves.confounded.fpr);
        QVERIFY(*rows[0].metrics.aucConfounded > *rows[0].metrics.aucUnconfounded);
        const QStringList csv = view.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 4);
        QVERIFY(csv[3].startsWith(QStringLiteral("\"demo\",with,")));
        for (const char* name : {"drain-roc.png", "drain-roc.svg", "drain-roc.pdf"}) {
            const QString path = m_dir.filePath(QLatin1String(name));
            QVERIFY(exportFigureOrData(view.rocChart()->plot(), view.rocChart()->csv(), path));
            QVERIFY2(isFigure(path), name);
        }
    }

    void polygonSelectionMatchesRayCasting() {
        Random r(5);
        std::vector<float> x, y;
        for (int i = 0; i < 20000; ++i) {
            x.push_back(float(r.uniform(-2, 2)));
            y.push_back(float(r.uniform(-2, 2)));
        }
        QPolygonF star;
        for (int k = 0; k < 10; ++k) {
            const double angle = k * M_PI / 5, radius = k % 2 ? 0.6 : 1.8;
            star << QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        const auto inside = pointsInPolygon(x, y, star);
        int count = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            QCOMPARE(bool(inside[i]), insideByRays(x[i], y[i], star));
            count += inside[i];
        }
        QVERIFY(count > 1000 && count < 10000);
    }

    void lassoWithTheMouseSelectsPoints() {
        PcaScatter scatter;
        scatter.resize(600, 500);
        scatter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scatter));
        std::vector<float> x, y;
        for (int i = 0; i < 40; ++i)
            for (int j = 0; j < 40; ++j) {
                x.push_back(float(i));
                y.push_back(float(j));
            }
        scatter.setPoints(x, y, QStringLiteral("PC1"), QStringLiteral("PC2"));
        QSignalSpy changed(&scatter, &PcaScatter::selectionChanged);
        scatter.setTool(PcaScatter::Tool::Lasso);
        QCustomPlot* plot = scatter.plot();
        auto pixel = [&](double cx, double cy) {
            return QPointF(plot->xAxis->coordToPixel(cx), plot->yAxis->coordToPixel(cy));
        };
        // A triangle drawn with the mouse, from (5, 5) to (30, 5) to (5, 30).
        const QPointF corners[] = {pixel(5, 5), pixel(30, 5), pixel(5, 30)};
        sendMouse(plot, QEvent::MouseButtonPress, corners[0], Qt::LeftButton);
        for (int side = 0; side < 3; ++side)
            for (int step = 1; step <= 10; ++step) {
                const QPointF a = corners[side], b = corners[(side + 1) % 3];
                sendMouse(plot, QEvent::MouseMove, a + (b - a) * (step / 10.0), Qt::LeftButton);
            }
        sendMouse(plot, QEvent::MouseButtonRelease, corners[0], Qt::NoButton);
        QCOMPARE(changed.count(), 1);
        // Grid points strictly inside x + y < 35, x > 5, y > 5 are selected; those well
        // outside are not (the drawn edges are within a pixel of the exact ones).
        const auto& selection = scatter.selection();
        for (size_t i = 0; i < x.size(); ++i) {
            const double margin = 0.5;
            if (x[i] > 5 + margin && y[i] > 5 + margin && x[i] + y[i] < 35 - margin)
                QVERIFY(selection[i]);
            if (x[i] < 5 - margin || y[i] < 5 - margin || x[i] + y[i] > 35 + margin)
                QVERIFY(!selection[i]);
        }
        QVERIFY(scatter.selectedCount() > 250);
        // Rectangle with Shift adds to the selection.
        scatter.setTool(PcaScatter::Tool::Rectangle);
        const qsizetype before = scatter.selectedCount();
        scatter.selectPolygon(QPolygonF({QPointF(34.5, 34.5), QPointF(39.5, 34.5),
                                         QPointF(39.5, 39.5), QPointF(34.5, 39.5)}),
                              true);
        QCOMPARE(scatter.selectedCount(), before + 25);
        scatter.clearSelection();
        QCOMPARE(scatter.selectedCount(), qsizetype(0));
    }

    void embeddingViewComparesTheSelectionWithCore() {
        // Embeddings of the table's images: 8 dimensions, sex shifts dimension 0.
        EmbeddingAnalysis analysis;
        analysis.model = QStringLiteral("demo");
        FloatMatrix x{600, 8, {}};
        Random r(9);
        SampleClasses sex{
            QStringLiteral("sex"), {QStringLiteral("Female"), QStringLiteral("Male")}, {}};
        for (int i = 0; i < 600; ++i) {
            analysis.sampleIds << QStringLiteral("img%1").arg(i);
            analysis.patientIds << QStringLiteral("p%1").arg(i / 2);
            analysis.paths << QString();
            sex.codes.push_back(i % 2);
            for (int d = 0; d < 8; ++d)
                x.data.push_back(float(r.normal() + (d == 0 ? 2.0 * (i % 2) : 0.0)));
        }
        analysis.columns = {sex};
        analysis.pca = *pca(x, 2);
        EmbeddingView view;
        view.resize(1100, 600);
        view.show();
        view.setAnalysis(std::make_shared<const EmbeddingAnalysis>(analysis), m_table);
        // Colourings: the attribute, then a score per condition.
        QCOMPARE(view.colourBox()->count(), 3);
        view.colourBox()->setCurrentIndex(2);
        QCOMPARE(view.scatter()->cloud()->pointCount(), qsizetype(600));
        QSignalSpy selected(&view, &EmbeddingView::samplesSelected);
        QSignalSpy ready(&view, &EmbeddingView::selectionMetricsReady);
        QSignalSpy aucsFirst(&view, &EmbeddingView::selectionAucsShown);
        // Everything right of PC1 = 0.
        view.scatter()->selectPolygon(
            QPolygonF({QPointF(0, -100), QPointF(100, -100), QPointF(100, 100), QPointF(0, 100)}));
        QCOMPARE(selected.count(), 1);
        const QStringList ids = selected.front().front().toStringList();
        QVERIFY(ids.size() > 100 && ids.size() < 500);
        QVERIFY(ready.wait(20000) || ready.count() > 0);
        // The AUCs were shown first, then the intervals.
        QCOMPARE(aucsFirst.count(), 1);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!view.isComputing());
        QVERIFY(view.selectionMetrics().front().groups[1].bootstrapCi.valid());
        // The same numbers as core's selectionMetrics.
        std::vector<bool> chosen(size_t(m_table->sampleIds.size()), false);
        for (const QString& id : ids)
            chosen[size_t(m_table->sampleIds.indexOf(id))] = true;
        MetricsSettings settings;
        settings.bootstrap.resamples = 200;
        const auto expected = selectionMetrics(*m_table, chosen, settings);
        QVERIFY(expected.has_value());
        const auto& shown = view.selectionMetrics();
        QCOMPARE(shown.size(), expected->size());
        for (size_t m = 0; m < shown.size(); ++m)
            for (size_t g = 0; g < shown[m].groups.size(); ++g) {
                QCOMPARE(shown[m].groups[g].n, (*expected)[m].groups[g].n);
                QCOMPARE(shown[m].groups[g].auc.has_value(),
                         (*expected)[m].groups[g].auc.has_value());
                if (shown[m].groups[g].auc)
                    QCOMPARE(shown[m].groups[g].auc->auc, (*expected)[m].groups[g].auc->auc);
            }
        // "selected" has exactly the chosen images scored on the condition.
        QCOMPARE(shown[0].groups[1].group, QStringLiteral("selected"));
        QCOMPARE(shown[0].groups[1].n, qint64(ids.size()));
        for (const char* name : {"pca.png", "pca.svg", "pca.pdf", "probe.png"}) {
            const QString path = m_dir.filePath(QLatin1String(name));
            QCustomPlot* plot = QString::fromLatin1(name).startsWith(QStringLiteral("pca"))
                                    ? view.scatter()->plot()
                                    : view.probeChart()->plot();
            QVERIFY(exportFigureOrData(plot, {}, path));
            QVERIFY2(isFigure(path), name);
        }
        const QStringList csv = view.scatter()->csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 601);
    }

    void fairnessSummaryShowsTheParetoPlotAndTheCrossGroupAucs() {
        MetricsSettings settings;
        settings.bootstrap.resamples = 100;
        settings.crossGroupAuc = true;
        settings.evidenceWidth = 0.5;
        auto report = metricsForTable(*m_table, sexAndAge(), settings);
        QVERIFY(report);
        FairnessSummaryView view;
        view.resize(1200, 500);
        view.show();
        view.setMetrics(report->results);
        view.conditionBox()->setCurrentText(QStringLiteral("Effusion"));
        view.attributeBox()->setCurrentIndex(view.attributeBox()->findData(QStringLiteral("age")));
        const ModelConditionMetrics* effusion = nullptr;
        for (const ModelConditionMetrics& m : report->results)
            if (m.condition == QStringLiteral("Effusion"))
                effusion = &m;
        QVERIFY(effusion);
        const GapMetrics* age = nullptr;
        for (const GapMetrics& g : effusion->summaries)
            if (g.attribute == QStringLiteral("age"))
                age = &g;
        QVERIFY(age && age->worstAuc);
        // The point: the overall AUC against the summary's worst group, with both intervals.
        const auto& points = view.chart()->points();
        QCOMPARE(points.size(), size_t(1));
        QCOMPARE(points[0].auc, effusion->groups.front().auc->auc);
        QCOMPARE(points[0].worst, *age->worstAuc);
        QCOMPARE(points[0].worstLow, age->worstAucCi.low);
        QVERIFY(points[0].onFront);
        QVERIFY(view.chart()->csv().startsWith(QStringLiteral("model,condition,attribute,auc,")));
        QVERIFY(view.summary().contains(QString::number(*age->aucGap, 'f', 3)));
        // The matrix: every pair's xAUC both ways, the groups' own AUCs on the diagonal.
        const CrossAucMatrixModel* matrix = view.matrixModel();
        QAbstractItemModelTester tester(view.matrix()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int pairs = 0;
        for (const CrossGroupAuc& x : effusion->crossAucs) {
            if (x.attribute != QStringLiteral("age"))
                continue;
            ++pairs;
            const int a = int(matrix->groups().indexOf(x.groupA)),
                      b = int(matrix->groups().indexOf(x.groupB));
            QCOMPARE(matrix->value(a, b), x.ab);
            QCOMPARE(matrix->value(b, a), x.ba);
        }
        const int n = int(matrix->groups().size());
        QCOMPARE(pairs, n * (n - 1) / 2);
        for (const GroupMetrics& g : effusion->groups)
            if (g.attribute == QStringLiteral("age") && g.auc)
                QCOMPARE(*matrix->value(int(matrix->groups().indexOf(g.group)),
                                        int(matrix->groups().indexOf(g.group))),
                         g.auc->auc);
        QCOMPARE(matrix->csv().count(QLatin1Char('\n')), 1 + n * n);
    }

    void subgroupViewShowsMatchedAucsAndPublishedValues() {
        ScoreGrouping grouping = sexAndAge();
        grouping.match = {QStringLiteral("age")};
        MetricsSettings settings;
        settings.bootstrap.resamples = 100;
        auto report = metricsForTable(*m_table, grouping, settings);
        QVERIFY(report);
        SubgroupAucView view;
        view.resize(1000, 600);
        view.show();
        view.setMetrics(report->results);
        view.setAttribute(QStringLiteral("sex"));
        QVERIFY(view.matchedButton()->isEnabled());
        QVERIFY(view.chart()->data().matchedOn.isEmpty());
        view.setMatched(true);
        const SubgroupAucData& shown = view.chart()->data();
        QCOMPARE(shown.matchedOn, QStringList{QStringLiteral("age")});
        for (const ModelConditionMetrics& mc : report->results) {
            const qsizetype c = shown.conditions.indexOf(mc.condition);
            for (const MatchedComparison& m : mc.matched) {
                if (m.attribute != QStringLiteral("sex"))
                    continue;
                for (const MatchedGroup& g : m.groups) {
                    const auto& bar = shown.bars[size_t(shown.groups.indexOf(g.group))][size_t(c)];
                    QVERIFY(bar && g.auc);
                    QCOMPARE(bar->auc, *g.auc);
                    QCOMPARE(bar->low, g.ci.low);
                }
            }
        }
        QVERIFY(view.chart()->plot()->plotLayout()->elementCount() > 0);
        QVERIFY(subgroupBarDescription(shown, 0, 0).contains(QStringLiteral("matching")));
        // Age is matched on nothing here (only age was asked for): no toggle.
        view.setAttribute(QStringLiteral("age"));
        QVERIFY(!view.matchedButton()->isEnabled());
        QVERIFY(view.chart()->data().matchedOn.isEmpty());

        // The published values: a diamond on the bar they match, the numbers in the tooltip.
        view.setMatched(false);
        view.setAttribute(QStringLiteral("sex"));
        PublishedResult female;
        female.model = QStringLiteral("DEMO"); // names match in any case
        female.dataset = QStringLiteral("mimic");
        female.condition = QStringLiteral("Effusion");
        female.group = QStringLiteral("Female");
        female.auc = 0.71;
        female.aucLow = 0.6;
        female.aucHigh = 0.8;
        view.setPublished(
            std::make_shared<const PublishedMatcher>(std::vector<PublishedResult>{female}));
        const SubgroupAucData& marked = view.chart()->data();
        const qsizetype g = marked.groups.indexOf(QStringLiteral("Female"));
        const qsizetype c = marked.conditions.indexOf(QStringLiteral("Effusion"));
        QVERIFY(g >= 0 && c >= 0);
        QCOMPARE(marked.bars[size_t(g)][size_t(c)]->published, std::optional<double>(0.71));
        QVERIFY(!marked.bars[size_t(1 - g)][size_t(c)]->published); // Male: not published
        QVERIFY(subgroupBarDescription(marked, int(g), int(c))
                    .contains(QStringLiteral("0.71 [0.60, 0.80]")));
        bool legend = false;
        for (int i = 0; i < view.chart()->plot()->graphCount(); ++i)
            legend = legend ||
                     view.chart()->plot()->graph(i)->name().startsWith(QStringLiteral("Published"));
        QVERIFY(legend);
        QVERIFY(subgroupAucCsv(marked).contains(QStringLiteral(",0.71,0.6,0.8")));
    }

    void embeddingViewListsTheRepresentationShift() {
        EmbeddingAnalysis analysis;
        analysis.model = QStringLiteral("demo");
        FloatMatrix x{90, 4, {}};
        Random r(3);
        SampleClasses site{QStringLiteral("site"),
                           {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                           {}};
        QStringList groups;
        for (int i = 0; i < 90; ++i) {
            analysis.sampleIds << QStringLiteral("img%1").arg(i);
            analysis.patientIds << QStringLiteral("p%1").arg(i);
            analysis.paths << QString();
            site.codes.push_back(i % 3);
            groups << site.classes[i % 3];
            for (int d = 0; d < 4; ++d)
                x.data.push_back(float(r.normal() + (d == 0 && i % 3 == 2 ? 3.0 : 0.0)));
        }
        analysis.columns = {site};
        analysis.pca = *pca(x, 2);
        MmdOptions options;
        options.permutations = 200;
        auto pairs = groupMmd(x, groups, options);
        QVERIFY(pairs);
        analysis.shifts = {{QStringLiteral("site"), *pairs}};
        EmbeddingView view;
        view.resize(1100, 600);
        view.show();
        view.setAnalysis(std::make_shared<const EmbeddingAnalysis>(analysis), m_table);
        QTableWidget* table = view.shiftTable();
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const MmdPair& p = (*pairs)[size_t(row)];
            QCOMPARE(table->item(row, 1)->text(), p.groupA + QStringLiteral(" / ") + p.groupB);
            QVERIFY(table->item(row, 1)->toolTip().contains(QString::number(p.nA)));
            QCOMPARE(table->item(row, 2)->text(), QString::number(p.mmd2, 'g', 3));
            QCOMPARE(table->item(row, 3)->text(), QString::number(p.p, 'g', 3));
        }
        // c is shifted: its pairs are beyond chance, a against b is not.
        QVERIFY((*pairs)[0].p > 0.05);
        QVERIFY((*pairs)[1].p < 0.01 && (*pairs)[2].p < 0.01);
    }

    void promptSensitivityShowsEverySetAndMarksTheInvertedOne() {
        // Two sets: "words" ranks Male worst, "trap" is below chance and ranks Female worst.
        auto sweep = std::make_shared<PromptSweep>();
        sweep->model = QStringLiteral("m");
        sweep->sets = {QStringLiteral("words"), QStringLiteral("trap")};
        sweep->conditions = {QStringLiteral("Pneumothorax")};
        const std::tuple<const char*, const char*, double, double> aucs[] = {
            {"all", "all", 0.80, 0.40}, {"sex", "Female", 0.85, 0.38}, {"sex", "Male", 0.75, 0.45}};
        for (const auto& [attribute, group, words, trap] : aucs)
            for (const auto& [set, auc] : {std::pair{"words", words}, std::pair{"trap", trap}})
                sweep->rows.push_back({QStringLiteral("Pneumothorax"),
                                       QString::fromLatin1(attribute), QString::fromLatin1(group),
                                       QString::fromLatin1(set), 100, 20, auc});
        // The summary in closed form.
        const std::vector<SweepSummaryRow> summary = summariseSweep(*sweep);
        QCOMPARE(summary.size(), size_t(3));
        const SweepSummaryRow& female = summary[1];
        QCOMPARE(female.group, QStringLiteral("Female"));
        QVERIFY(std::abs(*female.aucSd - std::abs(0.85 - 0.38) / std::sqrt(2.0)) < 1e-12);
        QVERIFY(std::abs(*female.gapMin - 0.07) < 1e-12 && std::abs(*female.gapMax - 0.10) < 1e-12);
        QVERIFY(female.worstGroupChanges);
        QCOMPARE(female.worstGroups, (QStringList{"words=Male", "trap=Female"}));
        QCOMPARE(female.inverted, QStringList{"trap"});
        QVERIFY(!summary[0].gapMin && !summary[0].worstGroupChanges);

        PromptSensitivityView view;
        view.resize(700, 400);
        view.setSweep(sweep);
        QCOMPARE(view.conditionBox()->currentText(), QStringLiteral("Pneumothorax"));
        QCOMPARE(view.attributeBox()->currentData().toString(), QStringLiteral("sex"));
        QCustomPlot* plot = view.chart()->plot();
        QCOMPARE(plot->graphCount(), 2);
        QCOMPARE(plot->graph(0)->dataCount(), 3); // all, Female, Male
        QCOMPARE(plot->graph(1)->name(), QStringLiteral("trap (inverted)"));
        QCOMPARE(plot->graph(1)->scatterStyle().shape(), QCPScatterStyle::ssCross);
        QVERIFY2(view.summary().contains(QStringLiteral("Inverted (AUC below 0.5): trap")),
                 qPrintable(view.summary()));
        QVERIFY(view.summary().contains(QStringLiteral("changes with the words")));
        QVERIFY(view.chart()->csv().contains(QStringLiteral("Pneumothorax,sex,Male,trap,0.45")));
        // The population alone.
        view.attributeBox()->setCurrentIndex(view.attributeBox()->findData(QStringLiteral("all")));
        QCOMPARE(plot->graph(0)->dataCount(), 1);
        view.setSweep(nullptr);
        QCOMPARE(plot->graphCount(), 0);
        QVERIFY(view.summary().contains(QStringLiteral("No prompt sweep")));
    }

    void slicesViewListsTheSlicesAndSendsTheirImages() {
        // Slices found by core on planted data: the view shows them worst first and sends a
        // chosen slice's images, both halves.
        SliceData data;
        Random r(4);
        data.embeddings = {2000, 6, {}};
        for (int i = 0; i < 2000; ++i) {
            const int cluster = i % 4;
            for (int d = 0; d < 6; ++d)
                data.embeddings.data.push_back(float(r.normal() + (d == cluster ? 6.0 : 0.0)));
            const std::int8_t label = r.chance(0.3) ? 1 : 0;
            data.sampleIds << QStringLiteral("img%1").arg(i);
            data.patientIds << QStringLiteral("p%1").arg(i);
            data.labels.push_back(label);
            data.scores.push_back(r.normal() + (label ? (cluster == 2 ? -0.5 : 1.5) : 0.0));
        }
        SliceOptions options;
        options.bootstrap.resamples = 100;
        auto found = discoverSlices(data, options);
        QVERIFY(found.has_value() && !found->slices.empty());
        auto discovery = std::make_shared<ModelDiscovery>();
        discovery->slices.push_back({QStringLiteral("Pneumothorax"), data.sampleIds, *found});
        SlicesView view;
        view.resize(900, 400);
        view.show();
        view.setDiscovery(discovery);
        QAbstractItemModelTester tester(view.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.conditionBox()->currentText(), QStringLiteral("Pneumothorax"));
        QCOMPARE(view.table()->model()->rowCount(), int(found->slices.size()));
        const QString worst =
            view.table()->model()->index(0, 5).data().toString(); // the difference column
        QCOMPARE(worst, QString::number(*found->slices.front().comparison.difference, 'f', 3));
        QSignalSpy chosen(&view, &SlicesView::sliceChosen);
        view.table()->setFocus();
        view.table()->selectRow(0);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.front().at(1).toString(), QStringLiteral("Pneumothorax"));
        const QStringList ids = chosen.front().at(2).toStringList();
        qsizetype expected = 0;
        for (int s : found->sliceOfRow)
            expected += s == 1;
        QCOMPARE(ids.size(), expected);
        QVERIFY(chosen.front().at(0).toString().contains(QStringLiteral("Pneumothorax")));
        view.setDiscovery(nullptr);
        QCOMPARE(view.table()->model()->rowCount(), 0);
    }

    void pcaPointsWithTheKeyboard() {
        PcaScatter scatter;
        scatter.resize(500, 400);
        scatter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scatter));
        // Three points in a row and one above the middle one.
        scatter.setPoints({0.0f, 1.0f, 2.0f, 1.0f}, {0.0f, 0.0f, 0.0f, 1.0f}, QStringLiteral("PC1"),
                          QStringLiteral("PC2"));
        scatter.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&scatter));
        scatter.setFocus();
        QApplication::processEvents();
        QCOMPARE(scatter.cursorPoint(), qsizetype(0));
        QTest::keyClick(&scatter, Qt::Key_Right);
        QCOMPARE(scatter.cursorPoint(), qsizetype(1)); // the nearest to the right
        QTest::keyClick(&scatter, Qt::Key_Up);
        QCOMPARE(scatter.cursorPoint(), qsizetype(3));
        QTest::keyClick(&scatter, Qt::Key_Up); // nothing above: it stays
        QCOMPARE(scatter.cursorPoint(), qsizetype(3));
        QSignalSpy changed(&scatter, &PcaScatter::selectionChanged);
        QTest::keyClick(&scatter, Qt::Key_Space);
        QCOMPARE(scatter.selectedCount(), qsizetype(1));
        QVERIFY(scatter.selection()[3]);
        QTest::keyClick(&scatter, Qt::Key_Down);
        QTest::keyClick(&scatter, Qt::Key_Right);
        QCOMPARE(scatter.cursorPoint(), qsizetype(2));
        QTest::keyClick(&scatter, Qt::Key_Space);
        QCOMPARE(scatter.selectedCount(), qsizetype(2));
        QTest::keyClick(&scatter, Qt::Key_Space); // again: out of the selection
        QCOMPARE(scatter.selectedCount(), qsizetype(1));
        QCOMPARE(changed.count(), 3);
    }

    void galleryDecodesThumbnailsAndReportsBadFiles() {
        std::vector<GalleryItem> items;
        for (int i = 0; i < 12; ++i) {
            QImage image(200 + i, 150, QImage::Format_Grayscale8);
            image.fill(i * 20);
            const QString path = m_dir.filePath(QStringLiteral("thumb%1.png").arg(i));
            QVERIFY(image.save(path));
            // Even images are positives; scores climb with i.
            const double score = 0.05 + 0.08 * i;
            items.push_back({QStringLiteral("s%1").arg(i),
                             path,
                             {QStringLiteral("sex: F")},
                             {},
                             {{QStringLiteral("m"), QStringLiteral("Effusion"), score, i % 2 == 0}},
                             {}});
        }
        const QString bad = test::writeFile(QDir(m_dir.path()), "bad.png", "not an image");
        items.push_back({QStringLiteral("bad"), bad, {}, {}, {}, {}});
        items.push_back({QStringLiteral("unknown"), QString(), {}, {}, {}, {}});
        GalleryView gallery;
        gallery.resize(600, 400);
        gallery.show();
        QSignalSpy finished(&gallery, &GalleryView::thumbnailsFinished);
        gallery.setItems(QStringLiteral("Test set"), items);
        QVERIFY(finished.wait(20000));
        QCOMPARE(gallery.thumbnailsLoaded(), 13); // every image with a file, the bad one too

        // A set shown while the one before is still decoding gets its own images, never the
        // earlier set's thumbnails of the same index.
        {
            std::vector<GalleryItem> light;
            for (int i = 0; i < 12; ++i) {
                QImage image(180, 180, QImage::Format_Grayscale8);
                image.fill(250);
                const QString path = m_dir.filePath(QStringLiteral("light%1.png").arg(i));
                QVERIFY(image.save(path));
                light.push_back({QStringLiteral("l%1").arg(i), path, {}, {}, {}, {}});
            }
            GalleryView other;
            other.resize(600, 400);
            other.show();
            QSignalSpy done(&other, &GalleryView::thumbnailsFinished);
            other.setItems(QStringLiteral("Dark"), items);
            QCoreApplication::processEvents(); // the dark set starts decoding
            QThread::msleep(300);              // it is decoded; its results wait in the event queue
            other.setItems(QStringLiteral("Light"), light);
            QTRY_VERIFY_WITH_TIMEOUT(!other.isLoading(), 20000);
            for (int row = 0; row < 12; ++row) {
                const QPixmap shown =
                    other.list()
                        ->model()
                        ->data(other.list()->model()->index(row, 0), Qt::DecorationRole)
                        .value<QPixmap>();
                const QColor centre =
                    shown.toImage().pixelColor(shown.width() / 2, shown.height() / 2);
                QVERIFY2(centre.red() > 240,
                         qPrintable(QStringLiteral("row %1: %2").arg(row).arg(centre.red())));
            }
        }
        QCOMPARE(gallery.list()->model()->rowCount(), 14);
        QVERIFY(gallery.title().contains(QStringLiteral("14")));
        QVERIFY(decodeThumbnail(items[3].path).width() <= 128);
        QVERIFY(decodeThumbnail(bad).isNull());

        // Filters against the threshold (0.5: i >= 6 are called positive), by brute force.
        auto expected = [&](auto keep) {
            std::vector<int> rows;
            for (int i = 0; i < 12; ++i)
                if (keep(i % 2 == 0, 0.05 + 0.08 * i >= 0.5))
                    rows.push_back(i);
            return rows;
        };
        gallery.setFilter(GalleryFilter::MissedPositives);
        QCOMPARE(gallery.shownOrder(), expected([](bool pos, bool call) { return pos && !call; }));
        gallery.setFilter(GalleryFilter::FalseAlarms);
        QCOMPARE(gallery.shownOrder(), expected([](bool pos, bool call) { return !pos && call; }));
        gallery.setThreshold(0.9);
        QCOMPARE(gallery.shownOrder(), std::vector<int>{11}); // the one negative at 0.93
        gallery.setThreshold(0.5);
        gallery.setFilter(GalleryFilter::Positives);
        QCOMPARE(gallery.list()->model()->rowCount(), 6);
        // Sorted by error: the positive with the lowest score first.
        gallery.setFilter(GalleryFilter::All);
        gallery.setOrder(GalleryOrder::LargestError);
        QCOMPARE(gallery.shownOrder().front(), 0); // a positive scored 0.05
        QCOMPARE(gallery.shownOrder()[1], 11);     // a negative scored 0.93
        gallery.setOrder(GalleryOrder::HighestScore);
        QCOMPARE(gallery.shownOrder().front(), 11);
        QCOMPARE(gallery.shownOrder().size(), size_t(14)); // images without scores stay listed
        gallery.setOrder(GalleryOrder::AsGiven);
        QCOMPARE(gallery.shownOrder().front(), 0);

        ImageViewer viewer(items[5]);
        QSignalSpy loaded(&viewer, &ImageViewer::loaded);
        viewer.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(viewer.image().width, 205);
        QCOMPARE(viewer.image().height, 150);
        // Scores without their model's bundle: no map to offer, and the viewer says why.
        QVERIFY(viewer.findChild<QToolButton*>(QStringLiteral("saliencyShow"))->isEnabled() ==
                false);
        QVERIFY(viewer.saliencyStatus().contains(QStringLiteral("model bundle")));
    }

    void galleryOfAWholeDatasetDecodesOnlyWhatIsSeen() {
        // MIMIC-CXR's 377,110 images in one set (a lasso over the whole PCA): the gallery lists
        // them all at once, decodes the thumbnails that come into view, keeps a bounded cache,
        // and the event loop keeps turning.
        constexpr int n = 377110;
        QStringList paths;
        for (int k = 0; k < 8; ++k) {
            QImage image(160, 160, QImage::Format_Grayscale8);
            image.fill(30 * k);
            paths << m_dir.filePath(QStringLiteral("whole%1.png").arg(k));
            QVERIFY(image.save(paths.back()));
        }
        std::vector<GalleryItem> items(n);
        for (int i = 0; i < n; ++i) {
            items[size_t(i)].sampleId = QString::number(i);
            items[size_t(i)].path = paths[i % 8];
            items[size_t(i)].scored = {{QStringLiteral("m"), QStringLiteral("Effusion"),
                                        double(i % 100) / 100.0, i % 3 == 0}};
        }
        GalleryView gallery;
        gallery.resize(900, 600);
        gallery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gallery));
        // The longest the event loop waits, measured as the existing latency test does.
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        QSignalSpy finished(&gallery, &GalleryView::thumbnailsFinished);
        clock.start();
        tick.start();
        QElapsedTimer shown;
        shown.start();
        gallery.setItems(QStringLiteral("Everything"), std::move(items));
        const qint64 setMs = shown.elapsed();
        QCOMPARE(gallery.list()->model()->rowCount(), n);
        QVERIFY(finished.wait(20000));
        QTest::qWait(300);
        QVERIFY2(gallery.thumbnailsLoaded() <= 400,
                 qPrintable(QString::number(gallery.thumbnailsLoaded())));
        // To the end of the list: what is seen there gets decoded, the rest never is.
        const int before = gallery.thumbnailsLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                gallery.list()->scrollToBottom();
                const QRect lastRow =
                    gallery.list()->visualRect(gallery.list()->model()->index(n - 1, 0));
                return gallery.list()->viewport()->rect().intersects(lastRow);
            }(),
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(gallery.thumbnailsLoaded() > before && !gallery.isLoading(),
                                 20000);
        QVERIFY(gallery.thumbnailsLoaded() < 1000);
        QVERIFY(gallery.thumbnailsCached() <= gallery.thumbnailsLoaded());
        tick.stop();
        qInfo("setItems of %d images: %lld ms; longest wait of the event loop: %lld ms; "
              "thumbnails decoded: %d",
              n, setMs, longest, gallery.thumbnailsLoaded());
        QVERIFY2(longest < 100, qPrintable(QString::number(longest)));
    }

    void galleryRanksImagesByAttributionInsideTheirRegion() {
        // Drained pneumothoraces of the demo with their drain masks, and two without a mask.
        auto demo = test::smallDemo(m_dir.filePath(QStringLiteral("regions")), 300, 80);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        auto masks = readDemoDrainMasks(demo->nihRoot);
        QVERIFY(masks.has_value());
        auto cohort = loadCohort(DatasetSource{DatasetFormat::Nih, demo->nihRoot}, {});
        QVERIFY(cohort.has_value());
        const int ptx = cohort->conditionIndex(QStringLiteral("Pneumothorax"));
        std::vector<GalleryItem> items;
        int masked = 0, plain = 0;
        for (size_t i = 0; i < cohort->size() && (masked < 5 || plain < 2); ++i) {
            const QString mask = masks->value(cohort->sampleId(i));
            if (cohort->label(ptx, i) != 1 || (mask.isEmpty() ? plain >= 2 : masked >= 5))
                continue;
            (mask.isEmpty() ? plain : masked) += 1;
            items.push_back({cohort->sampleId(i),
                             cohort->imagePath(i),
                             {},
                             {},
                             {{QStringLiteral("demo"), QStringLiteral("Pneumothorax"), 0.5, 1}},
                             mask});
        }
        QCOMPARE(masked, 5);
        QCOMPARE(plain, 2);
        const QHash<QString, QString> bundles{{QStringLiteral("demo"), demo->modelPath}};

        GalleryView gallery;
        gallery.setModelBundles(bundles);
        gallery.resize(700, 500);
        gallery.show();
        // Images without regions: no such order.
        std::vector<GalleryItem> unmasked;
        for (const GalleryItem& g : items)
            if (g.regionMask.isEmpty())
                unmasked.push_back(g);
        gallery.setItems(QStringLiteral("plain"), unmasked);
        QCOMPARE(gallery.orderBox()->findData(int(GalleryOrder::RegionAttribution)), -1);

        gallery.setItems(QStringLiteral("drains"), items);
        QVERIFY(gallery.orderBox()->findData(int(GalleryOrder::RegionAttribution)) >= 0);
        QSignalSpy finished(&gallery, &GalleryView::regionRankingFinished);
        gallery.setOrder(GalleryOrder::RegionAttribution);
        QVERIFY(gallery.isRankingRegions());
        QVERIFY(gallery.findChild<QWidget*>(QStringLiteral("galleryRegionStop"))->isVisible());
        QVERIFY(finished.wait(120000));
        QVERIFY(!gallery.isRankingRegions());
        // Each share is the core's, and the rows run from the largest share down, the images
        // without a region last.
        const std::vector<int>& order = gallery.shownOrder();
        QCOMPARE(int(order.size()), 7);
        double previous = 2.0;
        for (int k = 0; k < 7; ++k) {
            const GalleryItem& g = items[size_t(order[size_t(k)])];
            if (k >= 5) {
                QVERIFY(g.regionMask.isEmpty());
                QVERIFY(!gallery.regionShare(order[size_t(k)]).has_value());
                continue;
            }
            SaliencyRequest request;
            request.bundlePath = demo->modelPath;
            request.imagePath = g.path;
            request.condition = QStringLiteral("Pneumothorax");
            const auto expected = regionAttributionShare(request, g.regionMask);
            QVERIFY(expected.has_value() && expected->has_value());
            const auto shown = gallery.regionShare(order[size_t(k)]);
            QVERIFY(shown.has_value());
            QCOMPARE(*shown, **expected);
            QVERIFY(*shown <= previous);
            previous = *shown;
        }

        // Stop: a new gallery stops after the map it is computing, keeping the rows.
        GalleryView stopped;
        stopped.setModelBundles(bundles);
        stopped.setItems(QStringLiteral("drains"), items);
        QSignalSpy stoppedFinished(&stopped, &GalleryView::regionRankingFinished);
        stopped.setOrder(GalleryOrder::RegionAttribution);
        stopped.stopRegionRanking();
        QVERIFY(stoppedFinished.wait(60000));
        QVERIFY(!stopped.isRankingRegions());
        int mapped = 0;
        for (int i = 0; i < 7; ++i)
            mapped += stopped.regionShare(i).has_value() ? 1 : 0;
        QVERIFY2(mapped < 5, qPrintable(QString::number(mapped)));
        QCOMPARE(int(stopped.shownOrder().size()), 7);
    }

    void saliencyRegionFollowsThePreprocessing() {
        // Exact resize: the whole image; shorter side and a centre crop: the middle square.
        PreprocessSpec exact;
        exact.resize = ResizePolicy::Exact;
        exact.cropSize = 0;
        QCOMPARE(saliencyInputRegion(exact, 300, 200), QRectF(0, 0, 300, 200));
        PreprocessSpec crop; // shorter side to 224, crop 224
        QCOMPARE(saliencyInputRegion(crop, 300, 200), QRectF(50, 0, 200, 200));
        PreprocessSpec padded;
        padded.padToSquare = true;
        padded.resize = ResizePolicy::Exact;
        padded.cropSize = 0;
        QCOMPARE(saliencyInputRegion(padded, 300, 200), QRectF(0, -50, 300, 300));
    }

    void viewerReadsLikeARadiologist() {
        // A gradient from 0 to 65535, left to right.
        QImage ramp(256, 128, QImage::Format_Grayscale16);
        for (int y = 0; y < ramp.height(); ++y) {
            auto* line = reinterpret_cast<quint16*>(ramp.scanLine(y));
            for (int x = 0; x < ramp.width(); ++x)
                line[x] = quint16(x * 257);
        }
        std::vector<GalleryItem> items;
        for (int i = 0; i < 3; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("ramp%1.png").arg(i));
            QVERIFY(ramp.copy(0, 0, 256 - 40 * i, 128).save(path));
            items.push_back({QStringLiteral("r%1").arg(i),
                             path,
                             {QStringLiteral("age: 60")},
                             {QStringLiteral("Effusion (m): 0.700, label 1")},
                             {},
                             {}});
        }
        ImageViewer viewer(items, 0);
        viewer.resize(900, 600);
        QSignalSpy loaded(&viewer, &ImageViewer::loaded);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(viewer.detailsText().contains(QStringLiteral("age: 60")));
        QVERIFY(viewer.detailsText().contains(QStringLiteral("Effusion (m): 0.700")));
        RadiographCanvas* canvas = viewer.canvas();
        const double level = viewer.level();
        const double width = viewer.windowWidth();
        // Dragging right widens the window, dragging up darkens (raises the level); the spin
        // boxes show the values.
        const QPoint start = canvas->rect().center();
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        QTest::mouseMove(canvas, start + QPoint(60, -40));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + QPoint(60, -40));
        QVERIFY(viewer.windowWidth() > width);
        QVERIFY(viewer.level() > level);
        const auto* levelBox = viewer.findChild<QDoubleSpinBox*>(QStringLiteral("level"));
        QCOMPARE(levelBox->value(), std::round(viewer.level()));
        // A small drag moves the level a little, never to an end of the range.
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        QTest::mouseMove(canvas, start + QPoint(0, 5));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + QPoint(0, 5));
        QVERIFY(std::abs(viewer.level() - level) < 65536.0 * 0.1);
        // Presets: the full range spans the darkest to the brightest pixel.
        viewer.applyPreset(WindowPreset::FullRange);
        QCOMPARE(viewer.windowWidth(), 65535.0);
        viewer.applyPreset(WindowPreset::Lung);
        QVERIFY(viewer.level() < 32768.0); // the darker part
        viewer.applyPreset(WindowPreset::Mediastinum);
        QVERIFY(viewer.level() > 32768.0); // the brighter part
        // Typed values are the window.
        auto* widthBox = viewer.findChild<QDoubleSpinBox*>(QStringLiteral("window"));
        widthBox->setValue(1000.0);
        QCOMPARE(viewer.windowWidth(), 1000.0);
        // The wheel zooms around the cursor: the image point under it stays.
        canvas->fit();
        const double fitted = canvas->zoom();
        const QPointF anchor(canvas->width() * 0.3, canvas->height() * 0.4);
        const QPointF before = (anchor - canvas->toWidget({0, 0})) / canvas->zoom();
        QWheelEvent wheel(anchor, canvas->mapToGlobal(anchor), {}, QPoint(0, 240), Qt::NoButton, {},
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        QVERIFY(canvas->zoom() > fitted * 1.5);
        const QPointF after = (anchor - canvas->toWidget({0, 0})) / canvas->zoom();
        QVERIFY(std::abs(after.x() - before.x()) < 0.01 && std::abs(after.y() - before.y()) < 0.01);
        canvas->actualSize();
        QCOMPARE(canvas->zoom(), 1.0);
        // The arrow keys walk the list; the window is kept.
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(viewer.index(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QCOMPARE(viewer.image().width, 216);
        QCOMPARE(viewer.windowWidth(), 1000.0);
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(viewer.index(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 10000);
        QTest::keyClick(canvas, Qt::Key_Left); // the first stays the first
        QCOMPARE(viewer.index(), 0);
        // Invert.
        QTest::keyClick(canvas, Qt::Key_I);
        QVERIFY(canvas->isInverted());
    }

    void windowLevelIsLinearBetweenItsEdges() {
        GrayImage image(5, 1);
        image.pixels = {0, 1000, 2000, 3000, 65535};
        const QImage out = applyWindow(image, 2000, 2000); // black at 1000, white at 3000
        QCOMPARE(qGray(out.pixel(0, 0)), 0);
        QCOMPARE(qGray(out.pixel(1, 0)), 0);
        QCOMPARE(qGray(out.pixel(2, 0)), 128); // round(127.5)
        QCOMPARE(qGray(out.pixel(3, 0)), 255);
        QCOMPARE(qGray(out.pixel(4, 0)), 255);
    }

    void thresholdTablePassesTheModelTester() {
        ThresholdTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScoreGrouping grouping;
        grouping.attributes = {QStringLiteral("sex")};
        const auto data = conditionData(*m_table, 0, grouping, nullptr);
        model.setReport(
            *thresholdReport(*data, 0, 0, *ThresholdRule::parse(QStringLiteral("value:0.5"))));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All images"));
        QCOMPARE(model.csv().count(QLatin1Char('\n')), 4);
    }
};

QTEST_MAIN(TestViews)
#include "test_views.moc"

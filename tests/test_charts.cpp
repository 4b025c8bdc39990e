#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "charts/figureexportdialog.h"
#include "charts/pcascatter.h"
#include "charts/shortcutchart.h"
#include "charts/subgroupaucchart.h"
#include "charts/subgroupaucdata.h"
#include "embeddingview.h"
#include "galleryview.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "prompteditor.h"
#include "prompttablemodel.h"
#include "qcp.h"
#include "shortcutview.h"
#include "subgroupaucview.h"

#include "demo/demogenerator.h"
#include "stats/scoretable.h"
#include "stats/tablemetrics.h"

#include "common/random.h"
#include "session/session.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;

class TestCharts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_scores;
    std::vector<ModelConditionMetrics> m_metrics;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // Two models, two conditions, 400 images of 200 patients; the second age group is
        // small for "Rare" so that it is flagged.
        QByteArray csv = "model,condition,sample_id,patient_id,label,score,sex,age\n";
        Random r(11);
        for (const char* model : {"alpha", "beta"}) {
            Random images(5);
            for (int i = 0; i < 400; ++i) {
                const bool female = i % 2 == 0;
                const int age = 20 + (i * 37) % 70;
                for (const char* condition : {"Effusion", "Rare"}) {
                    const bool rare = std::string(condition) == "Rare";
                    const int label = rare ? (i % 23 == 0 ? 1 : 0) : (i % 3 == 0 ? 1 : 0);
                    const double noise = model[0] == 'a' ? 1.0 : 1.6;
                    const double score =
                        1.0 / (1.0 + std::exp(-(2.0 * label - 1.0 + noise * r.normal())));
                    csv += QStringLiteral("%1,%2,img%3,p%4,%5,%6,%7,%8\n")
                               .arg(QLatin1String(model), QLatin1String(condition))
                               .arg(i)
                               .arg(i / 2)
                               .arg(label)
                               .arg(score, 0, 'g', 17)
                               .arg(female ? QStringLiteral("Female") : QStringLiteral("Male"))
                               .arg(age)
                               .toUtf8();
                }
            }
        }
        m_scores = test::writeFile(QDir(m_dir.path()), QStringLiteral("scores.csv"), csv);
        auto table = readScoreTable(m_scores);
        QVERIFY2(table.has_value(), qPrintable(table ? QString() : table.error().toString()));
        // The writer round-trips what the reader read.
        const QString copy = m_dir.filePath(QStringLiteral("copy.csv"));
        QVERIFY(writeScoreTable(copy, *table).has_value());
        auto again = readScoreTable(copy);
        QVERIFY(again.has_value());
        QCOMPARE(again->sampleIds, table->sampleIds);
        QCOMPARE(again->patientIds, table->patientIds);
        QCOMPARE(again->sampleAttributes, table->sampleAttributes);
        for (size_t m = 0; m < 2; ++m)
            for (size_t c = 0; c < 2; ++c)
                for (size_t e = 0; e < table->entries[m][c].size(); ++e) {
                    QCOMPARE(again->entries[m][c][e].score, table->entries[m][c][e].score);
                    QCOMPARE(again->entries[m][c][e].label, table->entries[m][c][e].label);
                }
        MetricsSettings settings;
        settings.bootstrap.resamples = 100;
        auto metrics = metricsForTable(*table, ScoreGrouping{}, settings);
        QVERIFY(metrics.has_value());
        m_metrics = metrics->results;
    }

    void chartDataAreTheCoreMetrics() {
        QCOMPARE(metricModels(m_metrics), QStringList({"alpha", "beta"}));
        QCOMPARE(metricAttributes(m_metrics), QStringList({"sex", "age"}));
        const SubgroupAucData data = subgroupAucData(m_metrics, "beta", "sex");
        QCOMPARE(data.conditions, QStringList({"Effusion", "Rare"}));
        QCOMPARE(data.groups, QStringList({"Female", "Male"}));
        int compared = 0;
        for (const ModelConditionMetrics& m : m_metrics) {
            if (m.model != QStringLiteral("beta"))
                continue;
            const int c = int(data.conditions.indexOf(m.condition));
            for (const GroupMetrics& g : m.groups) {
                if (g.attribute == QStringLiteral("all")) {
                    QCOMPARE(*data.overall[size_t(c)], g.auc->auc);
                    continue;
                }
                if (g.attribute != QStringLiteral("sex"))
                    continue;
                const auto& bar = data.bars[size_t(data.groups.indexOf(g.group))][size_t(c)];
                QVERIFY(bar.has_value());
                QCOMPARE(bar->auc, g.auc->auc);
                QCOMPARE(bar->low, g.bootstrapCi.low);
                QCOMPARE(bar->high, g.bootstrapCi.high);
                QCOMPARE(bar->n, g.n);
                QCOMPARE(bar->positives, g.positives);
                QCOMPARE(bar->flagged, g.flag != GroupFlag::None);
                ++compared;
            }
        }
        QCOMPARE(compared, 4);
        // "Rare" has 18 positives in 400: split by age, some groups are flagged.
        const SubgroupAucData age = subgroupAucData(m_metrics, "alpha", "age");
        bool flagged = false;
        for (const auto& series : age.bars)
            flagged = flagged || (series[1] && series[1]->flagged);
        QVERIFY(flagged);
    }

    void viewTableAndClicks() {
        SubgroupAucView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMetrics(m_metrics);
        QCOMPARE(view.attributeBox()->currentText(), QStringLiteral("age"));
        view.attributeBox()->setCurrentText(QStringLiteral("sex"));
        view.modelBox()->setCurrentText(QStringLiteral("beta"));
        QCOMPARE(view.chart()->data().model, QStringLiteral("beta"));
        QAbstractItemModelTester tester(view.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.table()->model()->rowCount(), 4);
        view.table()->sortByColumn(4, Qt::DescendingOrder); // AUC, by its raw value
        const double first = view.table()->model()->index(0, 4).data(Qt::UserRole).toDouble();
        const double last = view.table()->model()->index(3, 4).data(Qt::UserRole).toDouble();
        QVERIFY(first >= last);

        SubgroupAucChart* chart = view.chart();
        chart->plot()->replot();
        QSignalSpy clicked(chart, &SubgroupAucChart::barClicked);
        for (int g = 0; g < 2; ++g) {
            for (int c = 0; c < 2; ++c) {
                const QPointF centre = chart->barCenter(g, c);
                QCOMPARE(chart->barAt(centre), std::make_pair(g, c));
                QVERIFY(!subgroupBarDescription(chart->data(), g, c).isEmpty());
            }
        }
        QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, chart->barCenter(1, 0).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().at(0).toInt(), 1);
        QCOMPARE(clicked.front().at(1).toInt(), 0);
        QCOMPARE(chart->barAt(QPointF(2, 2)), std::make_pair(-1, -1));

        // Small multiples: a chart per model with core's numbers; a click reports its model.
        QSignalSpy groupClicked(&view, &SubgroupAucView::groupClicked);
        view.setSmallMultiples(true);
        QCOMPARE(view.multiples().size(), size_t(2));
        for (size_t m = 0; m < 2; ++m) {
            const SubgroupAucData expected =
                subgroupAucData(m_metrics, metricModels(m_metrics)[qsizetype(m)], "sex");
            QCOMPARE(view.multiples()[m]->data().model, expected.model);
            QCOMPARE(view.multiples()[m]->data().bars[0][0]->auc, expected.bars[0][0]->auc);
        }
        SubgroupAucChart* second = view.multiples()[1];
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        second->plot()->replot();
        QTest::mouseClick(second->plot(), Qt::LeftButton, {}, second->barCenter(0, 1).toPoint());
        QCOMPARE(groupClicked.count(), 1);
        QCOMPARE(groupClicked.front().at(0).toString(), QStringLiteral("beta"));
        QCOMPARE(groupClicked.front().at(1).toString(), second->data().conditions[1]);
        view.setSmallMultiples(false);
        QVERIFY(view.multiples().size() == 2); // kept until the next rebuild, hidden
    }

    void everyGroupHasItsOwnColour() {
        // The study's sex x age: 10 groups, more than the palette's 7 colours.
        QStringList groups;
        for (const char* sex : {"Female", "Male"})
            for (const char* age : {"18-25", "25-50", "50-65", "65-80", "80+"})
                groups << QStringLiteral("%1 / %2").arg(QLatin1String(sex), QLatin1String(age));
        QSet<QRgb> seen;
        for (int g = 0; g < int(groups.size()); ++g)
            seen.insert(groupColor(groups, g).rgb());
        QCOMPARE(seen.size(), qsizetype(groups.size()));
        // An age group keeps its hue across the sexes; the sexes differ in shade.
        QCOMPARE(groupColor(groups, 0).hue(), groupColor(groups, 5).hue());
        QVERIFY(groupColor(groups, 0).value() != groupColor(groups, 5).value());
        QCOMPARE(groupColor(groups, 0), seriesColor(0));
        // A plain list beyond seven groups: distinct too, the first seven as the palette.
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << QString::number(i);
        QSet<QRgb> plain;
        for (int g = 0; g < 12; ++g)
            plain.insert(groupColor(many, g).rgb());
        QCOMPARE(plain.size(), qsizetype(12));
        QCOMPARE(groupColor(many, 3), seriesColor(3));
    }

    void exportsFigures() {
        SubgroupAucView view;
        view.setMetrics(m_metrics);
        const QDir dir(m_dir.path());
        QVERIFY(view.exportTo(dir.filePath("fig.png"), 300).has_value());
        const QImage png(dir.filePath("fig.png"));
        QVERIFY(!png.isNull());
        QCOMPARE(png.width(), 1950);
        QCOMPARE(png.height(), 1050);
        QVERIFY(std::abs(png.dotsPerMeterX() - 11811) <= 2);
        QVERIFY(view.exportTo(dir.filePath("fig.svg")).has_value());
        QFile svg(dir.filePath("fig.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Effusion"));
        QVERIFY(view.exportTo(dir.filePath("fig.pdf")).has_value());
        QFile pdf(dir.filePath("fig.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);
        QVERIFY(view.exportTo(dir.filePath("fig.csv")).has_value());
        QFile csv(dir.filePath("fig.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(
            lines.front(),
            QByteArray("model,attribute,condition,group,n,n_pos,auc,ci_low,ci_high,p_holm,flagged,"
                       "mdd,evidence,matched_on,auc_published,ci_published_low,"
                       "ci_published_high"));
        QCOMPARE(lines.size(), 1 + view.table()->model()->rowCount());
        // Each row's MDD and evidence are the bar's (from the metrics).
        const SubgroupAucData& shown = view.chart()->data();
        for (qsizetype l = 1; l < lines.size(); ++l) {
            const QList<QByteArray> f = lines[l].split(',');
            QCOMPARE(f.size(), 17);
            const int c = int(shown.conditions.indexOf(QString::fromUtf8(f[2])));
            const int g = int(shown.groups.indexOf(QString::fromUtf8(f[3])));
            QVERIFY(c >= 0 && g >= 0);
            const auto& bar = shown.bars[size_t(g)][size_t(c)];
            QVERIFY(bar.has_value());
            QCOMPARE(f[11].isEmpty(), !bar->mdd.has_value());
            if (bar->mdd)
                QCOMPARE(f[11].toDouble(), *bar->mdd);
            QVERIFY(bar->evidenceKnown); // every group bar of computed metrics is judged
            QCOMPARE(f[12],
                     bar->insufficient ? QByteArray("insufficient") : QByteArray("sufficient"));
        }

        // Small multiples export as one figure: a panel per model, each equal to the chart of
        // that model exported alone at the panel's size; the data of every model.
        view.setSmallMultiples(true);
        QVERIFY(view.exportTo(dir.filePath("grid.png"), 150).has_value());
        const QImage grid(dir.filePath("grid.png"));
        QCOMPARE(grid.width(), 2 * 675);
        QCOMPARE(grid.height(), 450);
        for (int m = 0; m < 2; ++m) {
            const QString alone = dir.filePath(QStringLiteral("alone%1.png").arg(m));
            QVERIFY(exportChart(view.multiples()[size_t(m)]->plot(), alone, 4.5, 3.0, 150));
            const QImage single = QImage(alone).convertToFormat(QImage::Format_RGB32);
            const QImage panel =
                grid.copy(m * 675, 0, 675, 450).convertToFormat(QImage::Format_RGB32);
            QCOMPARE(panel.size(), single.size());
            qint64 differing = 0;
            for (int y = 0; y < panel.height(); ++y)
                for (int x = 0; x < panel.width(); ++x)
                    differing += panel.pixel(x, y) != single.pixel(x, y);
            // Antialiased edges may round apart; the other model's chart differs in ~7%.
            QVERIFY2(differing < panel.width() * panel.height() / 1000,
                     qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        }
        QVERIFY(view.exportTo(dir.filePath("grid.svg")).has_value());
        QFile gridSvg(dir.filePath("grid.svg"));
        QVERIFY(gridSvg.open(QIODevice::ReadOnly));
        const QByteArray gridSvgText = gridSvg.readAll();
        QVERIFY(gridSvgText.contains("alpha") && gridSvgText.contains("beta"));
        QVERIFY(view.exportTo(dir.filePath("grid.pdf")).has_value());
        QFile gridPdf(dir.filePath("grid.pdf"));
        QVERIFY(gridPdf.open(QIODevice::ReadOnly));
        QVERIFY(gridPdf.read(5) == "%PDF-");
        QVERIFY(view.exportTo(dir.filePath("grid.csv")).has_value());
        QFile gridCsv(dir.filePath("grid.csv"));
        QVERIFY(gridCsv.open(QIODevice::ReadOnly));
        const QList<QByteArray> gridLines = gridCsv.readAll().trimmed().split('\n');
        QCOMPARE(gridLines.front(), lines.front());
        QCOMPARE(gridLines.size(), 1 + 2 * (lines.size() - 1)); // both models, one header
        QVERIFY(gridLines.back().startsWith("beta,"));
        view.setSmallMultiples(false);

        const auto bad = view.exportTo(dir.filePath("fig.bmp"));
        QVERIFY(!bad.has_value());
        QVERIFY(bad.error().message.contains(QStringLiteral(".png, .svg or .pdf")));
    }

    void exportsFiguresForJournals() {
        // A single-column figure (88 mm) in 8 pt: the PNG, SVG and PDF have the same physical
        // size and one font family, and nothing is drawn below the AUC axis (rendered back).
        SubgroupAucView view;
        view.setMetrics(m_metrics);
        FigureSettings f;
        f.widthMm = FigureSettings::singleColumnMm;
        f.heightMm = 60.0;
        f.font = QStringLiteral("DejaVu Sans");
        f.fontPt = 8.0;
        f.dpi = 600;
        const QDir dir(m_dir.path());
        const std::vector<QCustomPlot*> plots{view.chart()->plot()};
        for (const char* format : {"png", "svg", "pdf"})
            QVERIFY(exportFigure(
                plots, 1, dir.filePath(QStringLiteral("journal.") + QLatin1String(format)), f));
        auto near = [](double mm, double expected) { return std::abs(mm - expected) < 0.4; };

        const QImage png(dir.filePath("journal.png"));
        const double pngWidth = png.width() * 1000.0 / png.dotsPerMeterX();
        const double pngHeight = png.height() * 1000.0 / png.dotsPerMeterY();
        QVERIFY2(near(pngWidth, 88.0) && near(pngHeight, 60.0),
                 qPrintable(QStringLiteral("PNG %1 x %2 mm").arg(pngWidth).arg(pngHeight)));

        QFile svgFile(dir.filePath("journal.svg"));
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(svgFile.readAll());
        static const QRegularExpression svgSize(
            QStringLiteral("<svg[^>]*width=\"([0-9.]+)mm\"[^>]*height=\"([0-9.]+)mm\""));
        const auto size = svgSize.match(svg);
        QVERIFY(size.hasMatch());
        QVERIFY2(near(size.captured(1).toDouble(), 88.0) && near(size.captured(2).toDouble(), 60.0),
                 qPrintable(size.captured(0)));
        QSet<QString> families;
        static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]+)\""));
        for (auto it = family.globalMatch(svg); it.hasNext();)
            families.insert(it.next().captured(1));
        QCOMPARE(families, QSet<QString>{QStringLiteral("DejaVu Sans")});

        QFile pdfFile(dir.filePath("journal.pdf"));
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdf = pdfFile.readAll();
        static const QRegularExpression mediaBox(
            QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const auto box = mediaBox.match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        const double pdfWidth = box.captured(1).toDouble() / 72.0 * 25.4;
        const double pdfHeight = box.captured(2).toDouble() / 72.0 * 25.4;
        QVERIFY2(near(pdfWidth, 88.0) && near(pdfHeight, 60.0),
                 qPrintable(QStringLiteral("PDF %1 x %2 mm").arg(pdfWidth).arg(pdfHeight)));
        static const QRegularExpression baseFont(QStringLiteral("/BaseFont /([A-Za-z+-]+)"));
        for (auto it = baseFont.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(name.contains(QStringLiteral("DejaVuSans")), qPrintable(name));
        }

        // Rendered back, the SVG has no bar colour below the horizontal axis line.
        QSvgRenderer renderer(dir.filePath("journal.svg"));
        QImage drawn(renderer.defaultSize() * 3, QImage::Format_RGB32);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            renderer.render(&painter);
        }
        auto isAxis = [](QRgb p) { return qRed(p) < 90 && qGreen(p) < 90 && qBlue(p) < 90; };
        // The horizontal axis: the longest unbroken dark line (text and dashes are broken).
        int axisRow = -1, axisLength = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            int run = 0;
            for (int x = 0; x < drawn.width(); ++x) {
                run = isAxis(drawn.pixel(x, y)) ? run + 1 : 0;
                if (run > axisLength) {
                    axisLength = run;
                    axisRow = y;
                }
            }
        }
        QVERIFY2(axisLength > drawn.width() / 4, qPrintable(QString::number(axisLength)));
        const SubgroupAucData& data = view.chart()->data();
        qint64 below = 0;
        // The band under the axis where the condition names are: bars drawn from 0 would
        // cross it (the legend, in a single column, is further below).
        for (int y = axisRow + 3; y < std::min(drawn.height(), axisRow + drawn.height() / 12); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                for (int g = 0; g < int(data.groups.size()); ++g) {
                    const QColor c = groupColor(data.groups, g);
                    const QRgb p = drawn.pixel(x, y);
                    below += std::abs(qRed(p) - c.red()) < 10 &&
                             std::abs(qGreen(p) - c.green()) < 10 &&
                             std::abs(qBlue(p) - c.blue()) < 10;
                }
        QCOMPARE(below, qint64(0));
    }

    void exportDialogPreviewsAndWrites() {
        SubgroupAucView view;
        view.setMetrics(m_metrics);
        FigureExportDialog dialog(
            [&view] {
                return ChartGrid{{view.chart()->plot()}, 1};
            },
            QStringLiteral("subgroup-auc"));
        auto* column = dialog.findChild<QComboBox*>(QStringLiteral("column"));
        QVERIFY(column);
        column->setCurrentIndex(0); // single column
        QCOMPARE(dialog.settings().widthMm, FigureSettings::singleColumnMm);
        column->setCurrentIndex(2);
        QCOMPARE(dialog.settings().widthMm, FigureSettings::doubleColumnMm);
        // A width typed by hand is a custom width.
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("width"))->setValue(140.0);
        QCOMPARE(column->currentIndex(), 3);
        // The preview is the figure at its size: wider than high as chosen.
        QVERIFY(!dialog.preview().isNull());
        QVERIFY(dialog.preview().width() > dialog.preview().height());
        dialog.setPath(QDir(m_dir.path()).filePath(QStringLiteral("dialog.svg")));
        QCOMPARE(dialog.settings().formats, QStringList{QStringLiteral("svg")});
        QVERIFY(dialog.exportNow());
        QVERIFY(QFileInfo(QDir(m_dir.path()).filePath(QStringLiteral("dialog.svg"))).size() > 1000);
        dialog.setPath(QString());
        QVERIFY(!dialog.exportNow());
    }

    void windowOpensScores() {
        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openScores(m_scores);
        QVERIFY(idle.wait(60000));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("SubgroupAucDock"));
        QVERIFY(dock && dock->isVisible());
        QCOMPARE(window.subgroupAucView()->chart()->data().conditions.size(), 2);
        // Two models side by side in one click.
        window.compareSideBySide();
        QVERIFY(window.comparisonView());
        QCOMPARE(window.comparisonView()->chart()->data().model, QStringLiteral("beta"));
        QCOMPARE(window.subgroupAucView()->chart()->data().model, QStringLiteral("alpha"));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("CompareDock"))->isVisible());
    }

    void windowShowsTheDrainShortcut() {
        // Pneumothorax with drains on some positives: drained ones score higher.
        QByteArray csv = "model,condition,sample_id,patient_id,label,score,sex,drain\n";
        Random r(3);
        for (int i = 0; i < 300; ++i) {
            const int label = i % 4 == 0 ? 1 : 0;
            const bool drained = label && i % 8 == 0;
            const double score = 0.3 * label + (drained ? 0.3 : 0.0) + 0.25 * r.normal();
            csv += QStringLiteral("m,Pneumothorax,s%1,p%1,%2,%3,%4,%5\n")
                       .arg(i)
                       .arg(label)
                       .arg(score, 0, 'g', 17)
                       .arg(i % 2 ? QStringLiteral("Male") : QStringLiteral("Female"))
                       .arg(label ? QString::number(drained ? 1 : 0) : QString())
                       .toUtf8();
        }
        const QString path = test::writeFile(QDir(m_dir.path()), QStringLiteral("drains.csv"), csv);
        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openScores(path);
        QVERIFY(idle.wait(60000));
        const auto& rows = window.shortcutChart()->rows();
        QCOMPARE(rows.size(), size_t(1));
        auto table = readScoreTable(path);
        const auto expected = shortcutsForCondition(*table, 0, 1, MetricsSettings{}.bootstrap);
        QCOMPARE(*rows[0].metrics.aucConfounded, *expected[0].metrics.aucConfounded);
        QCOMPARE(*rows[0].metrics.aucUnconfounded, *expected[0].metrics.aucUnconfounded);
        QCOMPARE(rows[0].metrics.differenceCi.low, expected[0].metrics.differenceCi.low);
        QVERIFY(*rows[0].metrics.aucConfounded > *rows[0].metrics.aucUnconfounded);
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("ShortcutDock"))->isVisible());
        QVERIFY(
            exportChart(window.shortcutChart()->plot(), m_dir.filePath("drain.pdf")).has_value());

        // The confounder and the condition are the user's choice, an undoable one: another
        // condition has no drain rows; undo brings the study's analysis back.
        ShortcutView* view = window.shortcutView();
        QCOMPARE(view->confounderBox()->currentText(), QStringLiteral("drain"));
        QCOMPARE(view->conditionBox()->currentText(), QStringLiteral("Pneumothorax"));
        window.session()->setShortcut({QStringLiteral("drain"), QStringLiteral("Effusion")});
        QVERIFY(idle.wait(60000));
        QCOMPARE(window.shortcutChart()->rows().size(), size_t(0));
        QCOMPARE(view->conditionBox()->currentText(), QStringLiteral("Effusion"));
        window.undoStack()->undo();
        QVERIFY(idle.wait(60000));
        QCOMPARE(window.shortcutChart()->rows().size(), size_t(1));
        QCOMPARE(*window.shortcutChart()->rows()[0].metrics.aucConfounded,
                 *expected[0].metrics.aucConfounded);
    }

    void windowRunsAModelOnADataset() {
        DemoOptions options;
        options.outDir = m_dir.filePath(QStringLiteral("demo"));
        options.nihImages = 0;
        options.mimicImages = 160;
        options.imageSize = 64;
        auto demo = generateDemo(options);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        QVERIFY(!demo->modelPath.isEmpty());
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .removeRecursively();

        MainWindow window;
        window.show();
        QSignalSpy idle(&window, &MainWindow::idle);
        window.openDataset(demo->mimicRoot);
        QVERIFY(idle.wait(60000));
        QCOMPARE(window.datasetCount(), 1);
        window.analyseDataset(0, demo->modelPath);
        QVERIFY(idle.wait(120000));
        const auto& metrics = window.datasetMetrics(0);
        QVERIFY(!metrics.empty());
        // The run panel kept each job: loading, then the study (encoding with its rate).
        JobsPanel* jobs = window.jobsPanel();
        QVERIFY(jobs->rowCount() >= 2); // loading; the study (encoding and analysis)
        QVERIFY(!jobs->isRowRunning(0));
        bool encodingShown = false;
        for (int r = 0; r < jobs->rowCount(); ++r)
            encodingShown =
                encodingShown || (jobs->rowTitle(r).contains(QStringLiteral("Encoding")) &&
                                  jobs->rowDetail(r).contains(QStringLiteral("images/s")));
        QVERIFY(encodingShown);
        const SubgroupAucData shown = window.subgroupAucView()->chart()->data();
        QCOMPARE(shown.model, QStringLiteral("cxrfair demo CLIP"));
        QCOMPARE(shown.conditions.size(), 6);
        QVERIFY(!shown.groups.isEmpty());
        // The chart shows the dataset's metrics, untouched.
        const SubgroupAucData expected = subgroupAucData(metrics, shown.model, shown.attribute);
        QCOMPARE(shown.groups, expected.groups);
        QCOMPARE(*shown.overall[0], *expected.overall[0]);

        // Clicking a bar fills the gallery with that subgroup's images, decoded from disk.
        SubgroupAucChart* chart = window.subgroupAucView()->chart();
        chart->plot()->replot();
        const auto bar = *shown.bars[0][0];
        QSignalSpy thumbnails(window.galleryView(), &GalleryView::thumbnailsFinished);
        QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, chart->barCenter(0, 0).toPoint());
        QCOMPARE(qint64(window.galleryView()->items().size()), bar.n);
        QVERIFY(thumbnails.wait(30000));
        // The first screenful is decoded at once, the rest as it comes into view.
        QVERIFY(window.galleryView()->thumbnailsLoaded() >=
                std::min<int>(int(bar.n), GalleryView::firstRows));
        QVERIFY(window.galleryView()->thumbnailsLoaded() <= int(bar.n));
        QVERIFY(window.galleryView()->title().contains(shown.groups[0]));

        // The embedding view: one point per encoded image, probes for the attributes; a
        // selection fills the gallery.
        const EmbeddingAnalysis* embeddings = window.embeddingView()->analysis();
        QVERIFY(embeddings);
        QCOMPARE(embeddings->pca.projection.rows, qint64(window.dataset(0).size()));
        QVERIFY2(!embeddings->probes.empty(),
                 qPrintable(embeddings->probeProblems.join(QLatin1Char(';'))));
        PcaScatter* scatter = window.embeddingView()->scatter();
        scatter->selectPolygon(
            QPolygonF({QPointF(0, -1e6), QPointF(1e6, -1e6), QPointF(1e6, 1e6), QPointF(0, 1e6)}));
        QVERIFY(scatter->selectedCount() > 0);
        QCOMPARE(qsizetype(window.galleryView()->items().size()), scatter->selectedCount());

        // Editing a prompt rescores from the stored embeddings: first the AUCs, then the
        // intervals; the numbers are core's for the new prompts; undo brings the old ones back.
        auto allAuc = [](const std::vector<ModelConditionMetrics>& m, const QString& condition) {
            for (const ModelConditionMetrics& mc : m)
                if (mc.condition == condition)
                    return mc.groups.front().auc->auc;
            return -1.0;
        };
        const QString condition = shown.conditions[0];
        const double before = allAuc(window.datasetMetrics(0), condition);
        PromptTableModel* prompts = window.promptEditor()->model();
        const int row = int(prompts->conditions().indexOf(condition)) + 1;
        QVERIFY(row > 0);
        QSignalSpy rescored(&window, &MainWindow::rescored);
        QVERIFY(prompts->setData(prompts->index(row, 1),
                                 QStringLiteral("lung; opacity in the lung"), Qt::EditRole));
        QVERIFY(rescored.wait(30000));
        QCOMPARE(rescored.front().front().toBool(), false);
        if (rescored.count() < 2)
            QVERIFY(rescored.wait(60000));
        QCOMPARE(rescored.back().front().toBool(), true);
        const double after = allAuc(window.datasetMetrics(0), condition);
        QVERIFY(after != before);
        const PromptSet edited = window.promptEditor()->prompts();
        QCOMPARE(edited.forCondition(condition).positive,
                 QStringList({QStringLiteral("lung"), QStringLiteral("opacity in the lung")}));
        QCOMPARE(window.subgroupAucView()->chart()->data().overall[0].value(), after);
        // Undo (Ctrl+Z) restores the study's prompts and the AUC.
        rescored.clear();
        window.undoStack()->undo();
        QVERIFY(rescored.wait(30000));
        if (rescored.count() < 2)
            QVERIFY(rescored.wait(60000));
        QCOMPARE(allAuc(window.datasetMetrics(0), condition), before);
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"

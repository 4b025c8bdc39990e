// What the window promises, measured:
//  - the PCA scatter stays smooth at 400,000 points: the time of one replot of the point cloud
//    (a raster written directly), next to QCustomPlot's own scatter (one ssDot per point) on the
//    same points, same widget;
//  - a prompt edit shows within a second: rescoring the stored embeddings with the new prompts
//    and the AUCs without intervals (what the window shows first), next to what re-encoding
//    the images would cost (the reference the store avoids).
//
//  - a lasso of 100,000 of MIMIC-CXR's 377,110 images gives its metrics within a second: the
//    AUC of the selection and of the rest per condition with 200 patient resamples (what the
//    embedding view computes for a selection).
//
//   bench_views [--points 400000] [--replots 10] [--images 1200] [--selection-rows 377110]
//               [--selected 100000] [--no-reference]

#include "benchutils.h"

#include "charts/pointcloud.h"
#include "qcp.h"

#include "common/random.h"
#include "data/cohortloader.h"
#include "demo/demogenerator.h"
#include "inference/inferencejob.h"
#include "inference/scoring.h"
#include "inference/storesamples.h"
#include "stats/tablemetrics.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace cxrfair;

namespace {

/// Seconds per replot, zooming a little each time so that nothing is cached.
double timeReplots(QCustomPlot& plot, int replots) {
    plot.replot();
    const double start = bench::now();
    for (int i = 0; i < replots; ++i) {
        plot.xAxis->scaleRange(i % 2 ? 1.02 : 1.0 / 1.02);
        plot.replot();
    }
    return (bench::now() - start) / replots;
}

void scatter(int points, int replots, bool reference) {
    Random r(3);
    std::vector<float> x(static_cast<size_t>(points)), y(static_cast<size_t>(points));
    for (int i = 0; i < points; ++i) {
        x[size_t(i)] = float(r.normal());
        y[size_t(i)] = float(r.normal() * 0.6);
    }
    QCustomPlot plot;
    plot.resize(900, 700);
    auto* cloud = new PointCloud(plot.xAxis, plot.yAxis);
    cloud->setPoints(x, y);
    std::vector<QRgb> colours(static_cast<size_t>(points));
    for (int i = 0; i < points; ++i)
        colours[size_t(i)] = i % 2 ? qRgb(0xE6, 0x9F, 0x00) : qRgb(0x56, 0xB4, 0xE9);
    cloud->setColors(std::move(colours));
    plot.rescaleAxes();
    const double ours = timeReplots(plot, replots);
    std::printf("scatter, %d points: point cloud %.1f ms per replot (%.0f frames/s)\n", points,
                ours * 1e3, 1.0 / ours);
    if (!reference)
        return;
    plot.removePlottable(cloud);
    auto* graph = plot.addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDot));
    QVector<double> keys(points), values(points);
    for (int i = 0; i < points; ++i) {
        keys[i] = x[size_t(i)];
        values[i] = y[size_t(i)];
    }
    graph->setData(keys, values);
    // Every point drawn, as the cloud does (one colour only, though).
    graph->setAdaptiveSampling(false);
    const double every = timeReplots(plot, std::max(1, replots / 2));
    std::printf("scatter, %d points: QCustomPlot ssDot graph drawing every point %.1f ms per "
                "replot (reference); the point cloud is %.1fx faster\n",
                points, every * 1e3, every / ours);
    // QCustomPlot's adaptive sampling draws a sample per pixel column: faster, not faithful.
    graph->setAdaptiveSampling(true);
    const double sampled = timeReplots(plot, std::max(1, replots / 2));
    std::printf("scatter, %d points: the same graph with adaptive sampling %.1f ms (draws a "
                "sample of the points, in one colour)\n",
                points, sampled * 1e3);
}

/// A score table of `rows` images of rows / 5.8 patients (MIMIC-CXR's ratio), one model and
/// the study's six conditions; the selection metrics of its first `selected` images.
void selection(int rows, int selected) {
    Random r(17);
    ScoreTable table;
    table.models = {QStringLiteral("model")};
    table.attributes = {QStringLiteral("sex")};
    table.sampleAttributes.resize(1);
    const int patients = std::max(1, int(rows / 5.8));
    for (int p = 0; p < patients; ++p)
        table.patientIds << QString::number(p);
    for (int i = 0; i < rows; ++i) {
        table.sampleIds << QString::number(i);
        table.samplePatient.push_back(std::int32_t(std::int64_t(i) * patients / rows));
        table.sampleAttributes[0] << (i % 2 ? QStringLiteral("F") : QStringLiteral("M"));
    }
    table.entries.resize(1);
    for (int c = 0; c < 6; ++c) {
        table.conditions << QStringLiteral("Condition %1").arg(c + 1);
        std::vector<ScoreTable::Entry> entries;
        for (int i = 0; i < rows; ++i) {
            const bool positive = r.chance(0.12);
            entries.push_back(
                {std::uint32_t(i), std::int8_t(positive), r.normal() + (positive ? 1.0 : 0.0)});
        }
        table.entries[0].push_back(std::move(entries));
    }
    std::vector<bool> chosen(size_t(rows), false);
    for (int i = 0; i < selected && i < rows; ++i)
        chosen[size_t(i)] = true;
    // As the embedding view: the AUCs and DeLong's p first, then 200 resamples' intervals.
    MetricsSettings settings;
    settings.bootstrap.resamples = 0;
    double start = bench::now();
    const auto first = selectionMetrics(table, chosen, settings);
    const double firstSeconds = bench::now() - start;
    settings.bootstrap.resamples = 200;
    start = bench::now();
    const auto intervals = selectionMetrics(table, chosen, settings);
    const double intervalSeconds = bench::now() - start;
    std::printf("lasso, %d of %d images selected: AUCs of the selection and the rest for 6 "
                "conditions in %.2f s (target: under 1 s): %s; with intervals from 200 patient "
                "resamples %.2f s later\n",
                selected, rows, firstSeconds, first && firstSeconds < 1.0 ? "met" : "NOT met",
                intervals ? intervalSeconds : -1.0);
}

int rescoring(int images, bool reference) {
    QTemporaryDir dir;
    DemoOptions options;
    options.outDir = dir.filePath(QStringLiteral("demo"));
    options.nihImages = 0;
    options.mimicImages = images;
    auto demo = generateDemo(options);
    if (!demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.error().toString()));
        return 1;
    }
    auto cohort = loadCohort(DatasetSource(DatasetFormat::Mimic, demo->mimicRoot), {});
    if (!cohort) {
        std::fprintf(stderr, "%s\n", qPrintable(cohort.error().toString()));
        return 1;
    }
    const QString store = dir.filePath(QStringLiteral("store"));
    const double encodeStart = bench::now();
    auto encoded = runInference(inferenceRequestFor(storeSamples(*cohort), demo->modelPath, store));
    const double encodeSeconds = bench::now() - encodeStart;
    if (!encoded) {
        std::fprintf(stderr, "%s\n", qPrintable(encoded.error().toString()));
        return 1;
    }
    ScoringRequest request;
    request.storeDir = store;
    request.bundlePath = demo->modelPath;
    auto scorer = StoreScorer::open(request);
    if (!scorer) {
        std::fprintf(stderr, "%s\n", qPrintable(scorer.error().toString()));
        return 1;
    }
    PromptSet prompts = *PromptSet::preset(QStringLiteral("faimi2025"));
    (void)(*scorer)->score(prompts); // the window's first scoring, before any edit
    MetricsSettings quick;
    quick.bootstrap.resamples = 0;
    const int edits = 5;
    double total = 0, scoring = 0;
    for (int e = 0; e < edits; ++e) {
        prompts.defaultNegative = {QStringLiteral("Chest No findings %1").arg(e)};
        const double start = bench::now();
        auto scored = (*scorer)->score(prompts);
        const double scored_at = bench::now();
        auto metrics = metricsForTable(scored->table, ScoreGrouping{}, quick);
        total += bench::now() - start;
        scoring += scored_at - start;
        if (!metrics)
            return 1;
    }
    std::printf("prompt edit, %lld images x %lld conditions: rescoring %.1f ms, with the AUCs "
                "%.1f ms (target: under 1000 ms)\n",
                static_cast<long long>(encoded->images),
                static_cast<long long>((*scorer)->conditions().size()), 1e3 * scoring / edits,
                1e3 * total / edits);
    if (reference)
        std::printf("prompt edit: re-encoding the images instead would take %.1f ms (reference, "
                    "%lld images at %.1f images/s); the store makes an edit %.0fx cheaper\n",
                    encodeSeconds * 1e3, static_cast<long long>(encoded->encoded),
                    encoded->imagesPerSecond, encodeSeconds / (total / edits));
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    // The names without their dashes: bench::option adds them.
    const int points =
        bench::option(args, QStringLiteral("points"), QStringLiteral("400000")).toInt();
    const int replots =
        bench::option(args, QStringLiteral("replots"), QStringLiteral("10")).toInt();
    const int images =
        bench::option(args, QStringLiteral("images"), QStringLiteral("1200")).toInt();
    const int selectionRows =
        bench::option(args, QStringLiteral("selection-rows"), QStringLiteral("377110")).toInt();
    const int selected =
        bench::option(args, QStringLiteral("selected"), QStringLiteral("100000")).toInt();
    const bool reference = !bench::flag(args, QStringLiteral("no-reference"));
    std::printf("%s\n", qPrintable(bench::machineDescription()));
    scatter(points, replots, reference);
    selection(selectionRows, selected);
    return rescoring(images, reference);
}

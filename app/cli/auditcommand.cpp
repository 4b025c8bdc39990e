#include "clicommon.h"
#include "commands.h"

#include "study/reproduction.h"

#include "audit/auditpreset.h"
#include "audit/auditrun.h"
#include "audit/audittables.h"
#include "charts/chartfigures.h"
#include "common/computepool.h"

#include <QDir>
#include <QFileInfo>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::AuditCommand)
};

} // namespace

int runAudit(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        Tr::tr("The output folder (created): results, figures, report and manifest."),
        Tr::tr("DIR"));
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        Tr::tr("A built-in audit instead of CONFIG.json: %1 (the study's protocol).")
            .arg(auditPresetNames().join(QStringLiteral(", "))),
        Tr::tr("NAME"));
    const QCommandLineOption mimicOption(
        QStringLiteral("mimic"), Tr::tr("With --preset: the MIMIC-CXR folder."), Tr::tr("DIR"));
    const QCommandLineOption mimicIvOption(
        QStringLiteral("mimic-iv"),
        Tr::tr("With --preset: the MIMIC-IV folder (default: hosp/ under the MIMIC folder)."),
        Tr::tr("DIR"));
    const QCommandLineOption nihOption(QStringLiteral("nih"),
                                       Tr::tr("With --preset: the NIH ChestX-ray14 folder."),
                                       Tr::tr("DIR"));
    const QCommandLineOption drainsOption(
        QStringLiteral("drains"),
        Tr::tr("With --preset: the NEATX drain table (default: found under the NIH folder)."),
        Tr::tr("FILE"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), Tr::tr("With --preset: a model bundle (repeat for several)."),
        Tr::tr("BUNDLE"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), Tr::tr("Override the configuration's random seed."), Tr::tr("N"));
    const QCommandLineOption bootstrapOption(
        QStringLiteral("bootstrap"), Tr::tr("Override the configuration's bootstrap resamples."),
        Tr::tr("N"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        Tr::tr("Worker threads (default: all cores; the results do not depend on it)."),
        Tr::tr("N"));
    const QCommandLineOption publishedOption(
        QStringLiteral("published"),
        Tr::tr("The study's repository (the folder that holds data/performance/): a "
               "reproduction table per dataset and in the report."),
        Tr::tr("DIR"));
    const QCommandLineOption publishedMapOption(
        QStringLiteral("published-map"),
        Tr::tr("With --published: which published model each model reproduces, e.g. "
               "chexzero=\"My CheXzero\"."),
        Tr::tr("LIST"));
    const QCommandLineOption device = deviceOption();
    const QCommandLineOption noFiguresOption(QStringLiteral("no-figures"),
                                             Tr::tr("Write no figures and no PDF (tables only)."));
    const QCommandLineOption timingsOption(
        QStringLiteral("timings"),
        Tr::tr("Write each stage's wall time and peak memory to this CSV (stage, seconds, "
               "peak_rss_mib); it is not part of the results."),
        Tr::tr("FILE.csv"));
    parser.addOptions({outOption, presetOption, mimicOption, mimicIvOption, nihOption, drainsOption,
                       modelOption, seedOption, bootstrapOption, threadsOption, device,
                       noFiguresOption, publishedOption, publishedMapOption, timingsOption});
    parser.addPositionalArgument(QStringLiteral("CONFIG.json"),
                                 Tr::tr("The audit configuration (a cxrfair project file)."));
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Run an audit end to end: embeddings (through the store, so reruns are "
                   "instant), zero-shot scores, subgroup metrics, intersections, thresholds, "
                   "calibration, the drain shortcut, PCA and probes; then tidy CSV and JSON "
                   "results, figures (PNG, SVG, PDF), a LaTeX table, an HTML and PDF report "
                   "with a methods paragraph, and a manifest of input hashes."));
        status >= 0)
        return status;
    if (!parser.isSet(outOption))
        return reportError(Tr::tr("--out DIR is required"));
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(presetOption) == !positional.isEmpty() || positional.size() > 1)
        return reportError(Tr::tr("give either one CONFIG.json or --preset NAME"));

    Project config;
    QString configPath;
    if (parser.isSet(presetOption)) {
        PresetInputs inputs;
        inputs.mimicRoot = parser.value(mimicOption);
        inputs.mimicIv = parser.value(mimicIvOption);
        inputs.nihRoot = parser.value(nihOption);
        inputs.drains = parser.value(drainsOption);
        for (const QString& m : parser.values(modelOption))
            inputs.models << QFileInfo(m).absoluteFilePath();
        for (QString* path : {&inputs.mimicRoot, &inputs.mimicIv, &inputs.nihRoot, &inputs.drains})
            if (!path->isEmpty())
                *path = QFileInfo(*path).absoluteFilePath();
        auto preset = auditPreset(parser.value(presetOption), inputs);
        if (!preset)
            return reportError(preset.error());
        config = *preset;
    } else {
        configPath = positional.front();
        auto read = Project::read(configPath);
        if (!read)
            return reportError(read.error());
        config = *read;
    }
    BootstrapOptions& bootstrap = config.audit.statistics.bootstrap;
    bool ok = true;
    if (parser.isSet(seedOption))
        bootstrap.seed = parser.value(seedOption).toULongLong(&ok);
    if (ok && parser.isSet(bootstrapOption)) {
        bootstrap.resamples = parser.value(bootstrapOption).toInt(&ok);
        ok = ok && bootstrap.resamples >= 0;
    }
    if (!ok)
        return reportError(Tr::tr("--seed and --bootstrap take non-negative whole numbers"));
    if (parser.isSet(publishedMapOption) && !parser.isSet(publishedOption))
        return reportError(Tr::tr("--published-map goes with --published DIR"));
    if (parser.isSet(publishedOption)) {
        const QString folder = parser.value(publishedOption);
        if (!QFileInfo(folder).isDir())
            return reportError(Tr::tr("--published: no folder %1").arg(folder));
        auto map = parseModelMap(parser.value(publishedMapOption));
        if (!map)
            return reportError(Tr::tr("--published-map: %1").arg(map.error().message));
        config.audit.published = {QFileInfo(folder).absoluteFilePath(), *map};
    }
    AuditOptions options;
    options.outDir = parser.value(outOption);
    options.configPath = configPath;
    if (parser.isSet(threadsOption)) {
        const int threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 0)
            return reportError(Tr::tr("--threads takes a non-negative whole number"));
        // The statistics' workers only: the encoder keeps its own threads, since a network's
        // sums in another order round differently, and the embeddings must not depend on this.
        if (threads > 0)
            computePool()->setMaxThreadCount(threads);
    }
    const auto choice = readDevice(parser, device);
    if (!choice)
        return reportError(choice.error());
    options.inference.device = *choice;
    ChartFigures figures;
    if (!parser.isSet(noFiguresOption))
        options.figures = &figures;
    options.progress = lineProgress();
    StageTimings timings;
    if (parser.isSet(timingsOption)) {
        const QFileInfo file(parser.value(timingsOption));
        if (!file.absoluteDir().exists() || file.isDir())
            return reportError(Tr::tr("--timings: cannot write %1 (no such folder, or a folder)")
                                   .arg(file.filePath()));
        options.timings = &timings;
    }
    auto outcome = cxrfair::runAudit(config, options);
    if (options.timings) {
        // Written even when the audit failed: how far it came and what that cost.
        const QString path = parser.value(timingsOption);
        if (auto written = writeStageTimingsCsv(path, timings.stages()); !written)
            err() << Tr::tr("cxrfair-cli: error: %1").arg(written.error().toString()) << '\n';
    }
    if (!outcome)
        return reportError(outcome.error());
    for (const QString& e : outcome->errors)
        err() << Tr::tr("cxrfair-cli: error: %1").arg(e) << '\n';
    out() << Tr::tr("Audit written to %1 (%2 files); report: %3")
                 .arg(QDir::toNativeSeparators(QFileInfo(options.outDir).absoluteFilePath()))
                 .arg(outcome->written.size())
                 .arg(QDir::toNativeSeparators(outcome->report))
          << '\n';
    out().flush();
    if (!outcome->errors.isEmpty()) {
        err() << Tr::tr("cxrfair-cli: the audit is incomplete (%n problem(s)); what finished is "
                        "kept",
                        nullptr, int(outcome->errors.size()))
              << '\n';
        err().flush();
        return 1;
    }
    return 0;
}

} // namespace cxrfair::cli

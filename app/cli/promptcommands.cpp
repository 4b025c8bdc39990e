#include "clicommon.h"
#include "commands.h"

#include "data/agebins.h"
#include "data/csvwriter.h"
#include "inference/scoring.h"
#include "robustness/promptsets.h"
#include "robustness/promptsweep.h"

#include <QDir>
#include <QFileInfo>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::PromptCommands)
};

/// "DIR/NAME.csv" -> "DIR/NAME-summary.csv".
QString summaryPath(const QString& out) {
    const QFileInfo info(out);
    QString base = info.fileName();
    for (const QString& suffix : {QStringLiteral(".csv.gz"), QStringLiteral(".csv")})
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    const QString name = base + QStringLiteral("-summary.csv");
    return info.path() == QStringLiteral(".") ? name : info.dir().filePath(name);
}

template <typename Rows, typename Columns, typename Row>
Result<void> writeTable(const QString& path, const Rows& rows, Columns columns, Row row) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow(columns());
    for (const auto& r : rows)
        writer->writeRow(row(r));
    return writer->close();
}

} // namespace

int runPromptsSweep(const QStringList& arguments) {
    QCommandLineParser parser;
    const EncoderOptions encoderOptions;
    const StoreModelOptions storeModel(Tr::tr("The model bundle whose embeddings to score."));
    const QCommandLineOption& storeOption = storeModel.store;
    const QCommandLineOption& modelOption = storeModel.model;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        Tr::tr("The AUC of each prompt set, condition, attribute and group (CSV); the summary "
               "goes beside it as NAME-summary.csv."),
        Tr::tr("sweep.csv"));
    const QCommandLineOption setsOption(
        QStringLiteral("sets"),
        Tr::tr("Prompt sets, comma-separated: %1, or prompt JSON files (default: all three "
               "built-in ones; synonyms gives one set per phrasing).")
            .arg(sweepSetNames().join(QStringLiteral(", "))),
        Tr::tr("LIST"), sweepSetNames().join(QLatin1Char(',')));
    const QCommandLineOption attributesOption(
        QStringLiteral("attributes"),
        Tr::tr("Attributes to group by, comma-separated (default: every attribute of the "
               "images)."),
        Tr::tr("LIST"));
    const QCommandLineOption ageBinsOption(QStringLiteral("age-bins"),
                                           Tr::tr("Bin edges for the age (default: the study's)."),
                                           Tr::tr("EDGES"), QStringLiteral("18,25,50,65,80"));
    parser.addOptions({storeOption, modelOption, outOption, setsOption, attributesOption,
                       ageBinsOption, encoderOptions.device, encoderOptions.threads});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Prompt sensitivity: every study condition's zero-shot AUC, overall and per "
                   "group, under several prompt sets, scored from the stored embeddings (no "
                   "image is encoded). A gap that changes with the words is not a finding."));
        status >= 0)
        return status;
    if (!parser.isSet(storeOption) || !parser.isSet(modelOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--store STORE, --model BUNDLE and --out FILE are required"));
    auto settings = encoderOptions.read(parser);
    if (!settings)
        return reportError(settings.error());
    auto sets =
        sweepPromptSets(parser.value(setsOption).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!sets)
        return reportError(sets.error());
    ScoreGrouping grouping;
    auto bins = AgeBins::parse(parser.value(ageBinsOption));
    if (!bins)
        return reportError(Tr::tr("--age-bins: %1").arg(bins.error().message));
    grouping.ageBins = *bins;
    for (const QString& a :
         parser.value(attributesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        grouping.attributes << a.trimmed();

    ScoringRequest request;
    request.storeDir = parser.value(storeOption);
    request.bundlePath = parser.value(modelOption);
    request.settings = *settings;
    auto scorer = StoreScorer::open(request);
    if (!scorer)
        return reportError(scorer.error());
    const QStringList& attributes = (*scorer)->images().attributes;
    for (const QString& a : grouping.attributes)
        if (!attributes.contains(a))
            return reportError(
                Tr::tr("--attributes: no attribute column '%1' (the images have: %2)")
                    .arg(a, attributes.join(QStringLiteral(", "))));
    TerminalProgress progress(Tr::tr("Prompt sweep"));
    auto sweep = sweepPrompts(**scorer, *sets, grouping, progress.progress());
    progress.finish();
    if (!sweep)
        return reportError(sweep.error());
    const QString out = parser.value(outOption);
    if (auto written = writeTable(out, sweep->rows, sweepColumns,
                                  [&](const SweepRow& r) { return sweepCsvRow(*sweep, r); });
        !written)
        return reportError(written.error());
    const std::vector<SweepSummaryRow> summary = summariseSweep(*sweep);
    const QString summaryFile = summaryPath(out);
    if (auto written =
            writeTable(summaryFile, summary, sweepSummaryColumns,
                       [&](const SweepSummaryRow& r) { return sweepSummaryCsvRow(*sweep, r); });
        !written)
        return reportError(written.error());

    // On the terminal: each condition's AUC on all images under each set.
    cli::out() << Tr::tr("%1: %2 prompt sets, %3 conditions.")
                      .arg(sweep->model)
                      .arg(sweep->sets.size())
                      .arg(sweep->conditions.size())
               << '\n';
    for (const SweepSummaryRow& s : summary) {
        if (s.attribute != QStringLiteral("all"))
            continue;
        QStringList aucs;
        for (const SweepRow& r : sweep->rows)
            if (r.condition == s.condition && r.attribute == s.attribute)
                aucs << QStringLiteral("%1 %2").arg(
                    r.promptSet, r.auc ? QString::number(*r.auc, 'f', 3) : QStringLiteral("-"));
        cli::out() << QStringLiteral("  %1: %2").arg(s.condition, aucs.join(QStringLiteral(", ")))
                   << '\n';
        if (!s.inverted.isEmpty())
            cli::out() << Tr::tr("    inverted (AUC below 0.5): %1")
                              .arg(s.inverted.join(QStringLiteral(", ")))
                       << '\n';
    }
    cli::out() << Tr::tr("Wrote %1 and %2.").arg(out, summaryFile) << '\n';
    cli::out().flush();
    return 0;
}

} // namespace cxrfair::cli

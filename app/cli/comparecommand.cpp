#include "clicommon.h"
#include "commands.h"

#include "study/reproduction.h"

#include <QCommandLineParser>
#include <QSet>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::CompareCommand)
};

} // namespace

int runCompare(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption publishedOption(
        QStringLiteral("published"),
        Tr::tr("The study repository's root: the folder that holds data/performance/."),
        Tr::tr("DIR"));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics"), Tr::tr("A metrics table written by 'cxrfair-cli metrics'."),
        Tr::tr("FILE.csv"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The comparison to write (CSV)."), Tr::tr("FILE.csv"));
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"),
        Tr::tr("Which published tables: mimic (subgroups, the default) or cxr14 (chest "
               "drains)."),
        Tr::tr("NAME"), QStringLiteral("mimic"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        Tr::tr("Published model names for metrics models whose names differ, e.g. "
               "chexzero=\"CheXzero (fine-tuned)\",biovil=BV."),
        Tr::tr("LIST"));
    parser.addOptions({publishedOption, metricsOption, outOption, datasetOption, mapOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Puts a metrics table next to the study's published tables (Sourget et al., "
                   "FAIMI 2025): one row per published row it matches, with both AUCs and "
                   "intervals, their difference and whether the intervals overlap."));
        status >= 0)
        return status;
    if (!parser.isSet(publishedOption) || !parser.isSet(metricsOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--published DIR, --metrics FILE.csv and --out FILE.csv are "
                                  "required"));
    const QString dataset = parser.value(datasetOption);
    if (!publishedDatasets().contains(dataset))
        return reportError(Tr::tr("--dataset takes mimic or cxr14, not '%1'").arg(dataset));
    auto map = parseModelMap(parser.value(mapOption));
    if (!map)
        return reportError(Tr::tr("--map: %1").arg(map.error().message));
    auto published = readPublishedResults(parser.value(publishedOption), dataset);
    if (!published)
        return reportError(published.error());
    auto metrics = readMetricsAucs(parser.value(metricsOption));
    if (!metrics)
        return reportError(metrics.error());
    if (metrics->empty())
        return reportError(Tr::tr("%1: the table has no rows").arg(parser.value(metricsOption)));
    const PublishedMatcher matcher(std::move(*published), *map);
    if (const QStringList unknown = matcher.unknownMappedModels(); !unknown.isEmpty())
        return reportError(
            Tr::tr("--map: no published table for %1").arg(unknown.join(QStringLiteral(", "))));
    const std::vector<ReproductionRow> rows = compareWithPublished(matcher, *metrics);

    QStringList publishedModels, metricsModels, matchedModels;
    for (const PublishedResult& p : matcher.published())
        if (!publishedModels.contains(p.model))
            publishedModels << p.model;
    for (const MetricsAuc& m : *metrics)
        if (!metricsModels.contains(m.model))
            metricsModels << m.model;
    for (const ReproductionRow& r : rows)
        if (!matchedModels.contains(r.model))
            matchedModels << r.model;
    if (rows.empty())
        return reportError(
            Tr::tr("no published row matches a row of %1 (its models: %2; the published "
                   "models: %3): name them with --map PUBLISHED=METRICS")
                .arg(parser.value(metricsOption), metricsModels.join(QStringLiteral(", ")),
                     publishedModels.join(QStringLiteral(", "))));
    if (auto written = writeReproductionCsv(parser.value(outOption), rows); !written)
        return reportError(written.error());

    int overlapping = 0;
    for (const ReproductionRow& r : rows)
        overlapping += r.intervalsOverlap;
    out() << Tr::tr("%1 of %2 published rows matched (%3), %4 with overlapping intervals\n")
                 .arg(rows.size())
                 .arg(matcher.published().size())
                 .arg(matchedModels.join(QStringLiteral(", ")))
                 .arg(overlapping);
    out().flush();
    return 0;
}

} // namespace cxrfair::cli

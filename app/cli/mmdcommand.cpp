#include "clicommon.h"
#include "commands.h"

#include "data/csvreader.h"
#include "data/valueparsers.h"
#include "embedding/mmd.h"
#include "embedding/npy.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::MmdCommand)
};

/// Column `attribute` of the keys table, one value per row (empty: no group); ages in bins.
Result<QStringList> groupsOf(const QString& path, const QString& attribute, const AgeBins& bins) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto column = reader->requireColumn(attribute.toStdString());
    if (!column)
        return std::unexpected(column.error());
    QStringList groups;
    while (reader->next())
        groups << toQString(trimmedView(reader->field(*column)));
    if (reader->error())
        return std::unexpected(*reader->error());
    binNumericAges(groups, attribute, bins);
    return groups;
}

} // namespace

int runMmd(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption embeddingsOption(QStringLiteral("embeddings"),
                                              Tr::tr("Image embeddings (.npy, one image per row)."),
                                              Tr::tr("X.npy"));
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        Tr::tr("A CSV table with one row per embedding, in the same order (as `embeddings "
               "export` writes), holding the attribute's column."),
        Tr::tr("K.csv"));
    const QCommandLineOption attributeOption(
        QStringLiteral("attribute"),
        Tr::tr("The column whose values are the groups (empty: left out)."), Tr::tr("NAME"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Tr::tr("Seed of the subsamples and permutations."),
                                        Tr::tr("N"), QStringLiteral("0"));
    const QCommandLineOption permutationsOption(QStringLiteral("permutations"),
                                                Tr::tr("Permutations (default 1000)."), Tr::tr("N"),
                                                QStringLiteral("1000"));
    const QCommandLineOption maxOption(QStringLiteral("max-per-group"),
                                       Tr::tr("Images drawn per group at most (default 5000)."),
                                       Tr::tr("N"), QStringLiteral("5000"));
    const QCommandLineOption ageBinsOption(
        QStringLiteral("age-bins"),
        Tr::tr("Bin edges for a numeric age column (default: the study's)."), Tr::tr("EDGES"),
        QStringLiteral("18,25,50,65,80"));
    parser.addOptions({embeddingsOption, keysOption, attributeOption, seedOption,
                       permutationsOption, maxOption, ageBinsOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Representation shift: for every pair of an attribute's groups, the unbiased "
                   "squared maximum mean discrepancy of their embeddings (Gaussian kernel, "
                   "median-distance bandwidth) with a permutation p-value, as JSON."));
        status >= 0)
        return status;
    if (!parser.isSet(embeddingsOption) || !parser.isSet(keysOption) ||
        !parser.isSet(attributeOption))
        return reportError(Tr::tr("--embeddings, --keys and --attribute are required"));
    MmdOptions options;
    bool ok = false;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return reportError(Tr::tr("--seed takes a whole number of at least 0, not '%1'")
                               .arg(parser.value(seedOption)));
    const auto permutations = wholeOption(parser, permutationsOption, 1);
    if (!permutations)
        return reportError(permutations.error());
    const auto most = wholeOption(parser, maxOption, 2);
    if (!most)
        return reportError(most.error());
    options.permutations = *permutations;
    options.maxPerGroup = *most;
    const auto x = readNpy(parser.value(embeddingsOption));
    if (!x)
        return reportError(x.error());
    const auto bins = AgeBins::parse(parser.value(ageBinsOption));
    if (!bins)
        return reportError(Tr::tr("--age-bins: %1").arg(bins.error().message));
    const QString attribute = parser.value(attributeOption);
    const auto groups = groupsOf(parser.value(keysOption), attribute, *bins);
    if (!groups)
        return reportError(groups.error());
    if (groups->size() != x->rows)
        return reportError(Tr::tr("%1 has %2 rows and %3 has %4 embeddings: they must match, "
                                  "row for row")
                               .arg(parser.value(keysOption))
                               .arg(groups->size())
                               .arg(parser.value(embeddingsOption))
                               .arg(x->rows));
    TerminalProgress bar(Tr::tr("MMD"));
    const auto pairs = groupMmd(*x, *groups, options, bar.progress());
    bar.finish();
    if (!pairs)
        return reportError(pairs.error());
    QJsonArray rows;
    for (const MmdPair& p : *pairs)
        rows.append(QJsonObject{{QStringLiteral("group_a"), p.groupA},
                                {QStringLiteral("group_b"), p.groupB},
                                {QStringLiteral("mmd2"), p.mmd2},
                                {QStringLiteral("p"), p.p},
                                {QStringLiteral("n_a"), qint64(p.nA)},
                                {QStringLiteral("n_b"), qint64(p.nB)},
                                {QStringLiteral("bandwidth"), p.bandwidth}});
    out() << QJsonDocument(QJsonObject{{QStringLiteral("attribute"), attribute},
                                       {QStringLiteral("seed"), qint64(options.seed)},
                                       {QStringLiteral("permutations"), options.permutations},
                                       {QStringLiteral("pairs"), rows}})
                 .toJson(QJsonDocument::Indented);
    out().flush();
    return 0;
}

} // namespace cxrfair::cli

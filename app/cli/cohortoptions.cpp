#include "cohortoptions.h"

#include "common/jsonfields.h"

#include "clicommon.h"

#include "data/cohortloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::CohortOptions)
};

Result<RaceMapping> readRaceMapping(const QString& path) {
    auto bytes = readJsonBytes(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Format, Tr::tr("not valid JSON: %1").arg(error.errorString()), path);
    auto mapping = RaceMapping::fromJsonValue(doc.isArray() ? QJsonValue(doc.array())
                                                            : QJsonValue(doc.object()));
    if (!mapping && mapping.error().file.isEmpty())
        mapping.error().file = path;
    return mapping;
}

} // namespace

CohortOptions::CohortOptions()
    : m_formatOption(
          QStringLiteral("format"),
          Tr::tr("Dataset layout: nih, mimic, chexpert, csv, or auto (default: detect)."),
          Tr::tr("FORMAT"), QStringLiteral("auto"))
    , m_rootOption(QStringLiteral("root"), Tr::tr("The dataset's folder."), Tr::tr("DIR"))
    , m_mimicIvOption(QStringLiteral("mimic-iv"),
                      Tr::tr("MIMIC: the MIMIC-IV folder (default: hosp/ under the root)."),
                      Tr::tr("DIR"))
    , m_labelerOption(QStringLiteral("labeler"),
                      Tr::tr("MIMIC: chexpert (default) or negbio labels."), Tr::tr("NAME"),
                      QStringLiteral("chexpert"))
    , m_drainsOption(QStringLiteral("drains"),
                     Tr::tr("NIH: the NEATX drain table (default: found under the root)."),
                     Tr::tr("FILE"))
    , m_demographicsOption(QStringLiteral("demographics"),
                           Tr::tr("CheXpert: the demographics table saved as CSV."), Tr::tr("FILE"))
    , m_mappingOption(QStringLiteral("mapping"), Tr::tr("Generic CSV: the column mapping (JSON)."),
                      Tr::tr("FILE"))
    , m_splitOption(QStringLiteral("split"),
                    Tr::tr("Keep only these splits, comma-separated (default: all)."),
                    Tr::tr("NAME"))
    , m_viewsOption(QStringLiteral("views"),
                    Tr::tr("Keep only these views, comma-separated, or 'all' (default: PA,AP)."),
                    Tr::tr("LIST"), QStringLiteral("PA,AP"))
    , m_uncertainOption(
          QStringLiteral("uncertain"),
          Tr::tr("Uncertain labels count as: drop (unknown, default), negative, positive."),
          Tr::tr("POLICY"), QStringLiteral("drop"))
    , m_blankOption(
          QStringLiteral("blank"),
          Tr::tr("Blank labels count as: negative (default, as in the study), drop, positive."),
          Tr::tr("POLICY"), QStringLiteral("negative"))
    , m_ageBinsOption(QStringLiteral("age-bins"), Tr::tr("Age bin edges (default 18,25,50,65,80)."),
                      Tr::tr("EDGES"), QStringLiteral("18,25,50,65,80"))
    , m_raceMapOption(QStringLiteral("race-map"),
                      Tr::tr("Race mapping rules (JSON: [{\"prefix\": ..., \"group\": ...}])."),
                      Tr::tr("FILE"))
    , m_sexNamesOption(QStringLiteral("sex-names"),
                       Tr::tr("Names of the two sex groups, female first (default Female,Male)."),
                       Tr::tr("F,M"), QStringLiteral("Female,Male"))
    , m_intersectionsOption(QStringLiteral("intersections"),
                            Tr::tr("Attribute intersections to count, e.g. sex:age,sex:race."),
                            Tr::tr("LIST"))
    , m_noImageCheckOption(QStringLiteral("no-image-check"),
                           Tr::tr("Do not check that image files exist.")) {}

void CohortOptions::addTo(QCommandLineParser& parser) const {
    parser.addOptions({m_formatOption, m_rootOption, m_mimicIvOption, m_labelerOption,
                       m_drainsOption, m_demographicsOption, m_mappingOption, m_splitOption,
                       m_viewsOption, m_uncertainOption, m_blankOption, m_ageBinsOption,
                       m_raceMapOption, m_sexNamesOption, m_intersectionsOption,
                       m_noImageCheckOption});
}

Result<CohortOptions::Parsed> CohortOptions::read(const QCommandLineParser& parser) const {
    if (!parser.isSet(m_rootOption))
        return fail(ErrorCode::InvalidArgument, Tr::tr("--root DIR is required"));
    DatasetSource source;
    source.root = parser.value(m_rootOption);
    const QString formatText = parser.value(m_formatOption);
    if (formatText == QStringLiteral("auto")) {
        const auto detected = detectFormat(source.root);
        if (!detected)
            return fail(
                ErrorCode::InvalidArgument,
                Tr::tr("%1: cannot tell the dataset layout; give --format nih|mimic|chexpert|csv")
                    .arg(source.root));
        source.format = *detected;
    } else {
        const auto format = parseFormat(formatText);
        if (!format)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("unknown --format '%1' (nih, mimic, chexpert, csv or auto)")
                            .arg(formatText));
        source.format = *format;
    }
    source.mimicIv = parser.value(m_mimicIvOption);
    source.labeler = parser.value(m_labelerOption);
    source.drains = parser.value(m_drainsOption);
    source.demographics = parser.value(m_demographicsOption);
    source.mapping = parser.value(m_mappingOption);

    CohortSettings settings;
    if (parser.isSet(m_splitOption))
        settings.splits = parser.value(m_splitOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString views = parser.value(m_viewsOption);
    settings.views = views.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0
                         ? QStringList()
                         : views.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& v : settings.views)
        v = v.trimmed().toUpper();
    const auto uncertain = parseLabelPolicy(parser.value(m_uncertainOption));
    const auto blank = parseLabelPolicy(parser.value(m_blankOption));
    if (!uncertain || !blank)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--uncertain and --blank take drop, negative or positive"));
    settings.uncertain = *uncertain;
    settings.blank = *blank;
    auto bins = AgeBins::parse(parser.value(m_ageBinsOption));
    if (!bins)
        return fail(ErrorCode::InvalidArgument, Tr::tr("--age-bins: %1").arg(bins.error().message));
    settings.ageBins = *bins;
    if (parser.isSet(m_raceMapOption)) {
        auto mapping = readRaceMapping(parser.value(m_raceMapOption));
        if (!mapping)
            return std::unexpected(mapping.error());
        settings.race = *mapping;
    }
    const QStringList sexNames = parser.value(m_sexNamesOption).split(QLatin1Char(','));
    if (sexNames.size() != 2 || sexNames[0].trimmed().isEmpty() || sexNames[1].trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--sex-names takes two names, female first, e.g. Female,Male"));
    settings.femaleName = sexNames[0].trimmed();
    settings.maleName = sexNames[1].trimmed();
    for (const QString& spec :
         parser.value(m_intersectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList attributes = parseIntersection(spec);
        if (attributes.size() < 2)
            return fail(
                ErrorCode::InvalidArgument,
                Tr::tr("--intersections: '%1' needs two attributes, e.g. sex:age").arg(spec));
        settings.intersections << attributes;
    }
    settings.checkImages = !parser.isSet(m_noImageCheckOption);
    return Parsed{source, settings};
}

Result<Cohort> loadCohortWithProgress(const CohortOptions::Parsed& parsed, bool quiet) {
    std::unique_ptr<TerminalProgress> progress;
    if (!quiet)
        progress = std::make_unique<TerminalProgress>(Tr::tr("Loading"));
    const Progress control = progress ? progress->progress() : Progress();
    auto cohort = loadCohort(parsed.source, parsed.settings, control);
    if (progress)
        progress->finish();
    if (!cohort)
        return cohort;
    for (const QStringList& i : parsed.settings.intersections) {
        if (auto g = cohort->grouping(intersectionName(i)); !g)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("--intersections: %1").arg(g.error().message));
    }
    return cohort;
}

} // namespace cxrfair::cli

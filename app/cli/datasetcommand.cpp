#include "clicommon.h"
#include "commands.h"

#include "data/cohortloader.h"
#include "data/cohortsummary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::DatasetCommand)
};

QString padded(const QString& text, int width) {
    return text.leftJustified(width, QLatin1Char(' '), false);
}

QString number(qint64 n, int width) {
    return QString::number(n).rightJustified(width);
}

void printSummary(const CohortSummary& s, int maxProblems) {
    QTextStream& o = out();
    const LoadReport& r = s.report;
    o << Tr::tr("Dataset   %1 (%2)")
             .arg(formatDisplayName(s.source.format), formatName(s.source.format))
      << '\n';
    o << Tr::tr("Root      %1").arg(s.source.root) << '\n';
    o << Tr::tr("Images    %1 in the cohort, from %2 patients").arg(s.images).arg(s.patients)
      << '\n';
    o << Tr::tr("Left out  %1 missing images, %2 invalid rows, %3 outside the split, %4 outside "
                "the views, %5 without labels")
             .arg(r.missingImages)
             .arg(r.invalidRows)
             .arg(r.excludedBySplit)
             .arg(r.excludedByView)
             .arg(r.unlabeled)
      << "\n\n";

    int nameWidth = 10;
    for (const auto& c : s.conditions)
        nameWidth = std::max(nameWidth, int(c.name.size()));
    o << padded(Tr::tr("Condition"), nameWidth + 2) << Tr::tr("Positive").rightJustified(10)
      << Tr::tr("Negative").rightJustified(10) << Tr::tr("Unknown").rightJustified(10) << '\n';
    for (const auto& c : s.conditions) {
        o << padded(c.name, nameWidth + 2) << number(c.positive, 10) << number(c.negative, 10)
          << number(c.unknown, 10) << '\n';
    }
    o << '\n';
    for (const auto& a : s.attributes) {
        o << Tr::tr("%1:").arg(a.name) << '\n';
        int width = 8;
        for (const auto& [group, count] : a.groups)
            width = std::max(width, int(group.size()));
        for (const auto& [group, count] : a.groups) {
            o << "  " << padded(group, width + 2) << number(count, 8) << "  "
              << QString::number(s.images > 0 ? 100.0 * double(count) / double(s.images) : 0.0, 'f',
                                 1)
                     .rightJustified(5)
              << "%\n";
        }
        if (a.missing > 0)
            o << "  " << padded(Tr::tr("(missing)"), width + 2) << number(a.missing, 8) << '\n';
    }
    o << '\n';
    if (r.problems.total() == 0) {
        o << Tr::tr("No problems found.") << '\n';
    } else {
        o << Tr::tr("Problems: %1").arg(r.problems.total()) << '\n';
        const auto& listed = r.problems.listed();
        for (qsizetype i = 0; i < listed.size() && i < maxProblems; ++i)
            o << "  " << listed[i].toString() << '\n';
        if (r.problems.total() > maxProblems)
            o << Tr::tr("  ... and %1 more (--problems N shows more, --json lists them)")
                     .arg(r.problems.total() - maxProblems)
              << '\n';
    }
    const CohortSettings& st = s.settings;
    o << '\n'
      << Tr::tr("Settings  splits: %1; views: %2; uncertain labels: %3; blank labels: %4; age "
                "bins: %5")
             .arg(st.splits.isEmpty() ? Tr::tr("all") : st.splits.join(QLatin1Char(',')),
                  st.views.isEmpty() ? Tr::tr("all") : st.views.join(QLatin1Char(',')),
                  labelPolicyName(st.uncertain), labelPolicyName(st.blank), st.ageBins.toString())
      << '\n';
    o.flush();
}

Result<RaceMapping> readRaceMapping(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("cannot open the race mapping: %1").arg(file.errorString()), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Format, Tr::tr("not valid JSON: %1").arg(error.errorString()), path);
    // Either {"rules": [...], "fallback": "Other"} or just the list of rules.
    if (doc.isArray())
        return RaceMapping::fromJson(doc.array(), QStringLiteral("Other"));
    const QJsonObject o = doc.object();
    return RaceMapping::fromJson(
        o.value(QStringLiteral("rules")).toArray(),
        o.value(QStringLiteral("fallback")).toString(QStringLiteral("Other")));
}

} // namespace

int runDatasetSummary(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("Dataset layout: nih, mimic, chexpert, csv, or auto (default: detect)."),
        Tr::tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption rootOption(QStringLiteral("root"), Tr::tr("The dataset's folder."),
                                        Tr::tr("DIR"));
    const QCommandLineOption mimicIvOption(
        QStringLiteral("mimic-iv"),
        Tr::tr("MIMIC: the MIMIC-IV folder (default: hosp/ under the root)."), Tr::tr("DIR"));
    const QCommandLineOption labelerOption(QStringLiteral("labeler"),
                                           Tr::tr("MIMIC: chexpert (default) or negbio labels."),
                                           Tr::tr("NAME"), QStringLiteral("chexpert"));
    const QCommandLineOption drainsOption(
        QStringLiteral("drains"),
        Tr::tr("NIH: the NEATX drain table (default: found under the root)."), Tr::tr("FILE"));
    const QCommandLineOption demographicsOption(
        QStringLiteral("demographics"), Tr::tr("CheXpert: the demographics table saved as CSV."),
        Tr::tr("FILE"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                           Tr::tr("Generic CSV: the column mapping (JSON)."),
                                           Tr::tr("FILE"));
    const QCommandLineOption splitOption(
        QStringLiteral("split"), Tr::tr("Keep only these splits, comma-separated (default: all)."),
        Tr::tr("NAME"));
    const QCommandLineOption viewsOption(
        QStringLiteral("views"),
        Tr::tr("Keep only these views, comma-separated, or 'all' (default: PA,AP)."),
        Tr::tr("LIST"), QStringLiteral("PA,AP"));
    const QCommandLineOption uncertainOption(
        QStringLiteral("uncertain"),
        Tr::tr("Uncertain labels count as: drop (unknown, default), negative, positive."),
        Tr::tr("POLICY"), QStringLiteral("drop"));
    const QCommandLineOption blankOption(
        QStringLiteral("blank"),
        Tr::tr("Blank labels count as: negative (default, as in the study), drop, positive."),
        Tr::tr("POLICY"), QStringLiteral("negative"));
    const QCommandLineOption ageBinsOption(QStringLiteral("age-bins"),
                                           Tr::tr("Age bin edges (default 18,25,50,65,80)."),
                                           Tr::tr("EDGES"), QStringLiteral("18,25,50,65,80"));
    const QCommandLineOption raceMapOption(
        QStringLiteral("race-map"),
        Tr::tr("Race mapping rules (JSON: [{\"prefix\": ..., \"group\": ...}])."), Tr::tr("FILE"));
    const QCommandLineOption sexNamesOption(
        QStringLiteral("sex-names"),
        Tr::tr("Names of the two sex groups, female first (default Female,Male)."), Tr::tr("F,M"),
        QStringLiteral("Female,Male"));
    const QCommandLineOption intersectionsOption(
        QStringLiteral("intersections"),
        Tr::tr("Attribute intersections to count, e.g. sex:age,sex:race."), Tr::tr("LIST"));
    const QCommandLineOption noImageCheckOption(QStringLiteral("no-image-check"),
                                                Tr::tr("Do not check that image files exist."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print one JSON object instead of tables."));
    const QCommandLineOption problemsOption(QStringLiteral("problems"),
                                            Tr::tr("Problems to print in tables (default 20)."),
                                            Tr::tr("N"), QStringLiteral("20"));
    parser.addOptions({formatOption, rootOption, mimicIvOption, labelerOption, drainsOption,
                       demographicsOption, mappingOption, splitOption, viewsOption, uncertainOption,
                       blankOption, ageBinsOption, raceMapOption, sexNamesOption,
                       intersectionsOption, noImageCheckOption, jsonOption, problemsOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Read a chest X-ray dataset in its published layout and summarise the "
                   "cohort: images, patients, labels per condition, groups per attribute, "
                   "and every problem found."));
        status >= 0)
        return status;
    if (!parser.isSet(rootOption))
        return reportError(Tr::tr("--root DIR is required"));

    DatasetSource source;
    source.root = parser.value(rootOption);
    const QString formatText = parser.value(formatOption);
    if (formatText == QStringLiteral("auto")) {
        const auto detected = detectFormat(source.root);
        if (!detected)
            return reportError(
                Tr::tr("%1: cannot tell the dataset layout; give --format nih|mimic|chexpert|csv")
                    .arg(source.root));
        source.format = *detected;
    } else {
        const auto format = parseFormat(formatText);
        if (!format)
            return reportError(Tr::tr("unknown --format '%1' (nih, mimic, chexpert, csv or auto)")
                                   .arg(formatText));
        source.format = *format;
    }
    source.mimicIv = parser.value(mimicIvOption);
    source.labeler = parser.value(labelerOption);
    source.drains = parser.value(drainsOption);
    source.demographics = parser.value(demographicsOption);
    source.mapping = parser.value(mappingOption);

    CohortSettings settings;
    if (parser.isSet(splitOption))
        settings.splits = parser.value(splitOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString views = parser.value(viewsOption);
    settings.views = views.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0
                         ? QStringList()
                         : views.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& v : settings.views)
        v = v.trimmed().toUpper();
    const auto uncertain = parseLabelPolicy(parser.value(uncertainOption));
    const auto blank = parseLabelPolicy(parser.value(blankOption));
    if (!uncertain || !blank)
        return reportError(Tr::tr("--uncertain and --blank take drop, negative or positive"));
    settings.uncertain = *uncertain;
    settings.blank = *blank;
    auto bins = AgeBins::parse(parser.value(ageBinsOption));
    if (!bins)
        return reportError(Tr::tr("--age-bins: %1").arg(bins.error().message));
    settings.ageBins = *bins;
    if (parser.isSet(raceMapOption)) {
        auto mapping = readRaceMapping(parser.value(raceMapOption));
        if (!mapping)
            return reportError(mapping.error());
        settings.race = *mapping;
    }
    const QStringList sexNames = parser.value(sexNamesOption).split(QLatin1Char(','));
    if (sexNames.size() != 2 || sexNames[0].trimmed().isEmpty() || sexNames[1].trimmed().isEmpty())
        return reportError(Tr::tr("--sex-names takes two names, female first, e.g. Female,Male"));
    settings.femaleName = sexNames[0].trimmed();
    settings.maleName = sexNames[1].trimmed();
    for (const QString& spec :
         parser.value(intersectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList attributes = parseIntersection(spec);
        if (attributes.size() < 2)
            return reportError(
                Tr::tr("--intersections: '%1' needs two attributes, e.g. sex:age").arg(spec));
        settings.intersections << attributes;
    }
    settings.checkImages = !parser.isSet(noImageCheckOption);
    bool problemsOk = false;
    const int maxProblems = parser.value(problemsOption).toInt(&problemsOk);
    if (!problemsOk || maxProblems < 0)
        return reportError(Tr::tr("--problems takes a non-negative whole number"));

    const bool json = parser.isSet(jsonOption);
    std::unique_ptr<TerminalProgress> progress;
    if (!json)
        progress = std::make_unique<TerminalProgress>(Tr::tr("Loading"));
    LoadControl control;
    control.onProgress = [&](double fraction, const QString& stage) {
        if (progress)
            progress->update(fraction, stage);
    };
    auto cohort = loadCohort(source, settings, control);
    if (progress)
        progress->finish();
    if (!cohort)
        return reportError(cohort.error());
    for (const QStringList& i : settings.intersections) {
        if (auto g = cohort->grouping(intersectionName(i)); !g)
            return reportError(Tr::tr("--intersections: %1").arg(g.error().message));
    }
    const CohortSummary summary = summarize(*cohort);
    if (json) {
        out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
        out().flush();
    } else {
        printSummary(summary, maxProblems);
    }
    return 0;
}

} // namespace cxrfair::cli

#include "clicommon.h"
#include "cohortoptions.h"
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
             .arg(st.splitFilter().isEmpty() ? Tr::tr("all")
                                             : st.splitFilter().join(QLatin1Char(',')),
                  st.views.isEmpty() ? Tr::tr("all") : st.views.join(QLatin1Char(',')),
                  labelPolicyName(st.uncertain), labelPolicyName(st.blank), st.ageBins.toString())
      << '\n';
    o.flush();
}

} // namespace

int runDatasetSummary(const QStringList& arguments) {
    QCommandLineParser parser;
    const CohortOptions cohortOptions;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print one JSON object instead of tables."));
    const QCommandLineOption problemsOption(QStringLiteral("problems"),
                                            Tr::tr("Problems to print in tables (default 20)."),
                                            Tr::tr("N"), QStringLiteral("20"));
    cohortOptions.addTo(parser);
    parser.addOptions({jsonOption, problemsOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Read a chest X-ray dataset in its published layout and summarise the "
                   "cohort: images, patients, labels per condition, groups per attribute, "
                   "and every problem found."));
        status >= 0)
        return status;
    const auto parsed = cohortOptions.read(parser);
    if (!parsed)
        return reportError(parsed.error());
    bool problemsOk = false;
    const int maxProblems = parser.value(problemsOption).toInt(&problemsOk);
    if (!problemsOk || maxProblems < 0)
        return reportError(Tr::tr("--problems takes a non-negative whole number"));

    const bool json = parser.isSet(jsonOption);
    auto cohort = loadCohortWithProgress(*parsed, json);
    if (!cohort)
        return reportError(cohort.error());
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

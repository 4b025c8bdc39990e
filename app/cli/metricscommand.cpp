#include "clicommon.h"

#include "commands.h"
#include "common/filecontents.h"

#include "data/cohortsettings.h"
#include "stats/fairnesstables.h"
#include "stats/metricsreport.h"
#include "stats/scoretable.h"
#include "stats/tablemetrics.h"
#include "study/publishedresults.h"
#include "study/studypipeline.h"

#include "common/computepool.h"
#include <QFile>
#include <QJsonDocument>

#include <QThreadPool>

#include <cmath>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::MetricsCommand)
};

QString formatAuc(const GroupMetrics& g) {
    if (!g.auc)
        return Tr::tr("undefined");
    QString text = QString::number(g.auc->auc, 'f', 3);
    if (g.bootstrapCi.valid())
        text += QStringLiteral(" [%1, %2]")
                    .arg(g.bootstrapCi.low, 0, 'f', 3)
                    .arg(g.bootstrapCi.high, 0, 'f', 3);
    return text;
}

void printOverview(const MetricsReport& report) {
    QTextStream& o = out();
    for (const ModelConditionMetrics& mc : report.results) {
        const GroupMetrics& all = mc.groups.front();
        o << mc.model << "  " << mc.condition << ":  AUC " << formatAuc(all) << "  (n=" << all.n
          << ", " << all.positives << Tr::tr(" positive)");
        for (const GapMetrics& gap : mc.gaps) {
            if (gap.aucGap) {
                o << "\n    "
                  << Tr::tr("%1 gap %2 [%3, %4], worst %5")
                         .arg(gap.attribute)
                         .arg(*gap.aucGap, 0, 'f', 3)
                         .arg(gap.aucGapCi.low, 0, 'f', 3)
                         .arg(gap.aucGapCi.high, 0, 'f', 3)
                         .arg(gap.worstGroup);
            }
        }
        o << '\n';
    }
    for (const ShortcutRow& s : report.shortcuts) {
        const ShortcutMetrics& m = s.metrics;
        auto auc = [](const std::optional<double>& v) {
            return v ? QString::number(*v, 'f', 3) : Tr::tr("undefined");
        };
        o << s.model << "  " << s.condition << "  " << Tr::tr("shortcut %1:").arg(s.confounder)
          << "  "
          << Tr::tr("present %1 (%2 positives), absent %3 (%4 positives), difference %5 [%6, %7]")
                 .arg(auc(m.aucConfounded))
                 .arg(m.confoundedPositives)
                 .arg(auc(m.aucUnconfounded))
                 .arg(m.unconfoundedPositives)
                 .arg(auc(m.difference))
                 .arg(m.differenceCi.low, 0, 'f', 3)
                 .arg(m.differenceCi.high, 0, 'f', 3)
          << '\n';
    }
    o.flush();
}

} // namespace

int runMetrics(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption scoresOption(
        QStringLiteral("scores"),
        Tr::tr("The tidy score table: model,condition,sample_id,patient_id,label,score "
               "and one column per attribute."),
        Tr::tr("FILE.csv"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The metrics table to write (CSV)."), Tr::tr("FILE.csv"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Also write the metrics as JSON."), Tr::tr("FILE"));
    const QCommandLineOption attributesOption(
        QStringLiteral("attributes"),
        Tr::tr("Attributes to report, comma-separated (default: every extra column)."),
        Tr::tr("LIST"));
    const QCommandLineOption ageBinsOption(QStringLiteral("age-bins"),
                                           Tr::tr("Bin edges for a numeric age column."),
                                           Tr::tr("EDGES"), QStringLiteral("18,25,50,65,80"));
    const QCommandLineOption intersectionsOption(
        QStringLiteral("intersections"), Tr::tr("Attribute intersections, e.g. sex:age,sex:race."),
        Tr::tr("LIST"));
    const QCommandLineOption bootstrapOption(QStringLiteral("bootstrap"),
                                             Tr::tr("Bootstrap resamples (default 1000)."),
                                             Tr::tr("N"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Tr::tr("Random seed (default 2025)."), Tr::tr("N"),
                                        QStringLiteral("2025"));
    const QCommandLineOption ciOption(QStringLiteral("ci"),
                                      Tr::tr("Interval level (default 0.95)."), Tr::tr("LEVEL"),
                                      QStringLiteral("0.95"));
    const QCommandLineOption clusterOption(
        QStringLiteral("cluster"),
        Tr::tr("Resample patients with all their images ('patient'), or images ('none', "
               "the default)."),
        Tr::tr("UNIT"), QStringLiteral("none"));
    const QCommandLineOption stratifyOption(QStringLiteral("stratify"),
                                            Tr::tr("Resample positives and negatives separately."));
    const QCommandLineOption minGroupOption(
        QStringLiteral("min-group"),
        Tr::tr("Flag groups with fewer positives or negatives (default 10)."), Tr::tr("N"),
        QStringLiteral("10"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        Tr::tr("Operating threshold: youden, f1, sens:0.9, spec:0.9 (chosen on "
               "--validation) or value:0.5."),
        Tr::tr("RULE"));
    const QCommandLineOption validationOption(
        QStringLiteral("validation"),
        Tr::tr("Validation scores (same format) to choose the threshold on."), Tr::tr("FILE.csv"));
    const QCommandLineOption confounderOption(
        QStringLiteral("confounder"),
        Tr::tr("A 0/1 column recorded on positives (e.g. drain): shortcut analysis."),
        Tr::tr("COLUMN"));
    const QCommandLineOption shortcutConditionOption(
        QStringLiteral("shortcut-condition"),
        Tr::tr("With --confounder: the condition whose positives it splits (default: every "
               "condition)."),
        Tr::tr("NAME"));
    const QCommandLineOption evidenceOption(
        QStringLiteral("evidence-width"),
        Tr::tr("A group whose bootstrap interval is wider than this has insufficient evidence "
               "(default 0.2)."),
        Tr::tr("WIDTH"), QStringLiteral("0.2"));
    const QCommandLineOption xaucOption(
        QStringLiteral("xauc"),
        Tr::tr("Also write every pair of groups' cross-group AUCs (xAUC) with the bootstrap "
               "interval of their disparity."),
        Tr::tr("FILE.csv"));
    const QCommandLineOption summaryOption(
        QStringLiteral("summary"),
        Tr::tr("Also write the summary per model, condition and attribute: worst-group AUC, "
               "gap with its bias-corrected estimate, ES-AUC, equal-opportunity and "
               "equalized-odds differences."),
        Tr::tr("FILE.csv"));
    const QCommandLineOption matchOption(
        QStringLiteral("match"),
        Tr::tr("Also compare each attribute's groups after reweighting them to the same joint "
               "distribution of these covariates and the same prevalence (rows with adjusted "
               "= matched), e.g. age,view; 'default': age and view for sex and race, sex and "
               "view for age, as the audit does."),
        Tr::tr("LIST"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("csv (the tidy table, the default) or faimi2025: the study's own layout under "
               "the folder --out names, one zeroshot_{model}.csv per model."),
        Tr::tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"),
        Tr::tr("With --format faimi2025: mimic (subgroups, the default) or cxr14 (the "
               "shortcut's strata as groups 0.0 and 1.0)."),
        Tr::tr("NAME"), QStringLiteral("mimic"));
    const QCommandLineOption logitOption(QStringLiteral("logit-ci"),
                                         Tr::tr("DeLong intervals on the logit scale."));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        Tr::tr("Worker threads (default: all cores; the results do not depend on it)."),
        Tr::tr("N"), QStringLiteral("0"));
    parser.addOptions(
        {scoresOption,    outOption,           jsonOption,       attributesOption,
         ageBinsOption,   intersectionsOption, bootstrapOption,  seedOption,
         ciOption,        clusterOption,       stratifyOption,   minGroupOption,
         thresholdOption, validationOption,    confounderOption, shortcutConditionOption,
         logitOption,     threadsOption,       evidenceOption,   xaucOption,
         summaryOption,   formatOption,        datasetOption,    matchOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Subgroup AUCs with DeLong and bootstrap intervals, tests against the "
                   "rest (Holm, Benjamini-Hochberg), AUPRC, threshold rates, calibration, "
                   "gaps and shortcut analysis, from a table of scores."));
        status >= 0)
        return status;
    if (!parser.isSet(scoresOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--scores FILE.csv and --out FILE.csv are required"));
    const QString format = parser.value(formatOption);
    if (format != QStringLiteral("csv") && format != QStringLiteral("faimi2025"))
        return reportError(Tr::tr("--format takes csv or faimi2025, not '%1'").arg(format));
    const QString dataset = parser.value(datasetOption);
    if (!publishedDatasets().contains(dataset))
        return reportError(Tr::tr("--dataset takes mimic or cxr14, not '%1'").arg(dataset));
    if (parser.isSet(datasetOption) && format != QStringLiteral("faimi2025"))
        return reportError(Tr::tr("--dataset goes with --format faimi2025"));

    MetricsSettings settings;
    bool ok = false;
    settings.bootstrap.resamples = parser.value(bootstrapOption).toInt(&ok);
    if (!ok || settings.bootstrap.resamples < 0)
        return reportError(Tr::tr("--bootstrap takes a non-negative whole number"));
    settings.bootstrap.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return reportError(Tr::tr("--seed takes a non-negative whole number"));
    settings.bootstrap.level = parser.value(ciOption).toDouble(&ok);
    if (!ok || !(settings.bootstrap.level > 0.0 && settings.bootstrap.level < 1.0))
        return reportError(Tr::tr("--ci takes a level between 0 and 1, e.g. 0.95"));
    settings.evidenceWidth = parser.value(evidenceOption).toDouble(&ok);
    if (!ok || !(settings.evidenceWidth > 0.0 && settings.evidenceWidth <= 1.0))
        return reportError(
            Tr::tr("--evidence-width takes a width above 0 and at most 1, e.g. 0.2"));
    const QString cluster = parser.value(clusterOption);
    if (cluster == QStringLiteral("patient"))
        settings.bootstrap.mode = BootstrapMode::Clustered;
    else if (cluster != QStringLiteral("none"))
        return reportError(Tr::tr("--cluster takes patient or none"));
    if (parser.isSet(stratifyOption)) {
        if (settings.bootstrap.mode == BootstrapMode::Clustered)
            return reportError(Tr::tr("--stratify and --cluster patient cannot be combined"));
        settings.bootstrap.mode = BootstrapMode::Stratified;
    }
    settings.minPositives = settings.minNegatives = parser.value(minGroupOption).toInt(&ok);
    if (!ok || settings.minPositives < 0)
        return reportError(Tr::tr("--min-group takes a non-negative whole number"));
    settings.logitDelong = parser.isSet(logitOption);
    const int threads = parser.value(threadsOption).toInt(&ok);
    if (!ok || threads < 0)
        return reportError(Tr::tr("--threads takes a non-negative whole number"));
    if (threads > 0)
        computePool()->setMaxThreadCount(threads);
    if (parser.isSet(thresholdOption)) {
        auto rule = ThresholdRule::parse(parser.value(thresholdOption));
        if (!rule)
            return reportError(rule.error());
        settings.threshold = *rule;
        if (rule->kind != ThresholdRule::Kind::Fixed && !parser.isSet(validationOption))
            return reportError(
                Tr::tr("--threshold %1 is chosen on validation data: give --validation FILE.csv")
                    .arg(rule->toString()));
    }
    ScoreGrouping grouping;
    auto bins = AgeBins::parse(parser.value(ageBinsOption));
    if (!bins)
        return reportError(Tr::tr("--age-bins: %1").arg(bins.error().message));
    grouping.ageBins = *bins;
    grouping.attributes =
        parser.value(attributesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& a : grouping.attributes)
        a = a.trimmed();
    for (const QString& spec :
         parser.value(intersectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = parseIntersection(spec);
        if (parts.size() < 2)
            return reportError(
                Tr::tr("--intersections: '%1' needs two attributes, e.g. sex:age").arg(spec));
        grouping.intersections << parts;
    }
    grouping.confounder = parser.value(confounderOption);
    if (parser.isSet(shortcutConditionOption) && grouping.confounder.isEmpty())
        return reportError(Tr::tr("--shortcut-condition needs --confounder COLUMN"));

    QStringList match;
    for (const QString& c : parser.value(matchOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            match << c.trimmed();
    if (parser.isSet(matchOption) && match.isEmpty())
        return reportError(Tr::tr("--match takes covariates, e.g. age,view"));
    if (match.removeDuplicates() > 0)
        return reportError(Tr::tr("--match names a covariate twice"));

    auto table = readScoreTable(parser.value(scoresOption));
    if (!table)
        return reportError(table.error());
    std::optional<ScoreTable> validation;
    if (parser.isSet(validationOption)) {
        auto v = readScoreTable(parser.value(validationOption));
        if (!v)
            return reportError(v.error());
        validation = std::move(*v);
    }
    for (const QString& covariate : match) {
        if (match == QStringList{QStringLiteral("default")})
            break;
        if (!table->attributes.contains(covariate))
            return reportError(
                Tr::tr("%1: no column '%2' to match on (the table has: %3)")
                    .arg(table->path, covariate, table->attributes.join(QStringLiteral(", "))));
    }
    const qsizetype confounderColumn =
        grouping.confounder.isEmpty() ? -1 : table->attributes.indexOf(grouping.confounder);
    if (!grouping.confounder.isEmpty() && confounderColumn < 0) {
        return reportError(Tr::tr("%1: no confounder column '%2' (the table has: %3)")
                               .arg(table->path, grouping.confounder,
                                    table->attributes.join(QStringLiteral(", "))));
    }

    // The study's metrics stage, as the window and the audit run it.
    StudySettings study;
    study.audit.attributes = grouping.attributes;
    study.attributesRequired = true; // a mistyped --attributes is an error, not left out
    study.audit.statistics = settings;
    study.audit.analyses.intersections = !grouping.intersections.isEmpty();
    study.audit.analyses.crossGroupAuc = parser.isSet(xaucOption);
    // "default": the study's covariates per attribute, as the audit and the window match.
    const bool matchDefaults = match == QStringList{QStringLiteral("default")};
    study.audit.analyses.matched = matchDefaults;
    study.match = matchDefaults ? QStringList() : match;
    study.audit.shortcut = {grouping.confounder, parser.value(shortcutConditionOption)};
    study.ageBins = grouping.ageBins;
    study.intersections = grouping.intersections;
    if (!study.audit.shortcut.condition.isEmpty() &&
        !table->conditions.contains(study.audit.shortcut.condition))
        return reportError(
            Tr::tr("%1: no condition '%2' for the shortcut analysis (the table has: %3)")
                .arg(table->path, study.audit.shortcut.condition,
                     table->conditions.join(QStringLiteral(", "))));
    StudyInput input;
    input.scores = std::make_shared<const ScoreTable>(std::move(*table));
    if (validation)
        input.validation = std::make_shared<const ScoreTable>(std::move(*validation));
    TerminalProgress progress(Tr::tr("Metrics"));
    auto result = runStudy(input, study, progress.progress());
    progress.finish();
    if (!result)
        return reportError(result.error());
    const MetricsReport& report = result->metrics;

    if (format == QStringLiteral("faimi2025")) {
        auto written = writePublishedLayout(parser.value(outOption), dataset, report);
        if (!written)
            return reportError(written.error());
        err() << Tr::tr("wrote %n table(s) in the study's layout under %1", nullptr,
                        int(written->size()))
                     .arg(publishedFolder(parser.value(outOption), dataset))
              << '\n';
    } else if (auto written = writeMetricsCsv(parser.value(outOption), report); !written) {
        return reportError(written.error());
    }
    if (parser.isSet(jsonOption)) {
        if (auto written = writeFileContents(
                parser.value(jsonOption),
                QJsonDocument(metricsJson(report)).toJson(QJsonDocument::Indented));
            !written)
            return reportError(written.error());
    }
    if (parser.isSet(xaucOption)) {
        if (auto written = writeCrossAucCsv(parser.value(xaucOption), report); !written)
            return reportError(written.error());
    }
    if (parser.isSet(summaryOption)) {
        if (auto written = writeSummaryCsv(parser.value(summaryOption), report); !written)
            return reportError(written.error());
    }
    printOverview(report);
    if (!study.match.isEmpty()) {
        const QStringList reported =
            grouping.attributes.isEmpty() ? input.scores->attributes : grouping.attributes;
        for (const QString& a : reported)
            if (a != grouping.confounder && study.match == QStringList{a})
                err() << Tr::tr("note: %1 is not matched: its only covariate is itself").arg(a)
                      << '\n';
    }
    for (const QString& note : report.notes)
        err() << Tr::tr("note: %1").arg(note) << '\n';
    err().flush();
    return 0;
}

} // namespace cxrfair::cli

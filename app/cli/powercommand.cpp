#include "clicommon.h"
#include "commands.h"

#include "stats/power.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::PowerCommand)
};

Result<double> numberOption(const QCommandLineParser& parser, const QCommandLineOption& option) {
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--%1 takes a number, not '%2'")
                        .arg(option.names().constFirst(), parser.value(option)));
    return v;
}

} // namespace

int runPower(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption positives(QStringLiteral("positives"),
                                       Tr::tr("The group's positives."), Tr::tr("N"));
    const QCommandLineOption negatives(QStringLiteral("negatives"),
                                       Tr::tr("The group's negatives."), Tr::tr("M"));
    const QCommandLineOption restPositives(QStringLiteral("rest-positives"),
                                           Tr::tr("The other images' positives."), Tr::tr("N2"));
    const QCommandLineOption restNegatives(QStringLiteral("rest-negatives"),
                                           Tr::tr("The other images' negatives."), Tr::tr("M2"));
    const QCommandLineOption auc(QStringLiteral("auc"),
                                 Tr::tr("The overall AUC, used for both standard errors."),
                                 Tr::tr("A"));
    const QCommandLineOption alpha(QStringLiteral("alpha"),
                                   Tr::tr("Two-sided significance level (default 0.05)."),
                                   Tr::tr("ALPHA"), QStringLiteral("0.05"));
    const QCommandLineOption power(QStringLiteral("power"), Tr::tr("Power (default 0.8)."),
                                   Tr::tr("POWER"), QStringLiteral("0.8"));
    const QCommandLineOption difference(
        QStringLiteral("difference"),
        Tr::tr("Also the positives the group needs (at its ratio of negatives to positives) for "
               "its MDD to be at most D."),
        Tr::tr("D"));
    parser.addOptions(
        {positives, negatives, restPositives, restNegatives, auc, alpha, power, difference});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("The minimum detectable difference (MDD) of a group's AUC against the rest's, "
                   "from Hanley and McNeil's standard errors, as JSON: how large a gap the "
                   "group's size can tell from noise."));
        status >= 0)
        return status;
    for (const QCommandLineOption* o :
         {&positives, &negatives, &restPositives, &restNegatives, &auc})
        if (!parser.isSet(*o))
            return reportError(Tr::tr("--positives, --negatives, --rest-positives, "
                                      "--rest-negatives and --auc are required"));
    PowerQuery query;
    const std::pair<const QCommandLineOption*, double*> fields[] = {
        {&positives, &query.positives},
        {&negatives, &query.negatives},
        {&restPositives, &query.restPositives},
        {&restNegatives, &query.restNegatives},
        {&auc, &query.auc},
        {&alpha, &query.alpha},
        {&power, &query.power}};
    for (const auto& [option, field] : fields) {
        auto v = numberOption(parser, *option);
        if (!v)
            return reportError(v.error());
        *field = *v;
    }
    if (auto checked = checkPowerQuery(query); !checked)
        return reportError(checked.error());
    const DetectableDifference d = minimumDetectableDifference(query);
    QJsonObject result{{QStringLiteral("auc"), query.auc},
                       {QStringLiteral("positives"), query.positives},
                       {QStringLiteral("negatives"), query.negatives},
                       {QStringLiteral("rest_positives"), query.restPositives},
                       {QStringLiteral("rest_negatives"), query.restNegatives},
                       {QStringLiteral("alpha"), query.alpha},
                       {QStringLiteral("power"), query.power},
                       {QStringLiteral("se_group"), d.seGroup},
                       {QStringLiteral("se_rest"), d.seRest},
                       {QStringLiteral("mdd"), d.mdd}};
    if (parser.isSet(difference)) {
        auto target = numberOption(parser, difference);
        if (!target)
            return reportError(target.error());
        if (!(*target > 0.0))
            return reportError(Tr::tr("--difference takes a number above 0, not %1").arg(*target));
        result.insert(QStringLiteral("difference"), *target);
        const auto needed = positivesNeeded(query, *target);
        // null: no group size reaches it, the rest's standard error alone being too large.
        result.insert(QStringLiteral("positives_needed"),
                      needed ? QJsonValue(double(*needed)) : QJsonValue());
    }
    out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out().flush();
    return 0;
}

} // namespace cxrfair::cli

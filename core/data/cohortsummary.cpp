#include "data/cohortsummary.h"

#include <QJsonArray>

namespace cxrfair {

CohortSummary summarize(const Cohort& cohort) {
    CohortSummary s;
    s.source = cohort.source();
    s.settings = cohort.settings();
    s.images = qint64(cohort.size());
    s.patients = qint64(cohort.patientCount());
    s.report = cohort.report();
    for (int c = 0; c < cohort.conditions().size(); ++c) {
        CohortSummary::ConditionCounts counts;
        counts.name = cohort.conditions()[c];
        for (std::int8_t v : cohort.labels(c)) {
            if (v == 1)
                ++counts.positive;
            else if (v == 0)
                ++counts.negative;
            else
                ++counts.unknown;
        }
        s.conditions << counts;
    }
    QStringList attributes = cohort.attributeNames();
    for (const QStringList& i : cohort.settings().intersections)
        attributes << intersectionName(i);
    for (const QString& name : attributes) {
        const auto grouping = cohort.grouping(name);
        if (!grouping)
            continue;
        CohortSummary::AttributeCounts counts;
        counts.name = grouping->attribute;
        const std::vector<qint64> n = grouping->counts();
        for (qsizetype g = 0; g < grouping->groups.size(); ++g) {
            if (n[size_t(g)] > 0)
                counts.groups.append({grouping->groups[g], n[size_t(g)]});
        }
        counts.missing = grouping->missing();
        s.attributes << counts;
    }
    return s;
}

QJsonObject CohortSummary::toJson() const {
    QJsonObject conditionsJson;
    for (const ConditionCounts& c : conditions) {
        conditionsJson.insert(c.name, QJsonObject{{QStringLiteral("positive"), c.positive},
                                                  {QStringLiteral("negative"), c.negative},
                                                  {QStringLiteral("unknown"), c.unknown}});
    }
    QJsonObject attributesJson;
    for (const AttributeCounts& a : attributes) {
        QJsonObject groups;
        for (const auto& [name, count] : a.groups)
            groups.insert(name, count);
        groups.insert(QStringLiteral("missing"), a.missing);
        attributesJson.insert(a.name, groups);
    }
    QJsonArray problems;
    for (const Problem& p : report.problems.listed())
        problems.append(p.toJson());
    return QJsonObject{
        {QStringLiteral("format"), formatName(source.format)},
        {QStringLiteral("root"), source.root},
        {QStringLiteral("images"), images},
        {QStringLiteral("patients"), patients},
        {QStringLiteral("missing_images"), report.missingImages},
        {QStringLiteral("rows_read"), report.rowsRead},
        {QStringLiteral("excluded"),
         QJsonObject{{QStringLiteral("invalid_rows"), report.invalidRows},
                     {QStringLiteral("split"), report.excludedBySplit},
                     {QStringLiteral("view"), report.excludedByView},
                     {QStringLiteral("unlabeled"), report.unlabeled},
                     {QStringLiteral("missing_images"), report.missingImages}}},
        {QStringLiteral("conditions"), conditionsJson},
        {QStringLiteral("attributes"), attributesJson},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("problems_total"), report.problems.total()},
        {QStringLiteral("files"), QJsonArray::fromStringList(report.filesRead)},
        {QStringLiteral("settings"), settings.toJson()},
    };
}

} // namespace cxrfair

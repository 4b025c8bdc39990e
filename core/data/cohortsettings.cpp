#include "data/cohortsettings.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::CohortSettings)
};

QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}
} // namespace

QJsonObject CohortSettings::toJson() const {
    QJsonArray edges;
    for (double e : ageBins.edges())
        edges.append(e);
    QJsonArray inter;
    for (const QStringList& i : intersections)
        inter.append(toArray(i));
    return QJsonObject{
        {QStringLiteral("splits"), toArray(splits)},
        {QStringLiteral("views"), toArray(views)},
        {QStringLiteral("uncertain"), labelPolicyName(uncertain)},
        {QStringLiteral("blank"), labelPolicyName(blank)},
        {QStringLiteral("age_bins"), edges},
        {QStringLiteral("race_mapping"),
         QJsonObject{{QStringLiteral("rules"), race.toJson()},
                     {QStringLiteral("fallback"), race.fallback()}}},
        {QStringLiteral("sex_names"),
         QJsonObject{{QStringLiteral("female"), femaleName}, {QStringLiteral("male"), maleName}}},
        {QStringLiteral("intersections"), inter},
        {QStringLiteral("check_images"), checkImages},
    };
}

Result<CohortSettings> CohortSettings::fromJson(const QJsonObject& json) {
    CohortSettings s;
    if (json.contains(QStringLiteral("splits")))
        s.splits = toStringList(json.value(QStringLiteral("splits")));
    if (json.contains(QStringLiteral("views")))
        s.views = toStringList(json.value(QStringLiteral("views")));
    for (auto [key, target] : {std::pair{QStringLiteral("uncertain"), &s.uncertain},
                               std::pair{QStringLiteral("blank"), &s.blank}}) {
        if (!json.contains(key))
            continue;
        const auto policy = parseLabelPolicy(json.value(key).toString());
        if (!policy) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("'%1' must be drop, negative or positive").arg(key));
        }
        *target = *policy;
    }
    if (json.contains(QStringLiteral("age_bins"))) {
        std::vector<double> edges;
        for (const QJsonValue& v : json.value(QStringLiteral("age_bins")).toArray())
            edges.push_back(v.toDouble(-1));
        auto bins = AgeBins::fromEdges(std::move(edges));
        if (!bins)
            return std::unexpected(bins.error());
        s.ageBins = *bins;
    }
    if (json.contains(QStringLiteral("race_mapping"))) {
        const QJsonObject r = json.value(QStringLiteral("race_mapping")).toObject();
        auto mapping = RaceMapping::fromJson(
            r.value(QStringLiteral("rules")).toArray(),
            r.value(QStringLiteral("fallback")).toString(QStringLiteral("Other")));
        if (!mapping)
            return std::unexpected(mapping.error());
        s.race = *mapping;
    }
    if (json.contains(QStringLiteral("sex_names"))) {
        const QJsonObject n = json.value(QStringLiteral("sex_names")).toObject();
        s.femaleName = n.value(QStringLiteral("female")).toString(s.femaleName);
        s.maleName = n.value(QStringLiteral("male")).toString(s.maleName);
    }
    if (json.contains(QStringLiteral("intersections"))) {
        for (const QJsonValue& v : json.value(QStringLiteral("intersections")).toArray()) {
            const QStringList attrs = toStringList(v);
            if (attrs.size() < 2)
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("an intersection needs at least two attributes"));
            s.intersections << attrs;
        }
    }
    s.checkImages = json.value(QStringLiteral("check_images")).toBool(true);
    return s;
}

QStringList parseIntersection(const QString& text) {
    static const QRegularExpression separator(QStringLiteral("\\s*(?::|\\sx\\s|\\*|&)\\s*"));
    QStringList parts = text.split(separator, Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = p.trimmed();
    return parts;
}

QString intersectionName(const QStringList& attributes) {
    return attributes.join(QStringLiteral(" x "));
}

QStringList CohortSettings::splitFilter() const {
    for (const QString& s : splits)
        if (s.trimmed().compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0)
            return {};
    return splits;
}

} // namespace cxrfair

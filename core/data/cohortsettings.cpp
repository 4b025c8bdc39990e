#include "data/cohortsettings.h"

#include "common/jsonfields.h"

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

Result<CohortSettings> CohortSettings::fromJson(const QJsonObject& json, const QString& where) {
    CohortSettings s;
    JsonFields fields(json, where);
    fields.texts("splits", s.splits);
    fields.texts("views", s.views);
    for (auto [key, target] :
         {std::pair{"uncertain", &s.uncertain}, std::pair{"blank", &s.blank}}) {
        QString name = labelPolicyName(*target);
        fields.text(key, name);
        if (const auto policy = parseLabelPolicy(name))
            *target = *policy;
        else
            fields.invalid(key, Tr::tr("drop, negative or positive"));
    }
    if (auto array = fields.array("age_bins")) {
        std::vector<double> edges;
        for (const QJsonValue& v : *array) {
            if (!v.isDouble())
                fields.invalid("age_bins", Tr::tr("a list of ages in years, e.g. [18, 25, 50]"));
            edges.push_back(v.toDouble(-1));
        }
        auto bins = AgeBins::fromEdges(std::move(edges));
        if (bins)
            s.ageBins = *bins;
        else
            fields.record(bins.error());
    }
    if (const QJsonValue race = fields.value("race_mapping"); !race.isUndefined()) {
        auto mapping = RaceMapping::fromJsonValue(race, fields.path("race_mapping"));
        if (mapping)
            s.race = *mapping;
        else
            fields.record(mapping.error());
    }
    if (auto object = fields.object("sex_names")) {
        JsonFields names(*object, fields.path("sex_names"));
        names.text("female", s.femaleName);
        names.text("male", s.maleName);
        if (auto done = names.finish(); !done)
            return std::unexpected(done.error());
    }
    if (auto array = fields.array("intersections")) {
        for (const QJsonValue& v : *array) {
            auto attributes = stringList(v, fields.path("intersections"));
            if (!attributes || attributes->size() < 2)
                fields.invalid("intersections",
                               Tr::tr("a list of intersections, each a list of at least two "
                                      "attributes"));
            else
                s.intersections << *attributes;
        }
    }
    fields.flag("check_images", s.checkImages);
    if (auto done = fields.finish(); !done)
        return std::unexpected(done.error());
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

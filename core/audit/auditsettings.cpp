#include "audit/auditsettings.h"

#include "audit/auditpreset.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::AuditSettings)
};

Error fieldError(const QString& field, const QString& expected) {
    return Error{ErrorCode::InvalidValue,
                 Tr::tr("audit setting \"%1\" must be %2").arg(field, expected),
                 {},
                 -1,
                 field,
                 {},
                 {}};
}

QString modeName(BootstrapMode mode) {
    switch (mode) {
    case BootstrapMode::Clustered:
        return QStringLiteral("patient");
    case BootstrapMode::Stratified:
        return QStringLiteral("label");
    case BootstrapMode::Plain:
        break;
    }
    return QStringLiteral("image");
}

/// A whole number in [low, high] from `json[key]`, or the default when absent.
Result<int> wholeNumber(const QJsonObject& json, const char* key, int fallback, int low, int high) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != double(qint64(d)) || d < low || d > high)
        return std::unexpected(fieldError(
            QLatin1String(key), Tr::tr("a whole number from %1 to %2").arg(low).arg(high)));
    return int(d);
}

} // namespace

AuditSettings::AuditSettings()
    : shortcut(studyShortcut()) {
    statistics.bootstrap.mode = BootstrapMode::Clustered; // patients, as images of one patient
                                                          // are not independent
}

QJsonObject AuditSettings::toJson() const {
    const MetricsSettings& s = statistics;
    return {{QStringLiteral("attributes"), QJsonArray::fromStringList(attributes)},
            {QStringLiteral("statistics"),
             QJsonObject{{QStringLiteral("bootstrap"), s.bootstrap.resamples},
                         {QStringLiteral("seed"), QString::number(s.bootstrap.seed)},
                         {QStringLiteral("ci"), s.bootstrap.level},
                         {QStringLiteral("resample"), modeName(s.bootstrap.mode)},
                         {QStringLiteral("min_group"), s.minPositives},
                         {QStringLiteral("calibration_bins"), s.calibrationBins},
                         {QStringLiteral("threshold"), threshold.toString()}}},
            {QStringLiteral("analyses"),
             QJsonObject{{QStringLiteral("subgroups"), analyses.subgroups},
                         {QStringLiteral("intersections"), analyses.intersections},
                         {QStringLiteral("shortcut"), analyses.shortcut},
                         {QStringLiteral("calibration"), analyses.calibration},
                         {QStringLiteral("embeddings"), analyses.embeddings}}},
            {QStringLiteral("shortcut"),
             QJsonObject{{QStringLiteral("confounder"), shortcut.confounder},
                         {QStringLiteral("condition"), shortcut.condition}}},
            {QStringLiteral("figures"), figures.toJson()},
            {QStringLiteral("store"), store}};
}

Result<AuditSettings> AuditSettings::fromJson(const QJsonObject& json) {
    AuditSettings a;
    if (json.contains(QStringLiteral("attributes"))) {
        a.attributes.clear();
        for (const QJsonValue& v : json.value(QStringLiteral("attributes")).toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return std::unexpected(
                    fieldError(QStringLiteral("attributes"), Tr::tr("a list of names")));
            a.attributes << v.toString();
        }
    }
    const QJsonObject s = json.value(QStringLiteral("statistics")).toObject();
    MetricsSettings& m = a.statistics;
    auto resamples = wholeNumber(s, "bootstrap", m.bootstrap.resamples, 0, 1000000);
    if (!resamples)
        return std::unexpected(resamples.error());
    m.bootstrap.resamples = *resamples;
    if (s.contains(QStringLiteral("seed"))) {
        const QJsonValue v = s.value(QStringLiteral("seed"));
        bool ok = v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
        std::uint64_t seed = ok ? std::uint64_t(v.toDouble()) : 0;
        if (v.isString())
            seed = v.toString().toULongLong(&ok);
        if (!ok)
            return std::unexpected(
                fieldError(QStringLiteral("seed"), Tr::tr("a non-negative whole number")));
        m.bootstrap.seed = seed;
    }
    if (s.contains(QStringLiteral("ci"))) {
        const double level = s.value(QStringLiteral("ci")).toDouble(-1.0);
        if (!(level > 0.0 && level < 1.0))
            return std::unexpected(
                fieldError(QStringLiteral("ci"), Tr::tr("a level between 0 and 1, e.g. 0.95")));
        m.bootstrap.level = level;
    }
    if (s.contains(QStringLiteral("resample"))) {
        const QString mode = s.value(QStringLiteral("resample")).toString();
        if (mode == QStringLiteral("patient"))
            m.bootstrap.mode = BootstrapMode::Clustered;
        else if (mode == QStringLiteral("image"))
            m.bootstrap.mode = BootstrapMode::Plain;
        else if (mode == QStringLiteral("label"))
            m.bootstrap.mode = BootstrapMode::Stratified;
        else
            return std::unexpected(
                fieldError(QStringLiteral("resample"), Tr::tr("patient, image or label")));
    }
    auto minGroup = wholeNumber(s, "min_group", m.minPositives, 0, 1000000);
    if (!minGroup)
        return std::unexpected(minGroup.error());
    m.minPositives = m.minNegatives = *minGroup;
    auto bins = wholeNumber(s, "calibration_bins", m.calibrationBins, 2, 1000);
    if (!bins)
        return std::unexpected(bins.error());
    m.calibrationBins = *bins;
    if (s.contains(QStringLiteral("threshold"))) {
        auto rule = ThresholdRule::parse(s.value(QStringLiteral("threshold")).toString());
        if (!rule) {
            Error e = rule.error();
            e.column = QStringLiteral("threshold");
            return std::unexpected(e);
        }
        a.threshold = *rule;
    }
    const QJsonObject analyses = json.value(QStringLiteral("analyses")).toObject();
    for (auto [key, flag] : {std::pair{"subgroups", &a.analyses.subgroups},
                             std::pair{"intersections", &a.analyses.intersections},
                             std::pair{"shortcut", &a.analyses.shortcut},
                             std::pair{"calibration", &a.analyses.calibration},
                             std::pair{"embeddings", &a.analyses.embeddings}}) {
        const QJsonValue v = analyses.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isBool())
            return std::unexpected(fieldError(QLatin1String(key), Tr::tr("true or false")));
        *flag = v.toBool();
    }
    if (json.contains(QStringLiteral("shortcut"))) {
        const QJsonValue v = json.value(QStringLiteral("shortcut"));
        const QJsonObject o = v.toObject();
        const QJsonValue confounder = o.value(QStringLiteral("confounder"));
        const QJsonValue condition = o.value(QStringLiteral("condition"));
        if (!v.isObject() || !(confounder.isString() || confounder.isUndefined()) ||
            !(condition.isString() || condition.isUndefined()))
            return std::unexpected(fieldError(
                QStringLiteral("shortcut"),
                Tr::tr("an object with the names of a \"confounder\" and a \"condition\"")));
        a.shortcut = {confounder.toString(), condition.toString()};
    }
    if (json.contains(QStringLiteral("figures"))) {
        auto figures = FigureSettings::fromJson(json.value(QStringLiteral("figures")));
        if (!figures)
            return std::unexpected(figures.error());
        a.figures = *figures;
    }
    a.store = json.value(QStringLiteral("store")).toString();
    return a;
}

} // namespace cxrfair

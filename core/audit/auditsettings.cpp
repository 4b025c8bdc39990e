#include "audit/auditsettings.h"

#include "audit/auditpreset.h"
#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::AuditSettings)
};

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

QJsonObject publishedJson(const PublishedReference& published) {
    QJsonObject models;
    for (auto it = published.models.cbegin(); it != published.models.cend(); ++it)
        models.insert(it.key(), it.value());
    return {{QStringLiteral("folder"), published.folder}, {QStringLiteral("models"), models}};
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
                         {QStringLiteral("evidence_width"), s.evidenceWidth},
                         {QStringLiteral("threshold"), threshold.toString()}}},
            {QStringLiteral("analyses"),
             QJsonObject{{QStringLiteral("subgroups"), analyses.subgroups},
                         {QStringLiteral("intersections"), analyses.intersections},
                         {QStringLiteral("shortcut"), analyses.shortcut},
                         {QStringLiteral("calibration"), analyses.calibration},
                         {QStringLiteral("cross_group_auc"), analyses.crossGroupAuc},
                         {QStringLiteral("matched"), analyses.matched},
                         {QStringLiteral("embeddings"), analyses.embeddings},
                         {QStringLiteral("tags"), analyses.tags},
                         {QStringLiteral("slices"), analyses.slices},
                         {QStringLiteral("prompt_sensitivity"), analyses.promptSensitivity}}},
            {QStringLiteral("tags"), discovery.tagsJson()},
            {QStringLiteral("slices"), discovery.slicesJson()},
            {QStringLiteral("shortcut"),
             QJsonObject{{QStringLiteral("confounder"), shortcut.confounder},
                         {QStringLiteral("condition"), shortcut.condition}}},
            {QStringLiteral("figures"), figures.toJson()},
            {QStringLiteral("store"), store},
            {QStringLiteral("published"), publishedJson(published)}};
}

Result<AuditSettings> AuditSettings::fromJson(const QJsonObject& json, const QString& file) {
    AuditSettings a;
    JsonFields top(json, QStringLiteral("audit"));
    top.texts("attributes", a.attributes);
    MetricsSettings& m = a.statistics;
    JsonFields s(top.object("statistics").value_or(QJsonObject{}), top.path("statistics"));
    s.whole("bootstrap", m.bootstrap.resamples, 0, 1000000);
    if (s.has("resamples") && s.has("bootstrap"))
        s.invalid("resamples", Tr::tr("left out: \"bootstrap\" gives the resamples already"));
    s.whole("resamples", m.bootstrap.resamples, 0, 1000000); // what "bootstrap" counts
    if (const QJsonValue v = s.value("seed"); !v.isUndefined()) {
        bool ok = v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
        std::uint64_t seed = ok ? std::uint64_t(v.toDouble()) : 0;
        if (v.isString())
            seed = v.toString().toULongLong(&ok);
        if (ok)
            m.bootstrap.seed = seed;
        else
            s.invalid("seed", Tr::tr("a non-negative whole number"));
    }
    if (const QJsonValue v = s.value("ci"); !v.isUndefined()) {
        if (v.isDouble() && v.toDouble() > 0.0 && v.toDouble() < 1.0)
            m.bootstrap.level = v.toDouble();
        else
            s.invalid("ci", Tr::tr("a level between 0 and 1, e.g. 0.95"));
    }
    QString mode = modeName(m.bootstrap.mode);
    s.text("resample", mode);
    if (mode == QStringLiteral("patient"))
        m.bootstrap.mode = BootstrapMode::Clustered;
    else if (mode == QStringLiteral("image"))
        m.bootstrap.mode = BootstrapMode::Plain;
    else if (mode == QStringLiteral("label"))
        m.bootstrap.mode = BootstrapMode::Stratified;
    else
        s.invalid("resample", Tr::tr("patient, image or label"));
    s.whole("min_group", m.minPositives, 0, 1000000);
    m.minNegatives = m.minPositives;
    s.whole("calibration_bins", m.calibrationBins, 2, 1000);
    if (s.has("evidence_width")) {
        s.number("evidence_width", m.evidenceWidth, 0.0, 1.0);
        if (!(m.evidenceWidth > 0.0))
            s.invalid("evidence_width", Tr::tr("a width above 0 and at most 1, e.g. 0.2"));
    }
    QString threshold;
    s.text("threshold", threshold);
    if (s.has("threshold")) {
        auto rule = ThresholdRule::parse(threshold);
        if (rule)
            a.threshold = *rule;
        else
            s.record(rule.error());
    }
    JsonFields analyses(top.object("analyses").value_or(QJsonObject{}), top.path("analyses"));
    analyses.flag("subgroups", a.analyses.subgroups);
    analyses.flag("intersections", a.analyses.intersections);
    analyses.flag("shortcut", a.analyses.shortcut);
    analyses.flag("calibration", a.analyses.calibration);
    analyses.flag("cross_group_auc", a.analyses.crossGroupAuc);
    analyses.flag("matched", a.analyses.matched);
    analyses.flag("embeddings", a.analyses.embeddings);
    analyses.flag("tags", a.analyses.tags);
    analyses.flag("slices", a.analyses.slices);
    analyses.flag("prompt_sensitivity", a.analyses.promptSensitivity);
    {
        auto discovery = DiscoverySettings::fromJson(top.value("tags"), top.value("slices"),
                                                     QStringLiteral("audit"), file);
        if (!discovery)
            return std::unexpected(discovery.error());
        a.discovery = *discovery;
    }
    if (auto o = top.object("shortcut")) {
        JsonFields shortcut(*o, top.path("shortcut"));
        ShortcutSettings spec;
        shortcut.text("confounder", spec.confounder);
        shortcut.text("condition", spec.condition);
        if (auto done = shortcut.finish(file); !done)
            return std::unexpected(done.error());
        a.shortcut = spec;
    }
    if (const QJsonValue v = top.value("figures"); !v.isUndefined()) {
        auto figures = FigureSettings::fromJson(v);
        if (!figures)
            return std::unexpected(figures.error());
        a.figures = *figures;
    }
    top.text("store", a.store);
    if (const QJsonValue v = top.value("published"); !v.isUndefined()) {
        if (!v.isObject()) {
            top.invalid("published", Tr::tr("an object with \"folder\" and \"models\""));
        } else {
            JsonFields published(v.toObject(), top.path("published"));
            published.text("folder", a.published.folder);
            if (auto models = published.object("models")) {
                for (auto it = models->constBegin(); it != models->constEnd(); ++it) {
                    if (!it.value().isString() || it.value().toString().isEmpty())
                        published.invalid("models",
                                          Tr::tr("published model names mapped to the audit's "
                                                 "model names, e.g. {\"chexzero\": \"CheXzero\"}"));
                    else
                        a.published.models.insert(it.key(), it.value().toString());
                }
            }
            if (auto done = published.finish(file); !done)
                return std::unexpected(done.error());
        }
    }
    for (const JsonFields* fields : {&s, &analyses, &top})
        if (auto done = fields->finish(file); !done)
            return std::unexpected(done.error());
    return a;
}

} // namespace cxrfair

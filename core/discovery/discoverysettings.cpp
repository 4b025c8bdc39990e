#include "discovery/discoverysettings.h"

#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::DiscoverySettings)
};
} // namespace

TagThreshold DiscoverySettings::threshold(const QString& tag) const {
    TagThreshold t;
    t.prevalence = prevalence;
    if (auto it = thresholds.constFind(tag); it != thresholds.constEnd())
        t.value = *it;
    return t;
}

QJsonObject DiscoverySettings::tagsJson() const {
    QJsonObject values;
    for (auto it = thresholds.cbegin(); it != thresholds.cend(); ++it)
        values.insert(it.key(), it.value());
    return {{QStringLiteral("file"), tagsFile},
            {QStringLiteral("prevalence"), prevalence},
            {QStringLiteral("thresholds"), values}};
}

QJsonObject DiscoverySettings::slicesJson() const {
    return {{QStringLiteral("conditions"), QJsonArray::fromStringList(sliceConditions)},
            {QStringLiteral("k"), slices}};
}

Result<DiscoverySettings> DiscoverySettings::fromJson(const QJsonValue& tags,
                                                      const QJsonValue& slices,
                                                      const QString& where, const QString& file) {
    DiscoverySettings s;
    if (!tags.isUndefined()) {
        JsonFields t(tags.toObject(), where + QStringLiteral(".tags"));
        if (!tags.isObject())
            return fail(ErrorCode::InvalidValue, Tr::tr("\"%1.tags\" must be an object").arg(where),
                        file);
        t.text("file", s.tagsFile);
        t.number("prevalence", s.prevalence, 1e-6, 1.0 - 1e-6);
        if (auto values = t.object("thresholds")) {
            JsonFields v(*values, t.path("thresholds"));
            for (auto it = values->begin(); it != values->end(); ++it) {
                double value = 0;
                const QByteArray key = it.key().toUtf8();
                v.number(key.constData(), value, -1e9, 1e9);
                s.thresholds.insert(it.key(), value);
            }
            if (auto done = v.finish(file); !done)
                return std::unexpected(done.error());
        }
        if (auto done = t.finish(file); !done)
            return std::unexpected(done.error());
    }
    if (!slices.isUndefined()) {
        JsonFields sl(slices.toObject(), where + QStringLiteral(".slices"));
        if (!slices.isObject())
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("\"%1.slices\" must be an object").arg(where), file);
        sl.texts("conditions", s.sliceConditions);
        sl.whole("k", s.slices, 1, 100);
        if (auto done = sl.finish(file); !done)
            return std::unexpected(done.error());
    }
    return s;
}

} // namespace cxrfair

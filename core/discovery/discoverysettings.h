#pragma once

#include "common/error.h"
#include "discovery/tags.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cxrfair {

/// How an audit tags images and finds slices ("tags" and "slices" in its configuration).
struct DiscoverySettings {
    QString tagsFile;                  ///< more tags (prompt JSON format); empty: built-in only
    double prevalence = 0.1;           ///< each tag's default threshold gives it this share
    QHash<QString, double> thresholds; ///< a score threshold per tag, instead
    QStringList sliceConditions;       ///< empty: every scored condition
    int slices = 5;

    /// The threshold of one tag.
    TagThreshold threshold(const QString& tag) const;
    QJsonObject tagsJson() const;
    QJsonObject slicesJson() const;
    /// Reads "tags" and "slices" (either may be absent); unknown keys and wrong types are errors
    /// naming the key.
    static Result<DiscoverySettings> fromJson(const QJsonValue& tags, const QJsonValue& slices,
                                              const QString& where, const QString& file = {});
    bool operator==(const DiscoverySettings&) const = default;
};

} // namespace cxrfair

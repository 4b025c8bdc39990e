#pragma once

#include "data/cohort.h"

#include <QJsonObject>
#include <QList>

namespace cxrfair {

/// Counts that describe a cohort: images, patients, labels per condition and groups per
/// attribute, with everything that was left out and why.
struct CohortSummary {
    struct ConditionCounts {
        QString name;
        qint64 positive = 0;
        qint64 negative = 0;
        qint64 unknown = 0;
    };
    struct AttributeCounts {
        QString name;
        QList<QPair<QString, qint64>> groups;
        qint64 missing = 0;
    };

    DatasetSource source;
    CohortSettings settings;
    qint64 images = 0;
    qint64 patients = 0;
    QList<ConditionCounts> conditions;
    QList<AttributeCounts> attributes;
    /// The load report's counts and problems.
    LoadReport report;

    /// The JSON `cxrfair-cli dataset summary --json` prints: format, root, images, patients,
    /// missing_images, excluded, conditions, attributes, problems, problems_total, settings.
    QJsonObject toJson() const;
};

CohortSummary summarize(const Cohort& cohort);

} // namespace cxrfair

#pragma once

#include "common/error.h"
#include "data/agebins.h"
#include "data/labelstate.h"
#include "data/racemapping.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cxrfair {

/// How a dataset becomes a cohort: which rows are kept and how labels and attributes are read.
/// Every choice the study made is a default here, and every one can be changed (in the GUI, on
/// the command line, in an audit configuration).
struct CohortSettings {
    /// Splits to keep (`train`, `validate`, `test`, NIH's `train_val`); empty, or `all`, keeps
    /// every row.
    QStringList splits;
    /// Views to keep (`PA`, `AP`, `LATERAL`, ...); empty keeps all. Default: frontal views.
    QStringList views{QStringLiteral("PA"), QStringLiteral("AP")};
    LabelPolicy uncertain = LabelPolicy::Unknown;
    LabelPolicy blank = LabelPolicy::Negative;
    AgeBins ageBins;
    RaceMapping race = RaceMapping::study();
    QString femaleName = QStringLiteral("Female");
    QString maleName = QStringLiteral("Male");
    /// Attribute intersections to report, e.g. {{"sex", "age"}}.
    QList<QStringList> intersections;
    /// The splits that filter rows: `splits` without `all`, and empty when `all` is among them.
    QStringList splitFilter() const;
    /// Leave out rows whose image file is absent (and count them). Off only for tables whose
    /// images live elsewhere.
    bool checkImages = true;

    QJsonObject toJson() const;
    /// Reads settings; absent keys keep their defaults, wrong values are errors.
    static Result<CohortSettings> fromJson(const QJsonObject& json, const QString& where = {});
    bool operator==(const CohortSettings&) const = default;
};

/// Parses "sex:age" or "sex x age" into attribute names.
QStringList parseIntersection(const QString& text);
/// The display name of an intersection: "sex x age".
QString intersectionName(const QStringList& attributes);

} // namespace cxrfair

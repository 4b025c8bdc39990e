#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace cxrfair {

/// How the columns of an arbitrary CSV map onto a cohort. Written as JSON:
/// ```
/// { "table": "labels.csv", "image": "path", "image_root": "images",
///   "patient": "patient_id", "sample": "id",
///   "labels": {"Pneumothorax": "ptx", "Pleural Effusion": "effusion"},
///   "sex": "gender", "age": "age", "race": "race", "split": "fold", "view": "view",
///   "attributes": {"site": "hospital"} }
/// ```
/// Only `table`, `image` and `labels` are required. `labels` may also be a list of column
/// names used as condition names (kept in that order; an object's entries come sorted by name).
/// Label cells read 1/0/-1/empty as CheXpert does, and also true/false and yes/no.
struct ColumnMapping {
    QString table;
    QString image;
    QString imageRoot;
    QString patient;
    QString sample;
    QList<QPair<QString, QString>> labels; ///< condition name, column
    QString sex;
    QString age;
    QString race;
    QString split;
    QString view;
    QList<QPair<QString, QString>> attributes; ///< attribute name, column
    char delimiter = ','; ///< the table's field separator: ',', ';' or '\t' ("delimiter")

    static Result<ColumnMapping> fromJson(const QJsonObject& json, const QString& origin = {});
    static Result<ColumnMapping> load(const QString& path);
    QJsonObject toJson() const;
};

} // namespace cxrfair

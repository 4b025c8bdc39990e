#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cxrfair {

enum class DatasetFormat { Nih, Mimic, Chexpert, Csv };

QString formatName(DatasetFormat format);        ///< "nih", "mimic", "chexpert", "csv"
QString formatDisplayName(DatasetFormat format); ///< "NIH ChestX-ray14", ...
std::optional<DatasetFormat> parseFormat(const QString& name);

/// Where a dataset is and which files complete it. Only `format` and `root` are needed for the
/// published layouts; the rest overrides what cxrfair finds under the root by itself.
struct DatasetSource {
    DatasetSource() = default;
    DatasetSource(DatasetFormat f, QString r)
        : format(f)
        , root(std::move(r)) {}

    DatasetFormat format = DatasetFormat::Nih;
    QString root;
    /// MIMIC: the MIMIC-IV folder (holding `hosp/`, or the hosp tables themselves); default:
    /// `hosp/` under the root.
    QString mimicIv;
    /// MIMIC: `chexpert` or `negbio` labels.
    QString labeler = QStringLiteral("chexpert");
    /// NIH: the NEATX drain table; default: found under the root by its published name.
    QString drains;
    /// CheXpert: the demographics table saved as CSV; default: a CSV under the root whose
    /// name contains "demo".
    QString demographics;
    /// Generic CSV: the column mapping (JSON file).
    QString mapping;

    QJsonObject toJson() const;
    /// Reads what toJson writes; a wrong type or an unknown key is an error naming the key
    /// (under `where`, e.g. "datasets[0].source").
    static Result<DatasetSource> fromJson(const QJsonObject& json, const QString& where = {});
};

/// Guesses the format of the dataset under `root` from the files it holds.
std::optional<DatasetFormat> detectFormat(const QString& root);

} // namespace cxrfair

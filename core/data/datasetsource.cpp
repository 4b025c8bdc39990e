#include "data/datasetsource.h"

#include "common/jsonfields.h"

#include "data/tablefiles.h"

#include <QCoreApplication>
#include <QDir>

namespace cxrfair {

QString formatName(DatasetFormat format) {
    switch (format) {
    case DatasetFormat::Nih:
        return QStringLiteral("nih");
    case DatasetFormat::Mimic:
        return QStringLiteral("mimic");
    case DatasetFormat::Chexpert:
        return QStringLiteral("chexpert");
    case DatasetFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

QString formatDisplayName(DatasetFormat format) {
    switch (format) {
    case DatasetFormat::Nih:
        return QCoreApplication::translate("cxrfair::DatasetSource", "NIH ChestX-ray14");
    case DatasetFormat::Mimic:
        return QCoreApplication::translate("cxrfair::DatasetSource", "MIMIC-CXR");
    case DatasetFormat::Chexpert:
        return QCoreApplication::translate("cxrfair::DatasetSource", "CheXpert");
    case DatasetFormat::Csv:
        break;
    }
    return QCoreApplication::translate("cxrfair::DatasetSource", "Generic CSV");
}

std::optional<DatasetFormat> parseFormat(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("nih") || n == QStringLiteral("nih-cxr14") ||
        n == QStringLiteral("chestx-ray14"))
        return DatasetFormat::Nih;
    if (n == QStringLiteral("mimic") || n == QStringLiteral("mimic-cxr") ||
        n == QStringLiteral("mimic-cxr-jpg"))
        return DatasetFormat::Mimic;
    if (n == QStringLiteral("chexpert"))
        return DatasetFormat::Chexpert;
    if (n == QStringLiteral("csv") || n == QStringLiteral("generic"))
        return DatasetFormat::Csv;
    return std::nullopt;
}

QJsonObject DatasetSource::toJson() const {
    QJsonObject o{{QStringLiteral("format"), formatName(format)}, {QStringLiteral("root"), root}};
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("mimic_iv", mimicIv);
    if (format == DatasetFormat::Mimic)
        put("labeler", labeler);
    put("drains", drains);
    put("demographics", demographics);
    put("mapping", mapping);
    return o;
}

Result<DatasetSource> DatasetSource::fromJson(const QJsonObject& json, const QString& where) {
    DatasetSource s;
    JsonFields fields(json, where);
    QString name;
    fields.text("format", name);
    const auto format = parseFormat(name);
    if (!format)
        fields.invalid("format", QCoreApplication::translate(
                                     "cxrfair::DatasetSource",
                                     "a dataset format: nih, mimic, chexpert or csv (not '%1')")
                                     .arg(name));
    s.format = format.value_or(DatasetFormat::Csv);
    fields.text("root", s.root);
    fields.text("mimic_iv", s.mimicIv);
    fields.text("labeler", s.labeler);
    fields.text("drains", s.drains);
    fields.text("demographics", s.demographics);
    fields.text("mapping", s.mapping);
    if (auto done = fields.finish(); !done)
        return std::unexpected(done.error());
    return s;
}

std::optional<DatasetFormat> detectFormat(const QString& root) {
    const QDir dir(root);
    if (!dir.exists())
        return std::nullopt;
    if (!findAnyTable(dir,
                      {QStringLiteral("Data_Entry_2017_v2020"), QStringLiteral("Data_Entry_2017")})
             .isEmpty())
        return DatasetFormat::Nih;
    if (!findTable(dir, QStringLiteral("mimic-cxr-2.0.0-metadata")).isEmpty())
        return DatasetFormat::Mimic;
    if (!findAnyTable(dir, {QStringLiteral("train"), QStringLiteral("valid")}).isEmpty())
        return DatasetFormat::Chexpert;
    if (!dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.csv.gz")}, QDir::Files)
             .isEmpty())
        return DatasetFormat::Csv;
    return std::nullopt;
}

} // namespace cxrfair

#include "audit/figuresettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::FigureSettings)
};

/// The error of the "figures" key `key`, named as its column.
Error figureError(const QString& key, const QString& expected) {
    return fail(ErrorCode::InvalidValue,
                Tr::tr("figure setting \"%1\" must be %2").arg(key, expected), {}, -1,
                QStringLiteral("figures.") + key)
        .error();
}

/// `json[key]` as a number in [low, high] into `out`; untouched when absent.
Result<void> readNumber(const QJsonObject& json, const char* key, double low, double high,
                        double& out) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high)
        return std::unexpected(
            figureError(QLatin1String(key), Tr::tr("a number from %1 to %2").arg(low).arg(high)));
    out = v.toDouble();
    return {};
}

} // namespace

QJsonObject FigureSettings::toJson() const {
    return {{QStringLiteral("width_mm"), widthMm},
            {QStringLiteral("height_mm"), heightMm},
            {QStringLiteral("font"), font},
            {QStringLiteral("font_pt"), fontPt},
            {QStringLiteral("dpi"), dpi},
            {QStringLiteral("formats"), QJsonArray::fromStringList(formats)}};
}

Result<FigureSettings> FigureSettings::fromJson(const QJsonValue& value) {
    if (!value.isObject())
        return std::unexpected(figureError(QString(), Tr::tr("an object")));
    const QJsonObject json = value.toObject();
    static const QStringList known{QStringLiteral("width_mm"),  QStringLiteral("column"),
                                   QStringLiteral("height_mm"), QStringLiteral("font"),
                                   QStringLiteral("font_pt"),   QStringLiteral("dpi"),
                                   QStringLiteral("formats")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return std::unexpected(
                figureError(it.key(), Tr::tr("one of the known keys (%1), not an unknown one")
                                          .arg(known.join(QStringLiteral(", ")))));
    FigureSettings f;
    if (json.contains(QStringLiteral("column"))) {
        const QString column = json.value(QStringLiteral("column")).toString();
        if (column == QStringLiteral("single"))
            f.widthMm = singleColumnMm;
        else if (column == QStringLiteral("1.5"))
            f.widthMm = oneAndHalfColumnMm;
        else if (column == QStringLiteral("double"))
            f.widthMm = doubleColumnMm;
        else
            return std::unexpected(
                figureError(QStringLiteral("column"), Tr::tr("\"single\", \"1.5\" or \"double\"")));
        if (json.contains(QStringLiteral("width_mm")))
            return std::unexpected(figureError(
                QStringLiteral("column"), Tr::tr("given without \"width_mm\" (one or the other)")));
    }
    for (const auto& [key, low, high, out] : {std::tuple{"width_mm", 20.0, 1000.0, &f.widthMm},
                                              std::tuple{"height_mm", 15.0, 1000.0, &f.heightMm},
                                              std::tuple{"font_pt", 4.0, 36.0, &f.fontPt}})
        if (auto ok = readNumber(json, key, low, high, *out); !ok)
            return std::unexpected(ok.error());
    if (json.contains(QStringLiteral("font"))) {
        const QJsonValue v = json.value(QStringLiteral("font"));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return std::unexpected(
                figureError(QStringLiteral("font"), Tr::tr("a font family name")));
        f.font = v.toString().trimmed();
    }
    double dpi = f.dpi;
    if (auto ok = readNumber(json, "dpi", 50, 2400, dpi); !ok)
        return std::unexpected(ok.error());
    if (dpi != double(int(dpi)))
        return std::unexpected(figureError(QStringLiteral("dpi"), Tr::tr("a whole number")));
    f.dpi = int(dpi);
    if (json.contains(QStringLiteral("formats"))) {
        const QJsonValue v = json.value(QStringLiteral("formats"));
        const QStringList allowed{QStringLiteral("png"), QStringLiteral("svg"),
                                  QStringLiteral("pdf")};
        f.formats.clear();
        for (const QJsonValue& format : v.toArray()) {
            if (!format.isString() || !allowed.contains(format.toString()) ||
                f.formats.contains(format.toString()))
                return std::unexpected(figureError(
                    QStringLiteral("formats"), Tr::tr("a list of png, svg and pdf, each once")));
            f.formats << format.toString();
        }
        if (!v.isArray() || f.formats.isEmpty())
            return std::unexpected(figureError(QStringLiteral("formats"),
                                               Tr::tr("a list of png, svg and pdf, each once")));
        if (!f.formats.contains(QStringLiteral("png")))
            return std::unexpected(figureError(QStringLiteral("formats"),
                                               Tr::tr("a list that includes png: the report "
                                                      "shows the PNG")));
    }
    return f;
}

} // namespace cxrfair

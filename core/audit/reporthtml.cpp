#include "audit/reporthtml.h"

#include <cmath>

namespace cxrfair {

QString reportNumber(double v, int decimals) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

QString reportNumber(const std::optional<double>& v, int decimals) {
    return v ? reportNumber(*v, decimals) : QStringLiteral("-");
}

QString reportInterval(const std::optional<double>& v, double low, double high, bool valid) {
    if (!v)
        return QStringLiteral("-");
    if (!valid)
        return reportNumber(*v);
    return QStringLiteral("%1 [%2, %3]")
        .arg(reportNumber(*v), reportNumber(low), reportNumber(high));
}

QString reportTable(const QString& heading, const QString& explanation, const QStringList& headers,
                    const QList<QStringList>& rows) {
    QString h = QStringLiteral("<h3>%1</h3>\n").arg(heading.toHtmlEscaped());
    if (!explanation.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(explanation.toHtmlEscaped());
    h += QStringLiteral("<table><tr>");
    for (const QString& header : headers)
        h += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    h += QStringLiteral("</tr>\n");
    for (const QStringList& row : rows) {
        h += QStringLiteral("<tr>");
        for (const QString& cell : row)
            h += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

} // namespace cxrfair

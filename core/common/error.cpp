#include "common/error.h"

namespace cxrfair {

QString Error::toString() const {
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (!image.isEmpty() && image != file)
        where << image;
    if (row >= 0)
        where << QCoreApplication::translate("cxrfair::Error", "row %1").arg(row);
    if (!column.isEmpty())
        where << QCoreApplication::translate("cxrfair::Error", "column '%1'").arg(column);
    QString text = where.isEmpty()
                       ? message
                       : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details + QLatin1Char(')');
    return text;
}

} // namespace cxrfair

#include "common/error.h"

namespace cxrfair {

QString elidedForMessage(const QString& text, qsizetype limit) {
    if (text.size() <= limit)
        return text;
    const qsizetype keep = limit / 2 - 20;
    return text.left(keep) +
           QCoreApplication::translate("cxrfair::Error", " ... (%1 characters in all) ... ")
               .arg(text.size()) +
           text.right(keep);
}

QString Error::toString() const {
    QStringList where;
    if (!file.isEmpty() && !message.contains(file)) // "unknown key 'x' in FILE" names it already
        where << file;
    if (!image.isEmpty() && image != file)
        where << image;
    if (row >= 0)
        where << QCoreApplication::translate("cxrfair::Error", "row %1").arg(row);
    if (!column.isEmpty())
        where << QCoreApplication::translate("cxrfair::Error", "column '%1'").arg(column);
    const QString said = elidedForMessage(message);
    QString text =
        where.isEmpty() ? said : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + said;
    if (!details.isEmpty())
        text += QStringLiteral(" (") + elidedForMessage(details) + QLatin1Char(')');
    return text;
}

} // namespace cxrfair

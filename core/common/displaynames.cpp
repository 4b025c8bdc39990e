#include "common/displaynames.h"

#include <QCoreApplication>
#include <QStringList>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::DisplayNames)
};
} // namespace

QString attributeDisplayName(const QString& attribute) {
    if (attribute.contains(QLatin1Char(':'))) {
        QStringList parts;
        for (const QString& part : attribute.split(QLatin1Char(':')))
            parts << attributeDisplayName(part);
        return parts.join(QStringLiteral(" \u00d7 "));
    }
    if (attribute.startsWith(QLatin1String("tag.")))
        return Tr::tr("%1 (tag)").arg(attribute.mid(4).replace(QLatin1Char('_'), QLatin1Char(' ')));
    if (attribute == QLatin1String("age"))
        return Tr::tr("age");
    if (attribute == QLatin1String("sex"))
        return Tr::tr("sex");
    if (attribute == QLatin1String("race"))
        return Tr::tr("race");
    if (attribute == QLatin1String("drain"))
        return Tr::tr("drain");
    if (attribute == QLatin1String("view"))
        return Tr::tr("view");
    return attribute;
}

QString groupDisplayName(const QString& group) {
    const QString separator = QStringLiteral(" / ");
    if (group.contains(separator)) {
        QStringList parts;
        for (const QString& part : group.split(separator))
            parts << groupDisplayName(part);
        return parts.join(separator);
    }
    if (group == QLatin1String("Female"))
        return Tr::tr("Female");
    if (group == QLatin1String("Male"))
        return Tr::tr("Male");
    if (group == QLatin1String("missing"))
        return Tr::tr("missing");
    if (group == QLatin1String("Other"))
        return Tr::tr("Other");
    return group;
}

} // namespace cxrfair

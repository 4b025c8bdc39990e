#pragma once

#include <QString>

namespace cxrfair {

/// An attribute's name in the interface language when cxrfair defines it (age, sex, race,
/// drain, view; an intersection "sex:age" as "sex × age"); a column of the user's data keeps
/// its own name. Only for display: files and keys use the name itself.
QString attributeDisplayName(const QString& attribute);

/// A group's name in the interface language when cxrfair defines it (its default Female and
/// Male, missing, Other; each part of an intersection "Female / 18-25"); values from the data
/// are shown as they are.
QString groupDisplayName(const QString& group);

} // namespace cxrfair

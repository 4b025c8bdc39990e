#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cxrfair {

/// A categorical view of one attribute (or an intersection) over the cohort's rows.
struct Grouping {
    QString attribute;
    QStringList groups;
    std::vector<std::int16_t> codes; ///< per row; -1 missing

    std::vector<qint64> counts() const;
    qint64 missing() const;
};

} // namespace cxrfair

#include "discovery/slicetable.h"

#include <QStringList>

namespace cxrfair {

const std::vector<std::string>& sliceTableColumns() {
    static const std::vector<std::string> columns{"slice",    "images",      "positives", "auc",
                                                  "auc_rest", "auc_diff",    "ci_low",    "ci_high",
                                                  "p",        "description", "enriched"};
    return columns;
}

std::vector<std::string> sliceTableRow(const DiscoveredSlice& s,
                                       const std::function<std::string(double)>& number) {
    auto figure = [&](const std::optional<double>& v) { return v ? number(*v) : std::string(); };
    QStringList enriched;
    for (const SliceEnrichment& e : s.enriched)
        enriched << e.toString();
    const SliceComparison& c = s.comparison;
    const bool interval = c.interval.valid();
    return {std::to_string(s.number),
            std::to_string(s.images),
            std::to_string(s.positives),
            figure(c.auc.slice),
            figure(c.auc.rest),
            figure(c.difference),
            interval ? number(c.interval.low) : std::string(),
            interval ? number(c.interval.high) : std::string(),
            figure(c.p),
            s.description.toStdString(),
            enriched.join(QStringLiteral("; ")).toStdString()};
}

} // namespace cxrfair

#include "stats/tablemetrics.h"

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::TableMetrics)
};
} // namespace

Result<std::vector<ModelConditionMetrics>>
metricsForTable(const ScoreTable& table, const ScoreGrouping& grouping,
                const MetricsSettings& settings, const std::function<void(int, int)>& progress,
                const std::function<bool()>& cancelled) {
    std::vector<ModelConditionMetrics> results;
    const int conditions = int(table.conditions.size());
    for (int c = 0; c < conditions; ++c) {
        if (progress)
            progress(c, conditions);
        auto data = conditionData(table, c, grouping, nullptr);
        if (!data)
            return std::unexpected(data.error());
        for (ModelConditionMetrics& m : computeMetrics(*data, settings, cancelled))
            results.push_back(std::move(m));
        if (cancelled && cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("cancelled"));
    }
    if (progress)
        progress(conditions, conditions);
    return results;
}

} // namespace cxrfair

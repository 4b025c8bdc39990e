#include "robustness/promptsweep.h"

#include "data/csvwriter.h"
#include "inference/scoring.h"
#include "stats/roc.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::PromptSweep)
};

const QString kAll = QStringLiteral("all");

/// The AUC of the rows `rows` (all rows when null) of one set's scores.
SweepRow groupAuc(const std::vector<double>& scores, const std::vector<std::int8_t>& labels,
                  const std::vector<size_t>* rows) {
    SweepRow row;
    std::vector<double> s;
    std::vector<std::int8_t> l;
    if (rows) {
        s.reserve(rows->size());
        l.reserve(rows->size());
        for (size_t r : *rows) {
            s.push_back(scores[r]);
            l.push_back(labels[r]);
        }
    }
    const std::span<const double> sv = rows ? std::span<const double>(s) : std::span(scores);
    const std::span<const std::int8_t> lv =
        rows ? std::span<const std::int8_t>(l) : std::span(labels);
    row.n = qint64(lv.size());
    row.positives = countClasses(lv).positives;
    row.auc = rocAuc({sv, lv});
    return row;
}

} // namespace

Result<PromptSweep> sweepPrompts(StoreScorer& scorer, const std::vector<PromptSet>& sets,
                                 const ScoreGrouping& grouping, const Progress& progress) {
    PromptSweep sweep;
    std::optional<ScoreTable> combined;
    for (size_t i = 0; i < sets.size(); ++i) {
        if (progress.cancelled())
            return std::unexpected(Progress::cancelledError());
        progress.report(double(i) / double(sets.size() + 1),
                        Tr::tr("Scoring with the prompt set %1").arg(sets[i].name));
        auto scored = scorer.score(sets[i]);
        if (!scored)
            return std::unexpected(scored.error());
        ScoreTable table = std::move(scored->table);
        if (sweep.model.isEmpty())
            sweep.model = table.models.value(0);
        // Each set is a "model" of one table: the groups are then computed once per condition.
        table.models = {sets[i].name};
        sweep.sets << sets[i].name;
        if (!combined) {
            combined = std::move(table);
        } else if (auto added = appendModels(*combined, table); !added) {
            return std::unexpected(added.error());
        }
    }
    if (!combined)
        return fail(ErrorCode::InvalidArgument, Tr::tr("no prompt set to sweep"));
    progress.report(double(sets.size()) / double(sets.size() + 1), Tr::tr("Subgroup AUCs"));
    for (const QString& condition : studyConditions()) {
        const qsizetype c = combined->conditions.indexOf(condition);
        if (c < 0)
            continue;
        auto data = conditionData(*combined, int(c), grouping, nullptr);
        if (!data)
            return std::unexpected(data.error());
        sweep.conditions << condition;
        auto add = [&](const QString& attribute, const QString& group,
                       const std::vector<size_t>* rows) {
            for (const QString& set : sweep.sets) {
                const qsizetype m = data->models.indexOf(set);
                SweepRow row =
                    m < 0 ? SweepRow{} : groupAuc(data->scores[size_t(m)], data->labels, rows);
                row.condition = condition;
                row.attribute = attribute;
                row.group = group;
                row.promptSet = set;
                sweep.rows.push_back(std::move(row));
            }
        };
        add(kAll, kAll, nullptr);
        for (const Grouping& g : data->attributes) {
            std::vector<std::vector<size_t>> members(size_t(g.groups.size()));
            for (size_t r = 0; r < g.codes.size(); ++r)
                if (g.codes[r] >= 0)
                    members[size_t(g.codes[r])].push_back(r);
            for (qsizetype k = 0; k < g.groups.size(); ++k)
                add(g.attribute, g.groups[k], &members[size_t(k)]);
        }
    }
    if (sweep.conditions.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the store's images have labels for none of the study's conditions "
                           "(%1)")
                        .arg(studyConditions().join(QStringLiteral(", "))));
    progress.report(1.0, Tr::tr("Prompt sensitivity"));
    return sweep;
}

QStringList invertedSets(const PromptSweep& sweep, const QString& condition) {
    QStringList inverted;
    for (const SweepRow& r : sweep.rows)
        if (r.condition == condition && r.attribute == kAll && r.auc && *r.auc < 0.5)
            inverted << r.promptSet;
    return inverted;
}

std::vector<SweepSummaryRow> summariseSweep(const PromptSweep& sweep) {
    std::vector<SweepSummaryRow> out;
    // Rows come per condition, attribute, group, then set.
    const size_t sets = size_t(sweep.sets.size());
    QHash<QString, QStringList> inversions; // by condition
    for (const QString& condition : sweep.conditions)
        inversions.insert(condition, invertedSets(sweep, condition));
    size_t i = 0;
    while (i < sweep.rows.size()) {
        const QString& condition = sweep.rows[i].condition;
        const QString& attribute = sweep.rows[i].attribute;
        size_t end = i;
        while (end < sweep.rows.size() && sweep.rows[end].condition == condition &&
               sweep.rows[end].attribute == attribute)
            ++end;
        // [group][set] AUCs of this attribute.
        const size_t groups = (end - i) / sets;
        const QStringList& inverted = inversions[condition];
        std::vector<std::optional<double>> gaps(sets);
        QStringList worst;
        QStringList worstNames;
        if (attribute != kAll) {
            for (size_t s = 0; s < sets; ++s) {
                std::optional<double> low, high;
                QString lowest;
                int defined = 0;
                for (size_t g = 0; g < groups; ++g) {
                    const SweepRow& r = sweep.rows[i + g * sets + s];
                    if (!r.auc)
                        continue;
                    ++defined;
                    if (!low || *r.auc < *low) {
                        low = r.auc;
                        lowest = r.group;
                    }
                    if (!high || *r.auc > *high)
                        high = r.auc;
                }
                if (defined >= 2) {
                    gaps[s] = *high - *low;
                    worst << sweep.sets[qsizetype(s)] + QLatin1Char('=') + lowest;
                    if (!worstNames.contains(lowest))
                        worstNames << lowest;
                }
            }
        }
        std::optional<double> gapMin, gapMax;
        for (const auto& g : gaps)
            if (g) {
                gapMin = gapMin ? std::min(*gapMin, *g) : *g;
                gapMax = gapMax ? std::max(*gapMax, *g) : *g;
            }
        for (size_t g = 0; g < groups; ++g) {
            SweepSummaryRow row;
            row.condition = condition;
            row.attribute = attribute;
            row.group = sweep.rows[i + g * sets].group;
            std::vector<double> aucs;
            for (size_t s = 0; s < sets; ++s)
                if (const auto& a = sweep.rows[i + g * sets + s].auc)
                    aucs.push_back(*a);
            row.sets = int(aucs.size());
            if (!aucs.empty()) {
                row.aucMin = *std::min_element(aucs.begin(), aucs.end());
                row.aucMax = *std::max_element(aucs.begin(), aucs.end());
            }
            if (aucs.size() >= 2) {
                double mean = 0.0;
                for (double a : aucs)
                    mean += a;
                mean /= double(aucs.size());
                double squares = 0.0;
                for (double a : aucs)
                    squares += (a - mean) * (a - mean);
                row.aucSd = std::sqrt(squares / double(aucs.size() - 1));
            }
            row.gapMin = gapMin;
            row.gapMax = gapMax;
            row.worstGroupChanges = worstNames.size() > 1;
            row.worstGroups = worst;
            row.inverted = inverted;
            out.push_back(std::move(row));
        }
        i = end;
    }
    return out;
}

namespace {

std::string optionalNumber(const std::optional<double>& v) {
    return v ? csvNumber(*v) : std::string();
}

} // namespace

std::vector<std::string> sweepColumns() {
    return {"model", "condition", "attribute", "group", "prompt_set", "n", "n_pos", "auc"};
}

std::vector<std::string> sweepCsvRow(const PromptSweep& sweep, const SweepRow& row) {
    return {sweep.model.toStdString(),     row.condition.toStdString(), row.attribute.toStdString(),
            row.group.toStdString(),       row.promptSet.toStdString(), std::to_string(row.n),
            std::to_string(row.positives), optionalNumber(row.auc)};
}

std::vector<std::string> sweepSummaryColumns() {
    return {"model",   "condition", "attribute",           "group",        "sets",
            "auc_min", "auc_max",   "auc_range",           "auc_sd",       "gap_min",
            "gap_max", "gap_range", "worst_group_changes", "worst_groups", "inverted"};
}

std::vector<std::string> sweepSummaryCsvRow(const PromptSweep& sweep, const SweepSummaryRow& row) {
    const bool population = row.attribute == kAll;
    auto range = [](const std::optional<double>& low, const std::optional<double>& high) {
        return low && high ? std::optional<double>(*high - *low) : std::nullopt;
    };
    return {sweep.model.toStdString(),
            row.condition.toStdString(),
            row.attribute.toStdString(),
            row.group.toStdString(),
            std::to_string(row.sets),
            optionalNumber(row.aucMin),
            optionalNumber(row.aucMax),
            optionalNumber(range(row.aucMin, row.aucMax)),
            optionalNumber(row.aucSd),
            optionalNumber(row.gapMin),
            optionalNumber(row.gapMax),
            optionalNumber(range(row.gapMin, row.gapMax)),
            population || row.worstGroups.isEmpty() ? std::string()
                                                    : (row.worstGroupChanges ? "yes" : "no"),
            row.worstGroups.join(QLatin1Char(';')).toStdString(),
            row.inverted.join(QLatin1Char(';')).toStdString()};
}

} // namespace cxrfair

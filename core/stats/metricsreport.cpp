#include "stats/metricsreport.h"

#include "data/csvwriter.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace cxrfair {

namespace {

/// The shortest text that reads back as the same double.
QString number(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
}
QString number(const std::optional<double>& v) {
    return v ? number(*v) : QString();
}
QJsonValue json(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}
QJsonValue json(const std::optional<double>& v) {
    return v ? json(*v) : QJsonValue();
}
QJsonValue json(const PercentileInterval& ci) {
    return ci.valid() ? QJsonValue(QJsonArray{ci.low, ci.high}) : QJsonValue();
}

bool isUnderdiagnosisCondition(const QString& condition) {
    return condition.compare(QStringLiteral("No Finding"), Qt::CaseInsensitive) == 0;
}

/// One row of the table, by column name.
using Row = QHash<QString, QString>;

Row groupRow(const ModelConditionMetrics& mc, const GroupMetrics& g) {
    Row r;
    r[QStringLiteral("model")] = mc.model;
    r[QStringLiteral("condition")] = mc.condition;
    r[QStringLiteral("attribute")] = g.attribute;
    r[QStringLiteral("group")] = g.group;
    r[QStringLiteral("n")] = QString::number(g.n);
    r[QStringLiteral("n_pos")] = QString::number(g.positives);
    r[QStringLiteral("n_neg")] = QString::number(g.negatives);
    r[QStringLiteral("n_missing")] = QString::number(g.unknownLabels);
    r[QStringLiteral("flag")] = groupFlagName(g.flag);
    r[QStringLiteral("reason")] = g.reason;
    if (g.auc) {
        r[QStringLiteral("auc")] = number(g.auc->auc);
        r[QStringLiteral("auc_se_delong")] = number(g.auc->se);
        r[QStringLiteral("auc_delong_ci_low")] = number(g.delongCi.first);
        r[QStringLiteral("auc_delong_ci_high")] = number(g.delongCi.second);
    }
    if (g.bootstrapCi.valid()) {
        r[QStringLiteral("auc_ci_low")] = number(g.bootstrapCi.low);
        r[QStringLiteral("auc_ci_high")] = number(g.bootstrapCi.high);
    }
    if (g.flag != GroupFlag::MissingAttribute) {
        r[QStringLiteral("bootstrap_used")] = QString::number(g.bootstrapCi.used);
        r[QStringLiteral("bootstrap_skipped")] = QString::number(g.bootstrapCi.skipped);
    }
    r[QStringLiteral("auc_diff_vs_rest")] = number(g.differenceVsRest);
    r[QStringLiteral("p_vs_rest")] = number(g.pVsRest);
    r[QStringLiteral("p_holm")] = number(g.pHolm);
    r[QStringLiteral("p_bh")] = number(g.pBenjaminiHochberg);
    r[QStringLiteral("mdd")] = number(g.mdd);
    if (g.evidenceSufficient)
        r[QStringLiteral("evidence")] =
            *g.evidenceSufficient ? QStringLiteral("sufficient") : QStringLiteral("insufficient");
    r[QStringLiteral("ap")] = number(g.averagePrecision);
    r[QStringLiteral("auprc_adj")] = number(g.auprcAdjusted);
    r[QStringLiteral("threshold")] = number(mc.threshold);
    if (g.atThreshold) {
        r[QStringLiteral("tpr")] = number(g.atThreshold->tpr);
        r[QStringLiteral("fpr")] = number(g.atThreshold->fpr);
        r[QStringLiteral("fnr")] = number(g.atThreshold->fnr);
        r[QStringLiteral("ppv")] = number(g.atThreshold->ppv);
        // On "No Finding", calling a patient with a finding healthy is underdiagnosis.
        if (isUnderdiagnosisCondition(mc.condition))
            r[QStringLiteral("underdiagnosis")] = number(g.atThreshold->fpr);
    }
    if (g.calibration)
        r[QStringLiteral("ece")] = number(g.calibration->ece);
    return r;
}

std::vector<Row> gapRows(const ModelConditionMetrics& mc, const GapMetrics& gap) {
    Row base;
    base[QStringLiteral("model")] = mc.model;
    base[QStringLiteral("condition")] = mc.condition;
    base[QStringLiteral("attribute")] = gap.attribute;
    base[QStringLiteral("compared_groups")] = gap.compared.join(QLatin1Char(';'));
    base[QStringLiteral("threshold")] = number(mc.threshold);
    if (!gap.aucGap) {
        base[QStringLiteral("flag")] = QStringLiteral("undefined");
        base[QStringLiteral("reason")] =
            QStringLiteral("fewer than two groups large enough to compare");
    }
    Row g = base, w = base;
    g[QStringLiteral("group")] = QStringLiteral("gap");
    g[QStringLiteral("auc")] = number(gap.aucGap);
    w[QStringLiteral("group")] = QStringLiteral("worst");
    w[QStringLiteral("auc")] = number(gap.worstAuc);
    w[QStringLiteral("worst_group")] = gap.worstGroup;
    if (gap.aucGap) {
        for (auto [row, ci] : {std::pair{&g, &gap.aucGapCi}, std::pair{&w, &gap.worstAucCi}}) {
            if (ci->valid()) {
                (*row)[QStringLiteral("auc_ci_low")] = number(ci->low);
                (*row)[QStringLiteral("auc_ci_high")] = number(ci->high);
            }
            (*row)[QStringLiteral("bootstrap_used")] = QString::number(ci->used);
            (*row)[QStringLiteral("bootstrap_skipped")] = QString::number(ci->skipped);
        }
    }
    g[QStringLiteral("eo_diff")] = number(gap.equalOpportunity);
    g[QStringLiteral("eodds_diff")] = number(gap.equalizedOdds);
    g[QStringLiteral("ece_gap")] = number(gap.eceGap);
    return {g, w};
}

std::vector<Row> shortcutRows(const ShortcutRow& s) {
    const ShortcutMetrics& m = s.metrics;
    std::vector<Row> rows;
    auto add = [&](const QString& group, qint64 positives, const std::optional<double>& auc,
                   const PercentileInterval& ci) {
        Row r;
        r[QStringLiteral("model")] = s.model;
        r[QStringLiteral("condition")] = s.condition;
        r[QStringLiteral("attribute")] = QStringLiteral("shortcut:") + s.confounder;
        r[QStringLiteral("group")] = group;
        if (positives >= 0) {
            r[QStringLiteral("n_pos")] = QString::number(positives);
            r[QStringLiteral("n_neg")] = QString::number(m.negatives);
            r[QStringLiteral("n")] = QString::number(positives + m.negatives);
        }
        r[QStringLiteral("auc")] = number(auc);
        if (ci.valid()) {
            r[QStringLiteral("auc_ci_low")] = number(ci.low);
            r[QStringLiteral("auc_ci_high")] = number(ci.high);
        }
        r[QStringLiteral("bootstrap_used")] = QString::number(ci.used);
        r[QStringLiteral("bootstrap_skipped")] = QString::number(ci.skipped);
        if (!auc) {
            r[QStringLiteral("flag")] = QStringLiteral("undefined");
            r[QStringLiteral("reason")] =
                QStringLiteral("a stratum has no positive or no negative");
        }
        rows.push_back(r);
    };
    add(QStringLiteral("all"), m.confoundedPositives + m.unconfoundedPositives + m.unknownPositives,
        m.aucAll, m.allCi);
    add(QStringLiteral("present"), m.confoundedPositives, m.aucConfounded, m.confoundedCi);
    add(QStringLiteral("absent"), m.unconfoundedPositives, m.aucUnconfounded, m.unconfoundedCi);
    add(QStringLiteral("difference"), -1, m.difference, m.differenceCi);
    return rows;
}

/// The rows of a matched comparison: each group (adjusted "matched"), then its gap.
std::vector<Row> matchedRows(const ModelConditionMetrics& mc, const MatchedComparison& m) {
    Row base;
    base[QStringLiteral("model")] = mc.model;
    base[QStringLiteral("condition")] = mc.condition;
    base[QStringLiteral("attribute")] = m.attribute;
    base[QStringLiteral("adjusted")] = QStringLiteral("matched");
    base[QStringLiteral("matched_on")] = m.covariates.join(QLatin1Char(';'));
    std::vector<Row> rows;
    QStringList compared;
    auto interval = [](Row& r, const PercentileInterval& ci) {
        if (ci.valid()) {
            r[QStringLiteral("auc_ci_low")] = number(ci.low);
            r[QStringLiteral("auc_ci_high")] = number(ci.high);
        }
        r[QStringLiteral("bootstrap_used")] = QString::number(ci.used);
        r[QStringLiteral("bootstrap_skipped")] = QString::number(ci.skipped);
    };
    for (const MatchedGroup& g : m.groups) {
        Row r = base;
        r[QStringLiteral("group")] = g.group;
        r[QStringLiteral("n")] = QString::number(g.positives + g.negatives);
        r[QStringLiteral("n_pos")] = QString::number(g.positives);
        r[QStringLiteral("n_neg")] = QString::number(g.negatives);
        r[QStringLiteral("auc")] = number(g.auc);
        interval(r, g.ci);
        if (!g.auc) {
            r[QStringLiteral("flag")] = QStringLiteral("undefined");
            r[QStringLiteral("reason")] =
                QStringLiteral("no positive or no negative in the common support");
        } else {
            compared << g.group;
        }
        rows.push_back(r);
    }
    Row gap = base;
    gap[QStringLiteral("group")] = QStringLiteral("gap");
    gap[QStringLiteral("compared_groups")] = compared.join(QLatin1Char(';'));
    gap[QStringLiteral("auc")] = number(m.gap);
    if (m.gap) {
        interval(gap, m.gapCi);
    } else {
        gap[QStringLiteral("flag")] = QStringLiteral("undefined");
        gap[QStringLiteral("reason")] =
            QStringLiteral("fewer than two groups large enough to compare");
    }
    if (m.outsideSupport > 0)
        gap[QStringLiteral("reason")] =
            QStringLiteral("%1 images outside the groups' common support left out")
                .arg(m.outsideSupport);
    rows.push_back(gap);
    return rows;
}

} // namespace

QStringList metricsColumns() {
    return {QStringLiteral("model"),
            QStringLiteral("condition"),
            QStringLiteral("attribute"),
            QStringLiteral("group"),
            QStringLiteral("n"),
            QStringLiteral("n_pos"),
            QStringLiteral("n_neg"),
            QStringLiteral("n_missing"),
            QStringLiteral("auc"),
            QStringLiteral("auc_ci_low"),
            QStringLiteral("auc_ci_high"),
            QStringLiteral("auc_se_delong"),
            QStringLiteral("auc_delong_ci_low"),
            QStringLiteral("auc_delong_ci_high"),
            QStringLiteral("auc_diff_vs_rest"),
            QStringLiteral("p_vs_rest"),
            QStringLiteral("p_holm"),
            QStringLiteral("p_bh"),
            QStringLiteral("mdd"),
            QStringLiteral("evidence"),
            QStringLiteral("ap"),
            QStringLiteral("auprc_adj"),
            QStringLiteral("flag"),
            QStringLiteral("reason"),
            QStringLiteral("bootstrap_used"),
            QStringLiteral("bootstrap_skipped"),
            QStringLiteral("threshold"),
            QStringLiteral("tpr"),
            QStringLiteral("fpr"),
            QStringLiteral("fnr"),
            QStringLiteral("ppv"),
            QStringLiteral("underdiagnosis"),
            QStringLiteral("ece"),
            QStringLiteral("eo_diff"),
            QStringLiteral("eodds_diff"),
            QStringLiteral("ece_gap"),
            QStringLiteral("worst_group"),
            QStringLiteral("compared_groups"),
            QStringLiteral("adjusted"),
            QStringLiteral("matched_on")};
}

Result<void> writeMetricsCsv(const QString& path, const MetricsReport& report) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    const QStringList columns = metricsColumns();
    auto write = [&](const Row& row) {
        std::vector<std::string> cells;
        for (const QString& c : columns)
            cells.push_back(row.value(c).toStdString());
        writer->writeRow(cells);
    };
    std::vector<std::string> header;
    for (const QString& c : columns)
        header.push_back(c.toStdString());
    writer->writeRow(header);
    for (const ModelConditionMetrics& mc : report.results) {
        for (const GroupMetrics& g : mc.groups)
            write(groupRow(mc, g));
        for (const GapMetrics& gap : mc.gaps) {
            for (const Row& r : gapRows(mc, gap))
                write(r);
        }
        for (const MatchedComparison& m : mc.matched) {
            for (const Row& r : matchedRows(mc, m))
                write(r);
        }
    }
    for (const ShortcutRow& s : report.shortcuts) {
        for (const Row& r : shortcutRows(s))
            write(r);
    }
    return writer->close();
}

QJsonObject metricsJson(const MetricsReport& report) {
    const MetricsSettings& s = report.settings;
    const char* mode = s.bootstrap.mode == BootstrapMode::Clustered    ? "patient"
                       : s.bootstrap.mode == BootstrapMode::Stratified ? "label"
                                                                       : "none";
    QJsonObject settings{{QStringLiteral("bootstrap"), s.bootstrap.resamples},
                         {QStringLiteral("seed"), QString::number(s.bootstrap.seed)},
                         {QStringLiteral("ci"), s.bootstrap.level},
                         {QStringLiteral("resample_by"), QLatin1String(mode)},
                         {QStringLiteral("min_positives"), s.minPositives},
                         {QStringLiteral("min_negatives"), s.minNegatives},
                         {QStringLiteral("threshold"),
                          s.threshold ? QJsonValue(s.threshold->toString()) : QJsonValue()},
                         {QStringLiteral("calibration_bins"), s.calibrationBins}};
    QJsonArray results;
    const QStringList columns = metricsColumns();
    auto toJson = [&](const Row& row) {
        QJsonObject o;
        for (const QString& c : columns) {
            const QString v = row.value(c);
            if (v.isEmpty()) {
                o.insert(c, QJsonValue());
                continue;
            }
            bool isNumber = false;
            const double d = v.toDouble(&isNumber);
            o.insert(c, isNumber && c != QStringLiteral("group") && c != QStringLiteral("model") &&
                                c != QStringLiteral("condition") && c != QStringLiteral("attribute")
                            ? QJsonValue(d)
                            : QJsonValue(v));
        }
        return o;
    };
    for (const ModelConditionMetrics& mc : report.results) {
        QJsonArray groups, gaps;
        for (const GroupMetrics& g : mc.groups) {
            QJsonObject o = toJson(groupRow(mc, g));
            if (g.calibration) {
                QJsonArray bins;
                for (size_t b = 0; b < g.calibration->count.size(); ++b) {
                    bins.append(QJsonObject{
                        {QStringLiteral("count"), qint64(g.calibration->count[b])},
                        {QStringLiteral("mean_predicted"), json(g.calibration->meanPredicted[b])},
                        {QStringLiteral("fraction_positive"),
                         json(g.calibration->fractionPositive[b])}});
                }
                o.insert(QStringLiteral("reliability"), bins);
            }
            groups.append(o);
        }
        for (const GapMetrics& gap : mc.gaps) {
            for (const Row& r : gapRows(mc, gap))
                gaps.append(toJson(r));
        }
        QJsonArray matched;
        for (const MatchedComparison& m : mc.matched) {
            for (const Row& r : matchedRows(mc, m))
                matched.append(toJson(r));
        }
        results.append(QJsonObject{{QStringLiteral("model"), mc.model},
                                   {QStringLiteral("condition"), mc.condition},
                                   {QStringLiteral("threshold"), json(mc.threshold)},
                                   {QStringLiteral("groups"), groups},
                                   {QStringLiteral("gaps"), gaps},
                                   {QStringLiteral("matched"), matched}});
    }
    QJsonArray shortcuts;
    for (const ShortcutRow& sr : report.shortcuts) {
        const ShortcutMetrics& m = sr.metrics;
        shortcuts.append(QJsonObject{
            {QStringLiteral("model"), sr.model},
            {QStringLiteral("condition"), sr.condition},
            {QStringLiteral("confounder"), sr.confounder},
            {QStringLiteral("positives_present"), qint64(m.confoundedPositives)},
            {QStringLiteral("positives_absent"), qint64(m.unconfoundedPositives)},
            {QStringLiteral("positives_unknown"), qint64(m.unknownPositives)},
            {QStringLiteral("negatives"), qint64(m.negatives)},
            {QStringLiteral("auc_all"), json(m.aucAll)},
            {QStringLiteral("auc_all_ci"), json(m.allCi)},
            {QStringLiteral("auc_present"), json(m.aucConfounded)},
            {QStringLiteral("auc_present_ci"), json(m.confoundedCi)},
            {QStringLiteral("auc_absent"), json(m.aucUnconfounded)},
            {QStringLiteral("auc_absent_ci"), json(m.unconfoundedCi)},
            {QStringLiteral("difference"), json(m.difference)},
            {QStringLiteral("difference_ci"), json(m.differenceCi)},
        });
    }
    return QJsonObject{{QStringLiteral("settings"), settings},
                       {QStringLiteral("results"), results},
                       {QStringLiteral("shortcuts"), shortcuts},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
}

} // namespace cxrfair

#pragma once

#include "stats/subgroupmetrics.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;

namespace cxrfair {

/// One model on the Pareto plot: its AUC on all images against its worst group's (over the
/// groups with enough evidence, ModelConditionMetrics::summaries), each with its interval.
struct ParetoPoint {
    QString model;
    double auc = 0.0;
    double aucLow = 0.0;
    double aucHigh = 0.0;
    double worst = 0.0;
    double worstLow = 0.0;
    double worstHigh = 0.0;
    QString worstGroup;
    /// No other model is at least as good on both and better on one.
    bool onFront = false;
};

/// The models of `metrics` that have both numbers for `condition` and `attribute`, in order.
std::vector<ParetoPoint> paretoPoints(const std::vector<ModelConditionMetrics>& metrics,
                                      const QString& condition, const QString& attribute);

/// The conditions of `metrics` in order of appearance.
QStringList metricConditions(const std::vector<ModelConditionMetrics>& metrics);

/// Models compared on accuracy and fairness at once: overall AUC (x) against worst-group AUC
/// (y), with both intervals as whiskers, each point named; the models no other beats on both
/// are filled and joined (the Pareto front); the diagonal (the worst group as good as all
/// images) dashed.
class ParetoChart : public QWidget {
    Q_OBJECT
public:
    explicit ParetoChart(QWidget* parent = nullptr);

    void setPoints(const QString& condition, const QString& attribute,
                   std::vector<ParetoPoint> points);
    const std::vector<ParetoPoint>& points() const { return m_points; }
    QCustomPlot* plot() const { return m_plot; }
    /// Takes the legend out (the points are named on the plot): for the panels of a figure
    /// that shows it once.
    void removeLegend();
    /// The points drawn: model,condition,attribute,auc,auc_ci_low,auc_ci_high,worst_group,
    /// worst_auc,worst_ci_low,worst_ci_high,pareto_front.
    QString csv() const;

private:
    QCustomPlot* m_plot;
    QString m_condition;
    QString m_attribute;
    std::vector<ParetoPoint> m_points;
    bool m_legendRemoved = false;
};

} // namespace cxrfair

#pragma once

#include <QColor>
#include <QPointF>
#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;

namespace cxrfair {

/// One curve of a ROC chart.
struct RocSeries {
    QString name; ///< legend text, e.g. "Female (AUC 0.87, n=412)"
    std::vector<double> fpr;
    std::vector<double> tpr;
    std::optional<QPointF> operatingPoint; ///< (FPR, TPR) at the chosen threshold
    int colorIndex = 0;                    ///< into seriesColor; -1 draws the reference in grey
    std::optional<QColor> color;           ///< the group's own colour, when given
};

/// ROC curves on the unit square with the chance diagonal and, where given, each curve's
/// operating point at the chosen threshold.
class RocChart : public QWidget {
    Q_OBJECT
public:
    explicit RocChart(QWidget* parent = nullptr);

    void setSeries(std::vector<RocSeries> series, const QString& title = {});
    const std::vector<RocSeries>& series() const { return m_series; }
    QCustomPlot* plot() const { return m_plot; }
    /// The curves as CSV: series,fpr,tpr (one row per point).
    QString csv() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QCustomPlot* m_plot;
    std::vector<RocSeries> m_series;
};

/// The points of a ROC curve worth drawing: consecutive points closer than `step` in both
/// coordinates are merged (the first and last point are kept), so a curve over 400,000
/// images draws as fast as one over 400.
std::vector<QPointF> thinRocCurve(const std::vector<double>& fpr, const std::vector<double>& tpr,
                                  double step = 1.0 / 1024.0);

} // namespace cxrfair

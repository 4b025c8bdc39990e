#pragma once

#include "charts/subgroupaucdata.h"

#include <QWidget>

#include <optional>

#include <utility>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPItemRect;
class QCPTextElement;

namespace cxrfair {

/// Grouped bars of subgroup AUCs (conditions along the axis, one colour per group) with
/// interval whiskers, the AUC on all images as a dashed reference per condition, and flagged
/// (too small) groups hatched. Hovering a bar tells its numbers; clicking it reports barClicked.
/// With the keyboard: the arrow keys walk the bars (left and right, up and down between the
/// groups of a condition), Enter or Space chooses the one outlined.
class SubgroupAucChart : public QWidget {
    Q_OBJECT
public:
    explicit SubgroupAucChart(QWidget* parent = nullptr);

    void setData(const SubgroupAucData& data);
    const SubgroupAucData& data() const { return m_data; }
    QCustomPlot* plot() const { return m_plot; }

    /// The (group, condition) of the bar under `pos` (plot coordinates), or (-1, -1).
    std::pair<int, int> barAt(const QPointF& pos) const;
    /// The centre of a bar in plot coordinates (for tests and tours).
    QPointF barCenter(int group, int condition) const;
    /// The AUC axis starts at `floor` (rounded down to a tenth, and at most 0.5), whatever this
    /// chart's own intervals: charts that compare attributes share one scale. nullopt: from
    /// this chart's lowest interval limit.
    void setAxisFloor(std::optional<double> floor);
    /// The bar outlined for the keyboard, or (-1, -1).
    std::pair<int, int> currentBar() const { return m_current; }
    void setCurrentBar(int group, int condition);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

Q_SIGNALS:
    void barClicked(int group, int condition);

private:
    void rebuild();
    void showToolTip(QMouseEvent* event);
    void showCurrent();
    /// Every bar drawn, by condition then group: the keyboard's walking order.
    std::vector<std::pair<int, int>> barsInOrder() const;

    struct Series {
        QCPBars* bars = nullptr;
        int group = 0;
        std::vector<int> conditions; ///< condition of each data point, in key order
    };
    QCustomPlot* m_plot;
    QCPTextElement* m_title = nullptr;
    SubgroupAucData m_data;
    std::vector<Series> m_series;
    double m_barWidth = 0.2;
    std::optional<double> m_axisFloor;
    std::pair<int, int> m_current{-1, -1};
    QCPItemRect* m_outline = nullptr;
};

/// Covariates as the user reads them: "age, view" in their translated names.
QString covariateNames(const QStringList& covariates);

/// The tooltip text of one bar: group, condition, AUC with interval, n, positives, p.
QString subgroupBarDescription(const SubgroupAucData& data, int group, int condition);

} // namespace cxrfair

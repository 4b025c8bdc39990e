#pragma once

#include "charts/subgroupaucdata.h"

#include <QWidget>

#include <utility>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPTextElement;

namespace cxrfair {

/// Grouped bars of subgroup AUCs (conditions along the axis, one colour per group) with
/// interval whiskers, the AUC on all images as a dashed reference per condition, and flagged
/// (too small) groups hatched. Hovering a bar tells its numbers; clicking it reports barClicked.
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

Q_SIGNALS:
    void barClicked(int group, int condition);

private:
    void rebuild();
    void showToolTip(QMouseEvent* event);

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
};

/// The tooltip text of one bar: group, condition, AUC with interval, n, positives, p.
QString subgroupBarDescription(const SubgroupAucData& data, int group, int condition);

} // namespace cxrfair

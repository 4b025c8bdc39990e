#pragma once

#include "embedding/pca.h"

#include <QColor>
#include <QPolygonF>
#include <QWidget>

#include <vector>

class QCPColorScale;
class QCPCurve;
class QCustomPlot;
class QKeyEvent;
class QMouseEvent;

namespace cxrfair {

class PointCloud;

/// The PCA scatter: one point per image, coloured by a categorical column (a colour per class,
/// missing values grey) or by a number (a colour scale), with zoom and pan, and rectangle or
/// lasso selection. Smooth with 400,000 points (see PointCloud). With the keyboard: the arrow
/// keys move a ring to the nearest point in that direction, Space adds it to the selection
/// (or takes it out).
class PcaScatter : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Navigate, Rectangle, Lasso };

    explicit PcaScatter(QWidget* parent = nullptr);

    /// Without `replot` the chart is drawn by the next call that colours it (at full scale,
    /// each drawing of 377,110 points takes a frame).
    void setPoints(std::vector<float> x, std::vector<float> y, const QString& xLabel,
                   const QString& yLabel, bool replot = true);
    /// The first two components of `pca`, axes labelled with their share of the variance.
    void setPca(const PcaResult& pca, bool replot = true);
    /// Draws the chart as it is now.
    void replot();
    /// While set, colouring draws the chart on the next turn of the event loop instead of at
    /// once: a view filling several charts at full scale then never holds the loop for all of
    /// them together.
    void setDrawLater(bool later) { m_drawLater = later; }
    /// codes[i] indexes classes; -1 is missing.
    /// `colours[c]` for class c when given (a group's colour in every view), else the palette.
    void colourByClasses(const QString& name, const QStringList& classes,
                         const std::vector<std::int32_t>& codes,
                         const std::vector<QColor>& colours = {});
    /// NaN is missing.
    void colourByValues(const QString& name, const std::vector<double>& values);

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    /// Selects the points inside `polygon` (plot coordinates); with `add`, keeps the others.
    void selectPolygon(const QPolygonF& polygon, bool add = false);
    void clearSelection();
    /// Selects the points flagged in `selection` (one flag per point; otherwise ignored).
    void setSelection(std::vector<bool> selection);
    const std::vector<bool>& selection() const { return m_selection; }
    qsizetype selectedCount() const;

    QCustomPlot* plot() const { return m_plot; }
    /// The point the keyboard's ring is on, or -1.
    qsizetype cursorPoint() const { return m_cursor; }
    PointCloud* cloud() const { return m_cloud; }
    /// pc1,pc2,colour value,selected per point.
    QString csv() const;

Q_SIGNALS:
    void selectionChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void draw();
    void showCursor();
    void press(QMouseEvent* event);
    void move(QMouseEvent* event);
    void release(QMouseEvent* event);
    void clearLegend();

    QCustomPlot* m_plot;
    PointCloud* m_cloud;
    QCPColorScale* m_scale = nullptr;
    QCPCurve* m_outline = nullptr;
    Tool m_tool = Tool::Navigate;
    QPolygonF m_drawn;
    bool m_drawing = false;
    std::vector<bool> m_selection;
    QString m_colourName;
    QStringList m_colourText; ///< per point, for the CSV
    qsizetype m_cursor = -1;
    bool m_drawLater = false;
    QCPCurve* m_ring = nullptr;
};

} // namespace cxrfair

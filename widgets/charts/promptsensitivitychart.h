#pragma once

#include "robustness/promptsweep.h"

#include <QWidget>

class QCustomPlot;

namespace cxrfair {

/// Prompt sensitivity of one condition and attribute: for the population and each group, one
/// point per prompt set (its AUC) and a grey bar over the spread between the lowest and the
/// highest; the sets whose AUC over all images is below 0.5 are drawn as crosses and named
/// "inverted" in the legend; chance is a dashed line.
class PromptSensitivityChart : public QWidget {
    Q_OBJECT
public:
    explicit PromptSensitivityChart(QWidget* parent = nullptr);

    void show(std::shared_ptr<const PromptSweep> sweep, const QString& condition,
              const QString& attribute);
    QCustomPlot* plot() const { return m_plot; }
    /// The points drawn, as CSV: condition,attribute,group,prompt_set,auc.
    QString csv() const;

private:
    QCustomPlot* m_plot;
    std::vector<SweepRow> m_rows; ///< the rows drawn
};

} // namespace cxrfair

#pragma once

#include "robustness/promptsweep.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace cxrfair {

class PromptSensitivityChart;

/// The Prompt Sensitivity view: for the shown model and a chosen condition and attribute, each
/// group's AUC under each prompt set (the study's, CheXzero's, three synonym phrasings), the
/// spread at a glance, the inverted sets marked, and what the spread means for the gap.
class PromptSensitivityView : public QWidget {
    Q_OBJECT
public:
    explicit PromptSensitivityView(QWidget* parent = nullptr);
    void setSweep(std::shared_ptr<const PromptSweep> sweep);
    QComboBox* conditionBox() const { return m_condition; }
    QComboBox* attributeBox() const { return m_attribute; }
    PromptSensitivityChart* chart() const { return m_chart; }
    /// What the summary line says now.
    QString summary() const;

private:
    void showChoice();

    std::shared_ptr<const PromptSweep> m_sweep;
    std::vector<SweepSummaryRow> m_summaryRows; ///< summariseSweep(*m_sweep), once per sweep
    QComboBox* m_condition;
    QComboBox* m_attribute;
    QLabel* m_summary;
    PromptSensitivityChart* m_chart;
};

} // namespace cxrfair

#pragma once

#include "audit/auditsettings.h"
#include "stats/metricsreport.h"

#include <QWidget>

class QComboBox;

namespace cxrfair {

class ExportButton;
class RocChart;
class ShortcutChart;

/// The shortcut view: for the confounder and condition the user picks (the study's: chest
/// drains in pneumothorax), per model the AUC on all images, without and with the confounder,
/// with intervals, beside the ROC curves of the two strata for a chosen model.
class ShortcutView : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutView(QWidget* parent = nullptr);

    void setRows(std::vector<ShortcutRow> rows);
    /// What the user may pick: the 0/1 attributes recorded, the conditions scored, and the
    /// analysis shown. Picking another emits shortcutChosen.
    void setChoices(const QStringList& confounders, const QStringList& conditions,
                    const ShortcutSettings& current);
    ShortcutSettings choice() const;
    QComboBox* confounderBox() const { return m_confounder; }
    QComboBox* conditionBox() const { return m_condition; }
    ShortcutChart* chart() const { return m_chart; }
    RocChart* rocChart() const { return m_roc; }
    QComboBox* modelBox() const { return m_model; }
    /// The bars' numbers as CSV: model,stratum,positives,negatives,auc,ci_low,ci_high.
    QString csv() const;

Q_SIGNALS:
    /// The user picked another confounder or condition.
    void shortcutChosen(const ShortcutSettings& settings);

private:
    void showCurves();

    QComboBox* m_confounder;
    QComboBox* m_condition;
    QComboBox* m_model;
    ShortcutChart* m_chart;
    RocChart* m_roc;
    ExportButton* m_exportBars;
    ExportButton* m_exportRoc;
};

} // namespace cxrfair

#pragma once

#include "stats/groupcurves.h"
#include "stats/scoretable.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;

namespace cxrfair {

class ExportButton;
class RocChart;
class ThresholdTableModel;

/// What the ROC view shows for one model, condition and attribute.
struct RocViewResult {
    std::vector<GroupRocCurve> curves;
    std::optional<ThresholdReport> report;
    QString problem; ///< why there is no report (e.g. a validation part without positives)
};

/// ROC curves per group for a chosen model and condition, and a threshold (a value, or chosen
/// on a patient-grouped validation part by Youden's J, F1 or a target specificity or
/// sensitivity) with each group's TPR, FPR, FNR and underdiagnosis beneath. The numbers come
/// from core (groupRocCurves, thresholdReport), computed off the GUI thread.
class RocView : public QWidget {
    Q_OBJECT
public:
    explicit RocView(QWidget* parent = nullptr);
    ~RocView() override;

    void setTable(std::shared_ptr<const ScoreTable> table);
    /// Attributes not offered as groups (a shortcut's confounder, recorded on positives only).
    void setHiddenAttributes(const QStringList& attributes) { m_hiddenAttributes = attributes; }
    /// Chooses what to show; empty strings keep the current choice.
    void select(const QString& model, const QString& condition, const QString& attribute);
    /// The condition and attribute to show when the table arrives (a project's choices).
    void setPreferred(const QString& condition, const QString& attribute) {
        m_preferredCondition = condition;
        m_preferredAttribute = attribute;
    }
    QString condition() const;
    QString attribute() const;
    /// Every group each attribute can have, in colour order (as the subgroup AUC view's).
    void setColourOrders(const QHash<QString, QStringList>& orders) { m_colourOrders = orders; }
    /// Applies a rule: the value box holds the threshold of a fixed rule, else its target.
    void setRule(const ThresholdRule& rule);
    ThresholdRule rule() const;

    RocChart* chart() const { return m_chart; }
    ThresholdTableModel* rates() const { return m_rates; }
    QTableView* table() const { return m_table; }
    const RocViewResult& result() const { return m_result; }
    /// True from a change until its result is shown.
    bool isComputing() const { return m_computing; }

Q_SIGNALS:
    /// The chart and table show the current choice.
    void updated();

private:
    void fillChoices();
    void ruleChanged();
    void recompute();
    void showResult();

    std::shared_ptr<const ScoreTable> m_table_;
    RocViewResult m_result;
    QFutureWatcher<RocViewResult> m_watcher;
    bool m_pending = false;
    bool m_computing = false;

    QComboBox* m_model;
    QComboBox* m_condition;
    QComboBox* m_attribute;
    QHash<QString, QStringList> m_colourOrders;
    QString m_preferredCondition;
    QString m_preferredAttribute;
    QComboBox* m_ruleKind;
    QDoubleSpinBox* m_value;
    ExportButton* m_export;
    RocChart* m_chart;
    QLabel* m_summary;
    QTableView* m_table;
    ThresholdTableModel* m_rates;
    QStringList m_hiddenAttributes;
};

} // namespace cxrfair

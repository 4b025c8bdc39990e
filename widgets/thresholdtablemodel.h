#pragma once

#include "stats/groupcurves.h"
#include "summarymodels.h"

namespace cxrfair {

/// The rates of each group at a threshold: group, images, TPR, FPR, FNR, underdiagnosis.
/// Display shows three decimals (a dash where undefined); Qt::UserRole holds the number for
/// sorting.
class ThresholdTableModel : public HeaderedTableModel {
    Q_OBJECT
public:
    explicit ThresholdTableModel(QObject* parent = nullptr);
    void setReport(const ThresholdReport& report);
    const ThresholdReport& report() const { return m_report; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    /// The table as CSV, with full precision.
    QString csv() const;

private:
    ThresholdReport m_report;
};

} // namespace cxrfair

#pragma once

#include "stats/subgroupmetrics.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace cxrfair {

/// The cross-group AUCs of one model, condition and attribute as a matrix: row a, column b is
/// xAUC(a, b), the chance that a positive of a scores above a negative of b; the diagonal is
/// each group's own AUC. A cell is coloured by its value; its tooltip gives the disparity
/// xAUC(a, b) - xAUC(b, a) with its interval, and a disparity whose interval leaves out 0 is in
/// bold.
class CrossAucMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CrossAucMatrixModel(QObject* parent = nullptr);

    void setMetrics(const std::vector<ModelConditionMetrics>& metrics, const QString& model,
                    const QString& condition, const QString& attribute);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const QStringList& groups() const { return m_groups; }
    /// xAUC(a, b), or nullopt.
    std::optional<double> value(int a, int b) const;
    /// The matrix as CSV: group_a,group_b,xauc,disparity,ci_low,ci_high (one row per cell).
    QString csv() const;

private:
    struct Cell {
        std::optional<double> value;
        std::optional<double> disparity; ///< value - the mirrored cell's
        PercentileInterval ci;
    };
    QStringList m_groups;
    std::vector<Cell> m_cells; ///< [a * groups + b]
};

} // namespace cxrfair

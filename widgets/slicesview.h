#pragma once

#include "discovery/modeldiscovery.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace cxrfair {

/// The slices of one condition as a table: one row per slice, worst first, every figure on
/// the held-out half of the patients.
class SliceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setSlices(const ConditionSlices* slices);
    const DiscoveredSlice* slice(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const ConditionSlices* m_slices = nullptr;
};

/// The Slices view: for the shown model, the groups of images (close in embedding space) where
/// it does worst on a condition, with their AUC differences, intervals, p-values and
/// descriptions. Choosing a slice sends its images to the gallery and selects them in the PCA
/// scatter.
class SlicesView : public QWidget {
    Q_OBJECT
public:
    explicit SlicesView(QWidget* parent = nullptr);
    void setDiscovery(std::shared_ptr<const ModelDiscovery> discovery);
    QComboBox* conditionBox() const { return m_condition; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    /// A slice was chosen: a title for the gallery, its condition and its images' sample ids.
    void sliceChosen(const QString& title, const QString& condition, const QStringList& sampleIds);

private:
    void showCondition();
    void choose(const QModelIndex& index);

    std::shared_ptr<const ModelDiscovery> m_discovery;
    QComboBox* m_condition;
    QLabel* m_summary;
    QTableView* m_table;
    SliceTableModel* m_model;
};

} // namespace cxrfair

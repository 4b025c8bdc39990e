#pragma once

#include "charts/subgroupaucdata.h"
#include "summarymodels.h"

namespace cxrfair {

/// The subgroup AUC chart's numbers as a table: one row per group and condition. Qt::UserRole
/// holds raw values for sorting.
class SubgroupAucTableModel : public HeaderedTableModel {
    Q_OBJECT
public:
    explicit SubgroupAucTableModel(QObject* parent = nullptr);
    void setData(const SubgroupAucData& data);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    struct Row {
        int group;
        int condition;
    };
    SubgroupAucData m_data;
    QList<Row> m_rows;
};

/// The same rows as CSV text (for the clipboard and files).
QString subgroupAucCsv(const SubgroupAucData& data);

} // namespace cxrfair

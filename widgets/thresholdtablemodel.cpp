#include "thresholdtablemodel.h"

#include <cmath>

namespace cxrfair {

namespace {
double columnValue(const GroupRates& g, int column) {
    switch (column) {
    case 1:
        return double(g.n);
    case 2:
        return g.rates.tpr;
    case 3:
        return g.rates.fpr;
    case 4:
        return g.rates.fnr;
    default:
        return g.underdiagnosis;
    }
}
} // namespace

ThresholdTableModel::ThresholdTableModel(QObject* parent)
    : HeaderedTableModel(
          {tr("Group"), tr("Images"), tr("TPR"), tr("FPR"), tr("FNR"), tr("Underdiagnosis")},
          parent) {}

void ThresholdTableModel::setReport(const ThresholdReport& report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ThresholdTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_report.groups.size());
}

QVariant ThresholdTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const GroupRates& g = m_report.groups[size_t(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return g.group == QStringLiteral("all") ? tr("All images") : g.group;
        return {};
    }
    const double v = columnValue(g, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return g.n;
        return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 3);
    case Qt::UserRole:
        return v;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == 5)
            return tr("Share of images with the finding that this threshold calls negative "
                      "(for No Finding: images with a finding called \"no finding\")");
        return tr("TP %1, FP %2, TN %3, FN %4")
            .arg(g.rates.tp)
            .arg(g.rates.fp)
            .arg(g.rates.tn)
            .arg(g.rates.fn);
    default:
        return {};
    }
}

QString ThresholdTableModel::csv() const {
    QString out = QStringLiteral("group,n,tp,fp,tn,fn,tpr,fpr,fnr,underdiagnosis,threshold\n");
    auto number = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'g', 17); };
    for (const GroupRates& g : m_report.groups)
        out += QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7,%8,%9,%10,%11\n")
                   .arg(QString(g.group).replace(QLatin1Char('"'), QStringLiteral("\"\"")))
                   .arg(g.n)
                   .arg(g.rates.tp)
                   .arg(g.rates.fp)
                   .arg(g.rates.tn)
                   .arg(g.rates.fn)
                   .arg(number(g.rates.tpr), number(g.rates.fpr), number(g.rates.fnr),
                        number(g.underdiagnosis), number(m_report.threshold));
    return out;
}

} // namespace cxrfair

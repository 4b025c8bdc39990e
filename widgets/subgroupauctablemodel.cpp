#include "subgroupauctablemodel.h"

#include "data/csvwriter.h"

#include "common/displaynames.h"

#include <QLocale>

namespace cxrfair {

namespace {
enum Column { Condition, Group, Images, Positives, Auc, Low, High, PHolm, Mdd, Note };

/// The shortest text that reads back as `v` (the published values have two decimals).
QString shortest(const std::optional<double>& v) {
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}
} // namespace

SubgroupAucTableModel::SubgroupAucTableModel(QObject* parent)
    : HeaderedTableModel({tr("Condition"), tr("Group"), tr("Images"), tr("Positive"), tr("AUC"),
                          tr("95% low"), tr("95% high"), tr("p (Holm)"), tr("MDD"), tr("Note")},
                         parent) {}

void SubgroupAucTableModel::setData(const SubgroupAucData& data) {
    beginResetModel();
    m_data = data;
    m_rows.clear();
    for (int c = 0; c < int(data.conditions.size()); ++c)
        for (int g = 0; g < int(data.groups.size()); ++g)
            if (data.bars[size_t(g)][size_t(c)])
                m_rows.push_back({g, c});
    endResetModel();
}

int SubgroupAucTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SubgroupAucTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const SubgroupAucBar& bar = *m_data.bars[size_t(row.group)][size_t(row.condition)];
    const bool raw = role == Qt::UserRole;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Images && index.column() <= Mdd
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Mdd)
            return tr("The smallest difference to the other groups' AUC that this group's size "
                      "can detect (alpha 0.05, power 0.8)");
        return index.column() == Note && bar.flagged ? QVariant(bar.reason) : QVariant();
    }
    if (role != Qt::DisplayRole && !raw)
        return {};
    auto number = [&](double v) {
        return raw ? QVariant(v) : QVariant(QString::number(v, 'f', 3));
    };
    switch (index.column()) {
    case Condition:
        return m_data.conditions[row.condition];
    case Group:
        return raw ? QVariant(m_data.groups[row.group])
                   : QVariant(groupDisplayName(m_data.groups[row.group]));
    case Images:
        return bar.n;
    case Positives:
        return bar.positives;
    case Auc:
        return number(bar.auc);
    case Low:
        return number(bar.low);
    case High:
        return number(bar.high);
    case PHolm:
        if (!bar.pAdjusted)
            return raw ? QVariant(2.0) : QVariant();
        return raw ? QVariant(*bar.pAdjusted) : QVariant(QString::number(*bar.pAdjusted, 'g', 3));
    case Mdd:
        if (!bar.mdd)
            return raw ? QVariant(2.0) : QVariant();
        return number(*bar.mdd);
    case Note:
        if (bar.flagged)
            return bar.reason;
        return bar.insufficient ? tr("not enough evidence for a gap") : QString();
    default:
        return {};
    }
}

QString subgroupAucCsv(const SubgroupAucData& data) {
    QString csv = QStringLiteral(
        "model,attribute,condition,group,n,n_pos,auc,ci_low,ci_high,p_holm,flagged,mdd,"
        "evidence,matched_on,auc_published,ci_published_low,ci_published_high\n");
    for (int c = 0; c < int(data.conditions.size()); ++c) {
        for (int g = 0; g < int(data.groups.size()); ++g) {
            const auto& bar = data.bars[size_t(g)][size_t(c)];
            if (!bar)
                continue;
            csv +=
                QStringList{csvField(data.model),
                            csvField(data.attribute),
                            csvField(data.conditions[c]),
                            csvField(data.groups[g]),
                            QString::number(bar->n),
                            QString::number(bar->positives),
                            QString::number(bar->auc, 'g', 17),
                            QString::number(bar->low, 'g', 17),
                            QString::number(bar->high, 'g', 17),
                            bar->pAdjusted ? QString::number(*bar->pAdjusted, 'g', 17) : QString(),
                            bar->flagged ? QStringLiteral("1") : QStringLiteral("0"),
                            bar->mdd ? QString::number(*bar->mdd, 'g', 17) : QString(),
                            !bar->evidenceKnown ? QString()
                            : bar->insufficient ? QStringLiteral("insufficient")
                                                : QStringLiteral("sufficient"),
                            csvField(data.matchedOn.join(QLatin1Char(';'))),
                            shortest(bar->published),
                            bar->published ? shortest(bar->publishedLow) : QString(),
                            bar->published ? shortest(bar->publishedHigh) : QString()}
                    .join(QLatin1Char(','));
            csv += QLatin1Char('\n');
        }
    }
    return csv;
}

} // namespace cxrfair

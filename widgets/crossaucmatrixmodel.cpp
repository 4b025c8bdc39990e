#include "crossaucmatrixmodel.h"

#include "common/displaynames.h"
#include "data/csvwriter.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace cxrfair {

CrossAucMatrixModel::CrossAucMatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CrossAucMatrixModel::setMetrics(const std::vector<ModelConditionMetrics>& metrics,
                                     const QString& model, const QString& condition,
                                     const QString& attribute) {
    beginResetModel();
    m_groups.clear();
    m_cells.clear();
    for (const ModelConditionMetrics& m : metrics) {
        if (m.model != model || m.condition != condition)
            continue;
        // The groups in the order of the metrics, as the pairs list them.
        for (const CrossGroupAuc& x : m.crossAucs) {
            if (x.attribute != attribute)
                continue;
            for (const QString& g : {x.groupA, x.groupB})
                if (!m_groups.contains(g))
                    m_groups << g;
        }
        const size_t n = size_t(m_groups.size());
        m_cells.assign(n * n, Cell{});
        for (const GroupMetrics& g : m.groups) {
            const qsizetype i = g.attribute == attribute ? m_groups.indexOf(g.group) : -1;
            if (i >= 0 && g.auc)
                m_cells[size_t(i) * n + size_t(i)].value = g.auc->auc;
        }
        for (const CrossGroupAuc& x : m.crossAucs) {
            if (x.attribute != attribute)
                continue;
            const size_t a = size_t(m_groups.indexOf(x.groupA)),
                         b = size_t(m_groups.indexOf(x.groupB));
            Cell& ab = m_cells[a * n + b];
            Cell& ba = m_cells[b * n + a];
            ab.value = x.ab;
            ba.value = x.ba;
            ab.disparity = x.disparity;
            if (x.disparity)
                ba.disparity = -*x.disparity;
            ab.ci = x.disparityCi;
            ba.ci = x.disparityCi;
            if (x.disparityCi.valid()) {
                ba.ci.low = -x.disparityCi.high;
                ba.ci.high = -x.disparityCi.low;
            }
        }
        break;
    }
    endResetModel();
}

int CrossAucMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_groups.size());
}

int CrossAucMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_groups.size());
}

std::optional<double> CrossAucMatrixModel::value(int a, int b) const {
    if (a < 0 || b < 0 || a >= m_groups.size() || b >= m_groups.size())
        return std::nullopt;
    return m_cells[size_t(a) * size_t(m_groups.size()) + size_t(b)].value;
}

QVariant CrossAucMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int a = index.row(), b = index.column();
    const Cell& cell = m_cells[size_t(a) * size_t(m_groups.size()) + size_t(b)];
    const bool significant =
        a != b && cell.disparity && cell.ci.valid() && (cell.ci.low > 0.0 || cell.ci.high < 0.0);
    switch (role) {
    case Qt::DisplayRole:
        return cell.value ? QString::number(*cell.value, 'f', 3) : QStringLiteral("-");
    case Qt::UserRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        // Bold: a disparity beyond noise; italic: the diagonal, each group's own AUC.
        if (!significant && a != b)
            return {};
        QFont font;
        font.setBold(significant);
        font.setItalic(a == b);
        return font;
    }
    case Qt::BackgroundRole: {
        if (!cell.value)
            return {};
        // White at 0.5 (chance) or below, deep blue at 1.
        const double t = std::clamp((*cell.value - 0.5) / 0.5, 0.0, 1.0);
        return QColor::fromRgbF(float(1.0 - 0.75 * t), float(1.0 - 0.55 * t), float(1.0 - 0.2 * t));
    }
    case Qt::ForegroundRole:
        return cell.value && *cell.value > 0.85 ? QColor(Qt::white) : QColor(Qt::black);
    case Qt::ToolTipRole: {
        const QString ga = groupDisplayName(m_groups[a]), gb = groupDisplayName(m_groups[b]);
        if (!cell.value)
            return tr("%1 has no positive or %2 no negative").arg(ga, gb);
        if (a == b)
            return tr("%1's own AUC: %2").arg(ga).arg(*cell.value, 0, 'f', 3);
        QString text = tr("A positive of %1 scores above a negative of %2 with probability %3")
                           .arg(ga, gb)
                           .arg(*cell.value, 0, 'f', 3);
        if (cell.disparity && cell.ci.valid())
            text += QLatin1Char('\n') +
                    tr("Disparity against the reverse: %1 [%2, %3]%4")
                        .arg(*cell.disparity, 0, 'f', 3)
                        .arg(cell.ci.low, 0, 'f', 3)
                        .arg(cell.ci.high, 0, 'f', 3)
                        .arg(significant ? tr(": the interval leaves out 0") : QString());
        return text;
    }
    default:
        return {};
    }
}

QVariant CrossAucMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section < 0 || section >= m_groups.size())
        return {};
    if (role == Qt::DisplayRole)
        return orientation == Qt::Vertical ? tr("%1 +").arg(groupDisplayName(m_groups[section]))
                                           : tr("%1 -").arg(groupDisplayName(m_groups[section]));
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical
                   ? tr("Positives of %1").arg(groupDisplayName(m_groups[section]))
                   : tr("Negatives of %1").arg(groupDisplayName(m_groups[section]));
    return {};
}

QString CrossAucMatrixModel::csv() const {
    QString text = QStringLiteral("group_a,group_b,xauc,disparity,ci_low,ci_high\n");
    const qsizetype n = m_groups.size();
    for (qsizetype a = 0; a < n; ++a) {
        for (qsizetype b = 0; b < n; ++b) {
            const Cell& c = m_cells[size_t(a * n + b)];
            const bool interval = a != b && c.ci.valid();
            text += QStringList{csvField(m_groups[a]),
                                csvField(m_groups[b]),
                                c.value ? QString::number(*c.value, 'g', 17) : QString(),
                                c.disparity && a != b ? QString::number(*c.disparity, 'g', 17)
                                                      : QString(),
                                interval ? QString::number(c.ci.low, 'g', 17) : QString(),
                                interval ? QString::number(c.ci.high, 'g', 17) : QString()}
                        .join(QLatin1Char(',')) +
                    QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace cxrfair

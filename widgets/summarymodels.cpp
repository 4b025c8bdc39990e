#include "summarymodels.h"

#include <QFileInfo>
#include <QFont>

namespace cxrfair {

namespace {
QVariant alignRight(int role) {
    return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
}
} // namespace

HeaderedTableModel::HeaderedTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

int HeaderedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant HeaderedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

ConditionCountsModel::ConditionCountsModel(QObject* parent)
    : HeaderedTableModel(
          {tr("Condition"), tr("Positive"), tr("Negative"), tr("Unknown"), tr("Prevalence")},
          parent) {}

void ConditionCountsModel::setSummary(const CohortSummary& summary) {
    beginResetModel();
    m_rows = summary.conditions;
    endResetModel();
}

int ConditionCountsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConditionCountsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto& c = m_rows[index.row()];
    const qint64 known = c.positive + c.negative;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case 0:
            return c.name;
        case 1:
            return c.positive;
        case 2:
            return c.negative;
        case 3:
            return c.unknown;
        case 4:
            return known > 0 ? QVariant(QString::number(100.0 * double(c.positive) / double(known),
                                                        'f', 1) +
                                        QLatin1Char('%'))
                             : QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == 4)
        return tr("Positives among the images whose label is known");
    return index.column() > 0 ? alignRight(role) : QVariant();
}

AttributeCountsModel::AttributeCountsModel(QObject* parent)
    : HeaderedTableModel({tr("Attribute"), tr("Group"), tr("Images"), tr("Share")}, parent) {}

void AttributeCountsModel::setSummary(const CohortSummary& summary) {
    beginResetModel();
    m_rows.clear();
    m_images = summary.images;
    for (const auto& a : summary.attributes) {
        for (const auto& [group, count] : a.groups)
            m_rows.append({a.name, group, count, false});
        if (a.missing > 0)
            m_rows.append({a.name, tr("(missing)"), a.missing, true});
    }
    endResetModel();
}

int AttributeCountsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttributeCountsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case 0:
            return r.attribute;
        case 1:
            return r.group;
        case 2:
            return r.count;
        case 3:
            return m_images > 0 ? QVariant(QString::number(
                                               100.0 * double(r.count) / double(m_images), 'f', 1) +
                                           QLatin1Char('%'))
                                : QVariant();
        }
    }
    if (role == Qt::FontRole && r.missing) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return index.column() >= 2 ? alignRight(role) : QVariant();
}

ProblemsModel::ProblemsModel(QObject* parent)
    : HeaderedTableModel({tr("File"), tr("Row"), tr("Column"), tr("Problem")}, parent) {}

void ProblemsModel::setProblems(const QList<Problem>& problems) {
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem& p = m_problems[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case 0:
            return QFileInfo(p.file).fileName();
        case 1:
            return p.row >= 0 ? QVariant(p.row) : QVariant();
        case 2:
            return p.column;
        case 3:
            return p.message;
        }
    }
    if (role == Qt::ToolTipRole)
        return p.toString();
    return index.column() == 1 ? alignRight(role) : QVariant();
}

} // namespace cxrfair

#pragma once

#include "data/cohortsummary.h"

#include <QAbstractTableModel>

namespace cxrfair {

/// Conditions of a cohort summary: name, positive, negative, unknown, prevalence.
class ConditionCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setSummary(const CohortSummary& summary);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CohortSummary::ConditionCounts> m_rows;
};

/// Every group of every attribute: attribute, group, images, share of the cohort.
class AttributeCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setSummary(const CohortSummary& summary);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString attribute;
        QString group;
        qint64 count = 0;
        bool missing = false;
    };
    QList<Row> m_rows;
    qint64 m_images = 0;
};

/// The problems found while loading: file, row, column, message.
class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setProblems(const QList<Problem>& problems);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Problem> m_problems;
};

} // namespace cxrfair

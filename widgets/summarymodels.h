#pragma once

#include "data/cohortsummary.h"

#include <QAbstractTableModel>

namespace cxrfair {

/// A read-only table whose columns are fixed at construction: the column count and the
/// horizontal headers come from the list of column titles.
class HeaderedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    HeaderedTableModel(QStringList headers, QObject* parent);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
};

/// Conditions of a cohort summary: name, positive, negative, unknown, prevalence.
class ConditionCountsModel : public HeaderedTableModel {
    Q_OBJECT
public:
    explicit ConditionCountsModel(QObject* parent = nullptr);
    void setSummary(const CohortSummary& summary);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<CohortSummary::ConditionCounts> m_rows;
};

/// Every group of every attribute: attribute, group, images, share of the cohort.
class AttributeCountsModel : public HeaderedTableModel {
    Q_OBJECT
public:
    explicit AttributeCountsModel(QObject* parent = nullptr);
    void setSummary(const CohortSummary& summary);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

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
class ProblemsModel : public HeaderedTableModel {
    Q_OBJECT
public:
    explicit ProblemsModel(QObject* parent = nullptr);
    void setProblems(const QList<Problem>& problems);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<Problem> m_problems;
};

} // namespace cxrfair

#pragma once

#include "data/cohortsummary.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace cxrfair {

class AttributeCountsModel;
class ConditionCountsModel;
class ProblemsModel;

/// What a dataset holds: a header with the counts and what was left out, then tabs with the
/// labels per condition, the groups per attribute, and the problems found.
class CohortSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit CohortSummaryView(QWidget* parent = nullptr);
    void setSummary(const CohortSummary& summary);
    /// The start page: what cxrfair is for, with links to open the demo (`demo`), a dataset
    /// (`open`), a project (`project`) or the guided tour (`tour`); a click reports startChosen.
    void clear();
    /// Whether clear() shows the start page (the window) or a neutral line (a dialog that
    /// previews a dataset: the start page's links do not belong there).
    void setStartPageShown(bool shown) { m_startPage = shown; }

    QTableView* conditionsTable() const { return m_conditions; }
    QTableView* attributesTable() const { return m_attributes; }
    QTableView* problemsTable() const { return m_problems; }

Q_SIGNALS:
    void startChosen(const QString& action);

private:
    QLabel* m_header;
    QTabWidget* m_tabs;
    QTableView* m_conditions;
    QTableView* m_attributes;
    QTableView* m_problems;
    ConditionCountsModel* m_conditionsModel;
    AttributeCountsModel* m_attributesModel;
    ProblemsModel* m_problemsModel;
    bool m_startPage = true;
};

} // namespace cxrfair

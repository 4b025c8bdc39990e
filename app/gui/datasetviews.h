#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace cxrfair {

class CohortSettingsEditor;
class CohortSummaryView;
class ProjectPanel;
class PromptEditor;
class Session;

/// The views of the session's datasets: the project panel lists them with their model runs,
/// and the current one fills the cohort summary, the settings editor and the prompt editor's
/// conditions; the actions that need a dataset are enabled only while one is current. They
/// follow the session's signals.
class DatasetViews : public QObject {
    Q_OBJECT
public:
    DatasetViews(Session* session, ProjectPanel* panel, CohortSummaryView* summary,
                 CohortSettingsEditor* settings, PromptEditor* prompts, QObject* parent);

    /// Actions enabled while a dataset is current.
    void setDatasetActions(QList<QAction*> actions);

private:
    void listDatasets();
    void listRuns(int index);
    void showCurrent(int index);

    Session* m_session;
    ProjectPanel* m_panel;
    CohortSummaryView* m_summary;
    CohortSettingsEditor* m_settings;
    PromptEditor* m_prompts;
    QList<QAction*> m_actions;
};

} // namespace cxrfair

#include "datasetviews.h"

#include "cohortsettingseditor.h"
#include "cohortsummaryview.h"
#include "projectpanel.h"
#include "prompteditor.h"

#include "inference/prompts.h"
#include "session/session.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace cxrfair {

DatasetViews::DatasetViews(Session* session, ProjectPanel* panel, CohortSummaryView* summary,
                           CohortSettingsEditor* settings, PromptEditor* prompts, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_panel(panel)
    , m_summary(summary)
    , m_settings(settings)
    , m_prompts(prompts) {
    connect(session, &Session::datasetsChanged, this, &DatasetViews::listDatasets);
    connect(session, &Session::runsChanged, this, &DatasetViews::listRuns);
    connect(session, &Session::currentChanged, this, &DatasetViews::showCurrent);
    connect(session, &Session::settingsChanged, this, [this](int index) {
        if (index == m_session->current())
            showCurrent(index);
    });
    connect(panel, &ProjectPanel::currentChanged, session, &Session::setCurrent);
}

void DatasetViews::setDatasetActions(QList<QAction*> actions) {
    m_actions = std::move(actions);
    showCurrent(m_session->current());
}

void DatasetViews::listDatasets() {
    QSignalBlocker block(m_panel); // listing is no choice of the user's
    m_panel->clear();
    for (int i = 0; i < m_session->datasetCount(); ++i) {
        const Cohort& cohort = m_session->dataset(i).cohort;
        m_panel->addDataset(
            tr("%1 - %2 images").arg(formatDisplayName(cohort.format())).arg(cohort.size()),
            QDir::toNativeSeparators(cohort.source().root));
        listRuns(i);
    }
    block.unblock();
    showCurrent(m_session->current());
}

void DatasetViews::listRuns(int index) {
    if (index < 0 || index >= m_session->datasetCount())
        return;
    const SessionDataset& d = m_session->dataset(index);
    std::vector<ProjectRunItem> items;
    for (const ModelRun& run : d.runs) {
        ProjectRunItem item{run.key(), run.name, run.model.import.has_value(), run.status, {}};
        if (const auto& e = run.analysis.embeddings)
            item.embeddingRun = tr("Embedding run: %1 images x %2 (%3)")
                                    .arg(e->storedImages)
                                    .arg(e->dimension)
                                    .arg(QFileInfo(e->segmentPath).fileName());
        else if (!run.analysis.embeddingProblem.isEmpty())
            item.embeddingRun = tr("No embedding analysis: %1").arg(run.analysis.embeddingProblem);
        items.push_back(std::move(item));
    }
    const QSignalBlocker block(m_panel); // listing is no choice of the user's
    m_panel->setRuns(index, items);
    if (index == m_session->current())
        m_panel->setCurrent(index, d.shownRun >= 0 ? d.runs[size_t(d.shownRun)].key() : QString());
}

void DatasetViews::showCurrent(int index) {
    const bool valid = index >= 0 && index < m_session->datasetCount();
    for (QAction* action : m_actions)
        action->setEnabled(valid);
    m_settings->setEnabled(valid);
    if (!valid) {
        m_summary->clear();
        return;
    }
    const SessionDataset& d = m_session->dataset(index);
    {
        const QSignalBlocker block(m_panel);
        m_panel->setCurrent(index, d.shownRun >= 0 ? d.runs[size_t(d.shownRun)].key() : QString());
    }
    m_summary->setSummary(d.summary);
    m_settings->setSettings(d.cohort.settings());
    QStringList conditions;
    for (const QString& c : studyConditions())
        if (d.cohort.conditions().contains(c))
            conditions << c;
    m_prompts->setConditions(conditions.isEmpty() ? d.cohort.conditions() : conditions);
}

} // namespace cxrfair

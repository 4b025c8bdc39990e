#include "session/sessioncommands.h"

#include "session/session.h"

#include <QFileInfo>

namespace cxrfair {

AddDatasetCommand::AddDatasetCommand(Session* session, SessionDataset dataset)
    : QUndoCommand(Session::tr("Open Dataset %1").arg(QFileInfo(dataset.root()).fileName()))
    , m_session(session)
    , m_root(dataset.root())
    , m_dataset(std::move(dataset)) {}

void AddDatasetCommand::redo() {
    if (m_dataset) {
        m_session->insertDataset(m_session->datasetCount(), std::move(*m_dataset));
        m_dataset.reset();
    }
}

void AddDatasetCommand::undo() {
    if (m_session->datasetIndex(m_root) >= 0)
        m_dataset = m_session->takeDataset(m_root);
}

CloseDatasetCommand::CloseDatasetCommand(Session* session, QString root, int index)
    : QUndoCommand(Session::tr("Close Dataset %1").arg(QFileInfo(root).fileName()))
    , m_session(session)
    , m_root(std::move(root))
    , m_index(index) {}

void CloseDatasetCommand::redo() {
    if (m_session->datasetIndex(m_root) >= 0)
        m_dataset = m_session->takeDataset(m_root);
}

void CloseDatasetCommand::undo() {
    if (m_dataset) {
        m_session->insertDataset(m_index, std::move(*m_dataset));
        m_dataset.reset();
    }
}

SettingsCommand::SettingsCommand(Session* session, QString root, CohortSettings before,
                                 CohortSettings after, bool reload)
    : QUndoCommand(Session::tr("Change Cohort Settings of %1").arg(QFileInfo(root).fileName()))
    , m_session(session)
    , m_root(std::move(root))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reload(reload) {}

void SettingsCommand::redo() {
    m_session->applySettings(m_root, m_after, m_reload);
}

void SettingsCommand::undo() {
    m_session->applySettings(m_root, m_before, m_reload);
}

AddRunCommand::AddRunCommand(Session* session, QString root, StudyModel model)
    : QUndoCommand(Session::tr("Run %1 on %2")
                       .arg(QFileInfo(model.key()).completeBaseName(), QFileInfo(root).fileName()))
    , m_session(session)
    , m_root(std::move(root))
    , m_model(std::move(model)) {}

void AddRunCommand::redo() {
    m_session->addRun(m_root, m_model);
}

void AddRunCommand::undo() {
    m_session->removeRun(m_root, m_model.key());
}

ShortcutCommand::ShortcutCommand(Session* session, ShortcutSettings before, ShortcutSettings after)
    : QUndoCommand(
          Session::tr("Shortcut Analysis of %1 in %2").arg(after.confounder, after.condition))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

void ShortcutCommand::redo() {
    m_session->applyShortcut(m_after);
}

void ShortcutCommand::undo() {
    m_session->applyShortcut(m_before);
}

} // namespace cxrfair

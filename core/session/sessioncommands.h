#pragma once

#include "session/analysis.h"

#include <QUndoCommand>

namespace cxrfair {

class Session;

/// The session's edits as undo commands: one per kind of change, acting on the session.

/// A dataset opened: undo closes it.
class AddDatasetCommand : public QUndoCommand {
public:
    AddDatasetCommand(Session* session, SessionDataset dataset);
    void redo() override;
    void undo() override;

private:
    Session* m_session;
    QString m_root;
    std::optional<SessionDataset> m_dataset; ///< while it is closed
};

/// A dataset closed: undo opens it again with its runs and their analyses.
class CloseDatasetCommand : public QUndoCommand {
public:
    CloseDatasetCommand(Session* session, QString root, int index);
    void redo() override;
    void undo() override;

private:
    Session* m_session;
    QString m_root;
    int m_index;
    std::optional<SessionDataset> m_dataset;
};

/// A dataset's cohort settings changed: undo restores the previous ones.
class SettingsCommand : public QUndoCommand {
public:
    SettingsCommand(Session* session, QString root, CohortSettings before, CohortSettings after,
                    bool reload);
    void redo() override;
    void undo() override;

private:
    Session* m_session;
    QString m_root;
    CohortSettings m_before, m_after;
    bool m_reload;
};

/// A model (bundle or imported embeddings) added to a dataset: undo removes its run.
class AddRunCommand : public QUndoCommand {
public:
    AddRunCommand(Session* session, QString root, StudyModel model);
    void redo() override;
    void undo() override;

private:
    Session* m_session;
    QString m_root;
    StudyModel m_model;
};

/// The shortcut analysis's confounder or condition changed.
class ShortcutCommand : public QUndoCommand {
public:
    ShortcutCommand(Session* session, ShortcutSettings before, ShortcutSettings after);
    void redo() override;
    void undo() override;

private:
    Session* m_session;
    ShortcutSettings m_before, m_after;
};

} // namespace cxrfair

#pragma once

#include "inference/prompts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace cxrfair {

class PromptTableModel;

/// The prompt editor: the prompts of each condition in an editable table (undo and redo
/// through the window's stack), built-in presets, and JSON files to load and save. Every
/// change reports promptsChanged; the window rescores the stored embeddings without encoding a
/// single image.
class PromptEditor : public QWidget {
    Q_OBJECT
public:
    explicit PromptEditor(QWidget* parent = nullptr);

    void setUndoStack(QUndoStack* stack);
    void setConditions(const QStringList& conditions);
    /// Replaces the prompts without an undo entry (loading a project).
    void setPrompts(const PromptSet& prompts);
    const PromptSet& prompts() const;
    PromptTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Says what the last rescoring did (e.g. "Rescored in 0.2 s").
    void setStatus(const QString& text);

Q_SIGNALS:
    void promptsChanged(const PromptSet& prompts);

private:
    void loadFile();
    void saveFile();

    PromptTableModel* m_model;
    QComboBox* m_preset;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace cxrfair

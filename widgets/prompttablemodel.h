#pragma once

#include "inference/prompts.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace cxrfair {

/// The prompts of each condition, editable: row 0 holds the defaults (`{condition}` stands for
/// the condition's name), then one row per condition, whose empty cells fall back to the
/// defaults. Columns: condition, positive prompts, negative prompts; an ensemble is written
/// with its prompts separated by "; ". Edits go through the undo stack when one is set.
class PromptTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PromptTableModel(QObject* parent = nullptr);

    void setConditions(const QStringList& conditions);
    const QStringList& conditions() const { return m_conditions; }
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    /// Replaces the prompts (an undoable edit when a stack is set and `undoable`).
    void setPrompts(const PromptSet& prompts, bool undoable = false,
                    const QString& description = {});
    const PromptSet& prompts() const { return m_prompts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Applies `prompts` without recording an edit (what undo and redo call).
    void apply(const PromptSet& prompts);

Q_SIGNALS:
    void promptsChanged(const PromptSet& prompts);

private:
    QStringList m_conditions;
    PromptSet m_prompts;
    QUndoStack* m_undo = nullptr;
};

/// "a; b" -> {"a", "b"} (trimmed, empty parts dropped).
QStringList splitPrompts(const QString& text);

} // namespace cxrfair

#include "prompttablemodel.h"

#include <QBrush>
#include <QPalette>
#include <QUndoCommand>
#include <QUndoStack>

namespace cxrfair {

namespace {

const QString separator = QStringLiteral("; ");

/// An edit of the prompts: undo restores the previous set.
class PromptEdit : public QUndoCommand {
public:
    PromptEdit(PromptTableModel* model, PromptSet before, PromptSet after, const QString& text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void undo() override { m_model->apply(m_before); }
    void redo() override { m_model->apply(m_after); }

private:
    PromptTableModel* m_model;
    PromptSet m_before;
    PromptSet m_after;
};

/// The condition's own entry in `set` (const or not), or nullptr.
template <typename Set>
auto own(Set& set, const QString& condition) -> decltype(&set.conditions.front()) {
    for (auto& c : set.conditions)
        if (c.condition.compare(condition, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

} // namespace

QStringList splitPrompts(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(';')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

PromptTableModel::PromptTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PromptTableModel::setConditions(const QStringList& conditions) {
    beginResetModel();
    m_conditions = conditions;
    endResetModel();
}

void PromptTableModel::setPrompts(const PromptSet& prompts, bool undoable,
                                  const QString& description) {
    if (undoable && m_undo) {
        m_undo->push(new PromptEdit(this, m_prompts, prompts,
                                    description.isEmpty() ? tr("Change Prompts") : description));
        return;
    }
    apply(prompts);
}

void PromptTableModel::apply(const PromptSet& prompts) {
    beginResetModel();
    m_prompts = prompts;
    endResetModel();
    Q_EMIT promptsChanged(m_prompts);
}

int PromptTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_conditions.size()) + 1;
}

int PromptTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 3;
}

QVariant PromptTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Condition");
    case 1:
        return tr("Positive prompts");
    case 2:
        return tr("Negative prompts");
    default:
        return {};
    }
}

Qt::ItemFlags PromptTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PromptTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool defaults = index.row() == 0;
    const QString condition = defaults ? QString() : m_conditions[index.row() - 1];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return defaults ? tr("Every condition (default)") : condition;
        if (role == Qt::ToolTipRole && defaults)
            return tr("Used by every condition without prompts of its own; {condition} stands "
                      "for the condition's name.");
        return {};
    }
    const bool positive = index.column() == 1;
    const ConditionPrompts* mine = defaults ? nullptr : own(m_prompts, condition);
    const QStringList explicitPrompts =
        defaults ? (positive ? m_prompts.defaultPositive : m_prompts.defaultNegative)
        : mine   ? (positive ? mine->positive : mine->negative)
                 : QStringList();
    const QStringList effective = defaults
                                      ? explicitPrompts
                                      : (positive ? m_prompts.forCondition(condition).positive
                                                  : m_prompts.forCondition(condition).negative);
    const bool inherited = !defaults && explicitPrompts.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return effective.join(separator);
    case Qt::EditRole:
        return explicitPrompts.join(separator);
    case Qt::ForegroundRole:
        if (inherited)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        return inherited ? tr("From the defaults; type to give this condition its own prompts. "
                              "Separate an ensemble's prompts with ';'.")
                         : tr("Separate an ensemble's prompts with ';'; clear the cell to use "
                              "the defaults.");
    default:
        return {};
    }
}

bool PromptTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() == 0)
        return false;
    const QStringList prompts = splitPrompts(value.toString());
    const bool positive = index.column() == 1;
    PromptSet next = m_prompts;
    if (index.row() == 0) {
        if (prompts.isEmpty())
            return false; // the defaults cannot be empty
        (positive ? next.defaultPositive : next.defaultNegative) = prompts;
    } else {
        const QString condition = m_conditions[index.row() - 1];
        ConditionPrompts* mine = own(next, condition);
        if (!mine) {
            next.conditions.push_back({condition, {}, {}});
            mine = &next.conditions.back();
        }
        (positive ? mine->positive : mine->negative) = prompts;
        if (mine->positive.isEmpty() && mine->negative.isEmpty())
            std::erase_if(next.conditions, [&](const ConditionPrompts& c) {
                return c.condition.compare(condition, Qt::CaseInsensitive) == 0;
            });
    }
    if (next.toJson() == m_prompts.toJson())
        return false;
    next.name = tr("edited");
    setPrompts(next, true,
               tr("Edit %1 Prompts of %2")
                   .arg(positive ? tr("Positive") : tr("Negative"),
                        index.row() == 0 ? tr("Every Condition") : m_conditions[index.row() - 1]));
    return true;
}

} // namespace cxrfair

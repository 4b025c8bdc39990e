#include "prompteditor.h"
#include "common/settings.h"

#include "prompttablemodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cxrfair {

PromptEditor::PromptEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new PromptTableModel(this))
    , m_preset(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this)) {
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const QString& name : PromptSet::presetNames())
        m_preset->addItem(name, name);
    auto* bar = new QHBoxLayout;
    auto* presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_preset);
    auto* apply = new QToolButton(this);
    apply->setText(tr("Use Preset"));
    apply->setToolTip(tr("Replace every prompt with the preset's (undoable)"));
    auto* load = new QToolButton(this);
    load->setText(tr("Load..."));
    auto* save = new QToolButton(this);
    save->setText(tr("Save..."));
    bar->addWidget(presetLabel);
    bar->addWidget(m_preset, 1);
    bar->addWidget(apply);
    bar->addWidget(load);
    bar->addWidget(save);

    m_table->setModel(m_model);

    // Tab leaves the table for the next panel; the arrow keys move inside it.

    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() +
                                                     8); // more rows in sight
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_status->setWordWrap(true);
    m_status->setText(tr("Double-click a cell to edit; scores and charts follow at once, from "
                         "the stored embeddings."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_model, &PromptTableModel::promptsChanged, this, &PromptEditor::promptsChanged);
    connect(apply, &QToolButton::clicked, this, [this] {
        if (auto preset = PromptSet::preset(m_preset->currentData().toString()))
            m_model->setPrompts(*preset, true, tr("Use Prompt Preset %1").arg(preset->name));
    });
    connect(load, &QToolButton::clicked, this, &PromptEditor::loadFile);
    connect(save, &QToolButton::clicked, this, &PromptEditor::saveFile);
    m_model->apply(*PromptSet::preset(QStringLiteral("faimi2025")));
}

void PromptEditor::setUndoStack(QUndoStack* stack) {
    m_model->setUndoStack(stack);
}

void PromptEditor::setConditions(const QStringList& conditions) {
    m_model->setConditions(conditions);
}

void PromptEditor::setPrompts(const PromptSet& prompts) {
    const QSignalBlocker block(m_model);
    m_model->apply(prompts);
}

const PromptSet& PromptEditor::prompts() const {
    return m_model->prompts();
}

void PromptEditor::setStatus(const QString& text) {
    m_status->setText(text);
}

void PromptEditor::loadFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Prompts"), settings::lastPromptFolder.value(), tr("Prompt sets (*.json)"));
    if (path.isEmpty())
        return;
    settings::lastPromptFolder.set(QFileInfo(path).absolutePath());
    auto prompts = PromptSet::fromFile(path);
    if (!prompts) {
        QMessageBox::warning(this, tr("Load Prompts"), prompts.error().toString());
        return;
    }
    m_model->setPrompts(*prompts, true, tr("Load Prompts from %1").arg(QFileInfo(path).fileName()));
}

void PromptEditor::saveFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Prompts"),
        QDir(settings::lastPromptFolder.value()).filePath(QStringLiteral("prompts.json")),
        tr("Prompt sets (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(prompts().toJson()).toJson()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save Prompts"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace cxrfair

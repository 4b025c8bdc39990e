#include "racemappingeditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cxrfair {

RaceMappingEditor::RaceMappingEditor(QWidget* parent)
    : QWidget(parent)
    , m_rules(new QTableWidget(0, 2, this))
    , m_fallback(new QLineEdit(this)) {
    m_rules->setObjectName(QStringLiteral("raceRules"));
    m_fallback->setObjectName(QStringLiteral("raceFallback"));
    m_rules->setHorizontalHeaderLabels({tr("Value starts with"), tr("Group (empty: missing)")});
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->verticalHeader()->hide();
    m_rules->setToolTip(tr(
        "The first rule whose prefix matches the recorded value (ignoring case) gives the group"));
    m_fallback->setToolTip(tr("The group of values that no rule matches"));
    auto* add = new QPushButton(tr("Add rule"), this);
    auto* remove = new QPushButton(tr("Remove rule"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Other values:"), m_fallback);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rules);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, [this] {
        addRule(QString(), QString());
        m_rules->editItem(m_rules->item(m_rules->rowCount() - 1, 0));
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0) {
            m_rules->removeRow(m_rules->currentRow());
            Q_EMIT edited();
        }
    });
    connect(m_rules, &QTableWidget::itemChanged, this, &RaceMappingEditor::edited);
    connect(m_fallback, &QLineEdit::textEdited, this, &RaceMappingEditor::edited);
}

void RaceMappingEditor::addRule(const QString& prefix, const QString& group) {
    const QSignalBlocker block(m_rules);
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setItem(row, 0, new QTableWidgetItem(prefix));
    m_rules->setItem(row, 1, new QTableWidgetItem(group));
}

void RaceMappingEditor::setMapping(const RaceMapping& mapping) {
    const QSignalBlocker block(m_rules);
    m_rules->setRowCount(0);
    for (const RaceMapping::Rule& rule : mapping.rules())
        addRule(rule.prefix, rule.group);
    m_fallback->setText(mapping.fallback());
}

RaceMapping RaceMappingEditor::mapping() const {
    RaceMapping m;
    std::vector<RaceMapping::Rule> rules;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QString prefix =
            m_rules->item(row, 0) ? m_rules->item(row, 0)->text().trimmed() : QString();
        const QString group =
            m_rules->item(row, 1) ? m_rules->item(row, 1)->text().trimmed() : QString();
        if (!prefix.isEmpty())
            rules.push_back({prefix, group});
    }
    m.setRules(std::move(rules));
    m.setFallback(m_fallback->text().trimmed());
    return m;
}

} // namespace cxrfair

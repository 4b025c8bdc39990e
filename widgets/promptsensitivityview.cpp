#include "promptsensitivityview.h"

#include "charts/exportbutton.h"
#include "charts/promptsensitivitychart.h"
#include "common/displaynames.h"
#include "helpbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cxrfair {

namespace {
const QString kAll = QStringLiteral("all");
} // namespace

PromptSensitivityView::PromptSensitivityView(QWidget* parent)
    : QWidget(parent)
    , m_condition(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chart(new PromptSensitivityChart(this)) {
    m_condition->setObjectName(QStringLiteral("sweepCondition"));
    m_attribute->setObjectName(QStringLiteral("sweepAttribute"));
    m_summary->setObjectName(QStringLiteral("sweepSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* conditionLabel = new QLabel(tr("Con&dition:"), this);
    conditionLabel->setBuddy(m_condition);
    auto* attributeLabel = new QLabel(tr("&Groups:"), this);
    attributeLabel->setBuddy(m_attribute);
    auto* row = new QHBoxLayout;
    row->addWidget(conditionLabel);
    row->addWidget(m_condition, 1);
    row->addWidget(attributeLabel);
    row->addWidget(m_attribute, 1);
    row->addWidget(new ExportButton(
        QStringLiteral("prompt-sensitivity"), [this] { return m_chart->plot(); },
        [this] { return m_chart->csv(); }, this));
    row->addWidget(new HelpButton(
        tr("Prompt sensitivity"),
        tr("A zero-shot AUC depends on the words of the prompts. Each point is the AUC of one "
           "prompt set for the population or a group: the study's (\"Chest {condition}\" against "
           "\"Chest No findings\"), CheXzero's (\"{condition}\" against \"no {condition}\") and "
           "three phrasings of each condition against a matching normal phrase (synonyms-1: "
           "the term, synonyms-2: a plain description, synonyms-3: a radiological sign). The "
           "grey bar spans the lowest to the highest AUC. A set drawn as a cross is inverted: "
           "its AUC over all images is below 0.5, the mark of a negative prompt the model reads "
           "as the finding. A gap between groups that changes size, or whose worst group "
           "changes, with the words is not a finding. Every set is scored from the stored "
           "embeddings: no image is encoded again."),
        this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &PromptSensitivityView::showChoice);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &PromptSensitivityView::showChoice);
    showChoice();
}

void PromptSensitivityView::setSweep(std::shared_ptr<const PromptSweep> sweep) {
    const QString condition = m_condition->currentText();
    const QString attribute = m_attribute->currentData().toString();
    m_sweep = std::move(sweep);
    m_summaryRows = m_sweep ? summariseSweep(*m_sweep) : std::vector<SweepSummaryRow>();
    {
        const QSignalBlocker blockCondition(m_condition);
        const QSignalBlocker blockAttribute(m_attribute);
        m_condition->clear();
        m_attribute->clear();
        if (m_sweep) {
            m_condition->addItems(m_sweep->conditions);
            QStringList attributes;
            for (const SweepRow& r : m_sweep->rows)
                if (r.attribute != kAll && !attributes.contains(r.attribute))
                    attributes << r.attribute;
            for (const QString& a : attributes)
                m_attribute->addItem(attributeDisplayName(a), a);
            m_attribute->addItem(tr("All images only"), kAll);
        }
        if (const int i = m_condition->findText(condition); i >= 0)
            m_condition->setCurrentIndex(i);
        if (const int i = m_attribute->findData(attribute); i >= 0)
            m_attribute->setCurrentIndex(i);
    }
    showChoice();
}

QString PromptSensitivityView::summary() const {
    return m_summary->text();
}

void PromptSensitivityView::showChoice() {
    const QString condition = m_condition->currentText();
    const QString attribute = m_attribute->currentData().toString();
    m_chart->show(m_sweep, condition, attribute.isEmpty() ? kAll : attribute);
    if (!m_sweep || condition.isEmpty()) {
        m_summary->setText(tr("No prompt sweep: run a model on a dataset with labels."));
        return;
    }
    QStringList lines;
    bool gapSaid = false;
    for (const SweepSummaryRow& s : m_summaryRows) {
        if (s.condition != condition)
            continue;
        if (s.attribute == kAll && s.aucMin && s.aucMax) {
            lines << tr("On all images, the AUC goes from %1 to %2 across %3 prompt sets.")
                         .arg(*s.aucMin, 0, 'f', 3)
                         .arg(*s.aucMax, 0, 'f', 3)
                         .arg(s.sets);
            if (!s.inverted.isEmpty())
                lines << tr("Inverted (AUC below 0.5): %1.")
                             .arg(s.inverted.join(QStringLiteral(", ")));
        }
        if (s.attribute == attribute && attribute != kAll && s.gapMin && s.gapMax && !gapSaid) {
            gapSaid = true;
            QString line = tr("The gap between %1 groups goes from %2 to %3.")
                               .arg(attributeDisplayName(attribute))
                               .arg(*s.gapMin, 0, 'f', 3)
                               .arg(*s.gapMax, 0, 'f', 3);
            line += QLatin1Char(' ') +
                    (s.worstGroupChanges
                         ? tr("The worst group changes with the words (%1): not a finding.")
                               .arg(s.worstGroups.join(QStringLiteral(", ")))
                         : tr("The worst group is the same under every set."));
            lines << line;
        }
    }
    m_summary->setText(lines.join(QLatin1Char(' ')));
}

} // namespace cxrfair

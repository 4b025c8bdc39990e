#include "shortcutview.h"

#include "charts/exportbutton.h"
#include "charts/rocchart.h"
#include "charts/shortcutchart.h"
#include "helpbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace cxrfair {

ShortcutView::ShortcutView(QWidget* parent)
    : QWidget(parent)
    , m_confounder(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_chart(new ShortcutChart(this))
    , m_roc(new RocChart(this))
    , m_exportBars(new ExportButton(
          QStringLiteral("shortcut"), [this] { return m_chart->plot(); }, [this] { return csv(); },
          this))
    , m_exportRoc(new ExportButton(
          QStringLiteral("shortcut-roc"), [this] { return m_roc->plot(); },
          [this] { return m_roc->csv(); }, this)) {
    m_model->setObjectName(QStringLiteral("model"));
    m_confounder->setObjectName(QStringLiteral("confounder"));
    m_condition->setObjectName(QStringLiteral("condition"));
    m_confounder->setToolTip(
        tr("A 0/1 attribute recorded on the positives, such as a chest drain"));
    m_condition->setToolTip(tr("The condition whose positives are split by the confounder"));
    auto* choiceRow = new QHBoxLayout;
    auto* confounderLabel = new QLabel(tr("Con&founder:"), this);
    confounderLabel->setBuddy(m_confounder);
    auto* conditionLabel = new QLabel(tr("in the positives of co&ndition:"), this);
    conditionLabel->setBuddy(m_condition);
    choiceRow->addWidget(confounderLabel);
    choiceRow->addWidget(m_confounder, 1);
    choiceRow->addWidget(conditionLabel);
    choiceRow->addWidget(m_condition, 1);
    choiceRow->addStretch(1);
    m_exportBars->setText(tr("Export Bars"));
    m_exportRoc->setText(tr("Export ROC"));
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("ROC curves of &model:"), this);
    label->setBuddy(m_model);
    bar->addWidget(m_exportBars);
    bar->addStretch(1);
    bar->addWidget(label);
    bar->addWidget(m_model, 1);
    bar->addWidget(m_exportRoc);
    bar->addWidget(new HelpButton(
        tr("Shortcut learning"),
        tr("Chest drains are inserted to treat a pneumothorax, so an image with a drain almost "
           "always has one. A model can learn to spot the drain instead of the disease. The "
           "bars compare the AUC on all images with the AUC when the positives have no drain "
           "(the cases that matter most: untreated) and when they have one, each against all "
           "negatives. A model that leans on drains does much better with them than without. "
           "The whiskers are 95% bootstrap intervals; few positives in a stratum give wide "
           "intervals."),
        this));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_roc);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choiceRow);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ShortcutView::showCurves);
    for (QComboBox* box : {m_confounder, m_condition})
        connect(box, &QComboBox::activated, this, [this] { Q_EMIT shortcutChosen(choice()); });
}

void ShortcutView::setChoices(const QStringList& confounders, const QStringList& conditions,
                              const ShortcutSettings& current) {
    const QSignalBlocker blockConfounder(m_confounder);
    const QSignalBlocker blockCondition(m_condition);
    m_confounder->clear();
    m_confounder->addItems(confounders);
    if (!current.confounder.isEmpty() && !confounders.contains(current.confounder))
        m_confounder->addItem(current.confounder);
    m_confounder->setCurrentText(current.confounder);
    m_condition->clear();
    m_condition->addItems(conditions);
    if (!current.condition.isEmpty() && !conditions.contains(current.condition))
        m_condition->addItem(current.condition);
    m_condition->setCurrentText(current.condition);
}

ShortcutSettings ShortcutView::choice() const {
    return {m_confounder->currentText(), m_condition->currentText()};
}

void ShortcutView::setRows(std::vector<ShortcutRow> rows) {
    m_chart->setRows(std::move(rows));
    const QSignalBlocker block(m_model);
    const QString current = m_model->currentText();
    m_model->clear();
    for (const ShortcutRow& row : m_chart->rows())
        m_model->addItem(row.model);
    if (const int i = m_model->findText(current); i >= 0)
        m_model->setCurrentIndex(i);
    showCurves();
}

void ShortcutView::showCurves() {
    const int m = m_model->currentIndex();
    const auto& rows = m_chart->rows();
    if (m < 0 || m >= int(rows.size())) {
        m_roc->setSeries({});
        return;
    }
    const ShortcutRow& row = rows[size_t(m)];
    const ShortcutMetrics& metrics = row.metrics;
    auto name = [](const QString& stratum, std::optional<double> auc, qint64 positives) {
        return tr("%1 (AUC %2, %3 pos.)")
            .arg(stratum, auc ? QString::number(*auc, 'f', 3) : QStringLiteral("-"))
            .arg(positives);
    };
    // The colours of the bars: all images, without, with.
    std::vector<RocSeries> series{
        {name(tr("All images"), metrics.aucAll,
              metrics.confoundedPositives + metrics.unconfoundedPositives +
                  metrics.unknownPositives),
         row.curves.all.fpr,
         row.curves.all.tpr,
         std::nullopt,
         4,
         {}},
        {name(tr("No %1").arg(row.confounder), metrics.aucUnconfounded,
              metrics.unconfoundedPositives),
         row.curves.unconfounded.fpr,
         row.curves.unconfounded.tpr,
         std::nullopt,
         0,
         {}},
        {name(tr("With %1").arg(row.confounder), metrics.aucConfounded,
              metrics.confoundedPositives),
         row.curves.confounded.fpr,
         row.curves.confounded.tpr,
         std::nullopt,
         5,
         {}}};
    m_roc->setSeries(std::move(series), tr("%1, %2").arg(row.model, row.condition));
}

QString ShortcutView::csv() const {
    QString out = QStringLiteral("model,stratum,positives,negatives,auc,ci_low,ci_high\n");
    auto number = [](std::optional<double> v) {
        return v && !std::isnan(*v) ? QString::number(*v, 'g', 17) : QString();
    };
    for (const ShortcutRow& row : m_chart->rows()) {
        const ShortcutMetrics& m = row.metrics;
        const struct {
            const char* stratum;
            qint64 positives;
            std::optional<double> auc;
            PercentileInterval ci;
        } strata[] = {
            {"all", m.confoundedPositives + m.unconfoundedPositives + m.unknownPositives, m.aucAll,
             m.allCi},
            {"without", m.unconfoundedPositives, m.aucUnconfounded, m.unconfoundedCi},
            {"with", m.confoundedPositives, m.aucConfounded, m.confoundedCi},
        };
        for (const auto& s : strata)
            out += QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7\n")
                       .arg(row.model, QString::fromLatin1(s.stratum))
                       .arg(s.positives)
                       .arg(m.negatives)
                       .arg(number(s.auc),
                            number(s.ci.valid() ? std::optional(s.ci.low) : std::nullopt),
                            number(s.ci.valid() ? std::optional(s.ci.high) : std::nullopt));
    }
    return out;
}

} // namespace cxrfair

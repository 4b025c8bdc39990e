#include "rocview.h"

#include "charts/chartstyle.h"
#include "common/displaynames.h"

#include "charts/exportbutton.h"
#include "charts/rocchart.h"
#include "helpbutton.h"
#include "thresholdtablemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace cxrfair {

namespace {

using Kind = ThresholdRule::Kind;

RocViewResult compute(std::shared_ptr<const ScoreTable> table, int model, int condition,
                      QString attribute, ThresholdRule rule) {
    RocViewResult result;
    ScoreGrouping grouping;
    grouping.attributes = {attribute};
    auto data = conditionData(*table, condition, grouping, nullptr);
    if (!data) {
        result.problem = data.error().message;
        return result;
    }
    result.curves = groupRocCurves(*data, model, 0);
    auto report = thresholdReport(*data, model, 0, rule);
    if (report)
        result.report = std::move(*report);
    else
        result.problem = report.error().message;
    return result;
}

QString formatRate(std::optional<double> v) {
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("-");
}

} // namespace

RocView::RocView(QWidget* parent)
    : QWidget(parent)
    , m_model(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_ruleKind(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_export(new ExportButton(
          QStringLiteral("roc"), [this] { return m_chart->plot(); },
          [this] { return m_chart->csv(); }, this))
    , m_chart(new RocChart(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_rates(new ThresholdTableModel(this)) {
    m_model->setObjectName(QStringLiteral("model"));
    m_condition->setObjectName(QStringLiteral("condition"));
    m_attribute->setObjectName(QStringLiteral("attribute"));
    m_ruleKind->setObjectName(QStringLiteral("rule"));
    m_value->setObjectName(QStringLiteral("value"));
    auto* choose = new QHBoxLayout;
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    choose->addWidget(label(tr("&Model:"), m_model));
    choose->addWidget(m_model, 1);
    choose->addWidget(label(tr("&Condition:"), m_condition));
    choose->addWidget(m_condition, 1);
    choose->addWidget(label(tr("&Groups:"), m_attribute));
    choose->addWidget(m_attribute, 1);
    choose->addWidget(m_export);
    choose->addWidget(new HelpButton(
        tr("ROC curves and thresholds"),
        tr("A ROC curve shows every trade-off a threshold can make: how many images with the "
           "condition are caught (true positive rate, TPR) against how many without it are "
           "flagged (false positive rate, FPR). A curve further up and left is better; the "
           "dotted diagonal is guessing. The dots mark each group at the chosen threshold. "
           "Underdiagnosis is the share of images with the finding that the threshold calls "
           "negative (for No Finding: images with a finding called \"no finding\"); a group "
           "with a higher value is missed more often. Thresholds chosen by a rule are chosen on "
           "20% of the patients and judged on the others, never on the same labels. Groups "
           "with few images give unstable rates."),
        this));

    m_ruleKind->addItem(tr("Fixed threshold"), int(Kind::Fixed));
    m_ruleKind->addItem(tr("Youden's J on validation"), int(Kind::Youden));
    m_ruleKind->addItem(tr("Maximum F1 on validation"), int(Kind::MaxF1));
    m_ruleKind->addItem(tr("Specificity on validation"), int(Kind::Specificity));
    m_ruleKind->addItem(tr("Sensitivity on validation"), int(Kind::Sensitivity));
    m_ruleKind->setToolTip(
        tr("A fixed threshold applies to every image. The other rules choose the threshold on "
           "20% of the patients (the validation part) and report the rates on the others, "
           "never on the labels they chose with."));
    m_value->setDecimals(3);
    m_value->setSingleStep(0.01);
    m_value->setRange(0.0, 1.0);
    m_value->setValue(0.5);
    m_value->setKeyboardTracking(false);
    auto* threshold = new QHBoxLayout;
    threshold->addWidget(label(tr("&Threshold:"), m_ruleKind));
    threshold->addWidget(m_ruleKind, 1);
    threshold->addWidget(m_value);
    threshold->addStretch(1);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_rates);
    proxy->setSortRole(Qt::UserRole);
    m_table->setModel(proxy);
    // Tab leaves the table for the next panel; the arrow keys move inside it.
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    proxy->sort(-1);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() +
                                                     8); // more rows in sight
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(threshold);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 360}); // the curves get the larger share from the start
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(splitter, 1);

    for (QComboBox* box : {m_model, m_condition, m_attribute})
        connect(box, &QComboBox::currentIndexChanged, this, &RocView::recompute);
    connect(m_ruleKind, &QComboBox::currentIndexChanged, this, &RocView::ruleChanged);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &RocView::recompute);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RocView::showResult);
}

RocView::~RocView() {
    m_watcher.waitForFinished();
}

void RocView::setTable(std::shared_ptr<const ScoreTable> table) {
    m_table_ = std::move(table);
    fillChoices();
    recompute();
}

void RocView::fillChoices() {
    const QSignalBlocker b1(m_model), b2(m_condition), b3(m_attribute);
    // Fills a box and chooses `preferred` (true when it was there), else what was shown.
    // Items carry their name as data; attributes show their translated label.
    auto refill = [this](QComboBox* box, const QStringList& items, const QString& preferred) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const QString& item : items)
            box->addItem(box == m_attribute ? attributeDisplayName(item) : item, item);
        for (const QString& wanted : {preferred, current})
            if (const int i = box->findData(wanted); i >= 0 && !wanted.isEmpty()) {
                box->setCurrentIndex(i);
                return wanted == preferred;
            }
        return false;
    };
    if (!m_table_)
        return;
    refill(m_model, m_table_->models, {});
    // A project's choices apply once; after that the user's stay.
    if (refill(m_condition, m_table_->conditions, m_preferredCondition))
        m_preferredCondition.clear();
    // Groups by the attributes of every image, not by a confounder recorded on positives only.
    QStringList attributes = m_table_->attributes;
    for (const QString& hidden : m_hiddenAttributes)
        attributes.removeAll(hidden);
    if (m_attribute->currentData().toString().isEmpty() && m_preferredAttribute.isEmpty())
        m_preferredAttribute = QStringLiteral("age");
    if (refill(m_attribute, attributes, m_preferredAttribute))
        m_preferredAttribute.clear();
}

QString RocView::condition() const {
    return m_condition->currentText();
}

QString RocView::attribute() const {
    return m_attribute->currentData().toString();
}

void RocView::select(const QString& model, const QString& condition, const QString& attribute) {
    const QSignalBlocker b1(m_model), b2(m_condition), b3(m_attribute);
    for (auto [box, text] : {std::pair{m_model, model}, std::pair{m_condition, condition},
                             std::pair{m_attribute, attribute}})
        if (const int i = box->findData(text); i >= 0 && !text.isEmpty())
            box->setCurrentIndex(i);
    recompute();
}

ThresholdRule RocView::rule() const {
    ThresholdRule r;
    r.kind = Kind(m_ruleKind->currentData().toInt());
    r.target = m_value->value();
    return r;
}

void RocView::setRule(const ThresholdRule& rule) {
    const QSignalBlocker b1(m_ruleKind), b2(m_value);
    m_ruleKind->setCurrentIndex(m_ruleKind->findData(int(rule.kind)));
    ruleChanged();
    m_value->setValue(rule.target);
    recompute();
}

void RocView::ruleChanged() {
    const Kind kind = Kind(m_ruleKind->currentData().toInt());
    const bool hasTarget =
        kind == Kind::Fixed || kind == Kind::Specificity || kind == Kind::Sensitivity;
    m_value->setEnabled(hasTarget);
    const QSignalBlocker block(m_value);
    if (kind == Kind::Fixed) {
        m_value->setRange(-1e6, 1e6);
        m_value->setToolTip(tr("Images scoring at least this value are called positive"));
    } else {
        m_value->setRange(0.5, 0.999);
        if (m_value->value() < 0.5 || m_value->value() > 0.999)
            m_value->setValue(0.9);
        m_value->setToolTip(tr("The target rate the threshold must reach on validation"));
    }
    recompute();
}

void RocView::recompute() {
    if (!m_table_ || m_model->currentIndex() < 0 || m_condition->currentIndex() < 0 ||
        m_attribute->currentIndex() < 0)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true; // the newest choice runs when this one ends
        return;
    }
    m_pending = false;
    m_computing = true;
    m_watcher.setFuture(QtConcurrent::run(compute, m_table_, m_model->currentIndex(),
                                          m_condition->currentIndex(), attribute(), rule()));
}

void RocView::showResult() {
    m_computing = false;
    if (m_pending) {
        recompute();
        return;
    }
    m_result = m_watcher.result();
    const ThresholdReport* report = m_result.report ? &*m_result.report : nullptr;
    std::vector<RocSeries> series;
    int color = 0;
    for (const GroupRocCurve& c : m_result.curves) {
        const bool all = c.group == QStringLiteral("all");
        RocSeries s;
        s.name = tr("%1 (AUC %2, %3+/%4-)")
                     .arg(all ? tr("All images") : groupDisplayName(c.group),
                          c.auc ? QString::number(*c.auc, 'f', 3) : QStringLiteral("-"))
                     .arg(c.positives)
                     .arg(c.negatives);
        s.fpr = c.curve.fpr;
        s.tpr = c.curve.tpr;
        s.colorIndex = all ? -1 : color++;
        // The group's colour in every view: its place among all the attribute's groups.
        const QStringList order = m_colourOrders.value(attribute());
        if (!all && order.contains(c.group))
            s.color = groupColor(order, int(order.indexOf(c.group)));
        if (report)
            for (const GroupRates& g : report->groups)
                if (g.group == c.group && !std::isnan(g.rates.tpr) && !std::isnan(g.rates.fpr))
                    s.operatingPoint = QPointF(g.rates.fpr, g.rates.tpr);
        if (c.positives > 0 && c.negatives > 0)
            series.push_back(std::move(s));
    }
    m_chart->setSeries(std::move(series),
                       tr("%1, %2").arg(m_model->currentText(), m_condition->currentText()));
    if (report) {
        m_rates->setReport(*report);
        const QString where =
            report->rule.kind == Kind::Fixed
                ? tr("Threshold %1 on all %2 images.")
                      .arg(QString::number(report->threshold, 'g', 4))
                      .arg(report->evaluatedImages)
                : tr("Threshold %1, chosen by %2 on %3 validation images (20% of the patients); "
                     "rates on the other %4 images.")
                      .arg(QString::number(report->threshold, 'g', 4), report->rule.toString())
                      .arg(report->validationImages)
                      .arg(report->evaluatedImages);
        m_summary->setText(where + QLatin1Char(' ') +
                           tr("TPR gap (equal opportunity) %1; equalized odds %2.")
                               .arg(formatRate(report->tprGap), formatRate(report->equalizedOdds)));
    } else {
        m_rates->setReport({});
        m_summary->setText(tr("No threshold: %1").arg(m_result.problem));
    }
    m_table->resizeColumnsToContents();
    Q_EMIT updated();
}

} // namespace cxrfair

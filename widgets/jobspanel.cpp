#include "jobspanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace cxrfair {

namespace {
constexpr int keptRows = 50;
}

JobsPanel::JobsPanel(QWidget* parent)
    : QWidget(parent)
    , m_waitingList(new QWidget(this))
    , m_list(new QVBoxLayout)
    , m_queued(new QLabel(this))
    , m_cancelAll(new QToolButton(this)) {
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    new QVBoxLayout(m_waitingList);
    m_waitingList->layout()->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_waitingList);
    contentLayout->addLayout(m_list);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cancelAll->setText(tr("Cancel All"));
    m_cancelAll->setToolTip(tr("Stop the running job and drop the queued ones"));
    m_cancelAll->setEnabled(false);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_queued, 1);
    bar->addWidget(m_cancelAll);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    updateSummary();
    connect(m_cancelAll, &QToolButton::clicked, this, &JobsPanel::cancelAllRequested);
}

void JobsPanel::start(const QString& title) {
    if (!m_rows.empty() && m_rows.front().running)
        finish(tr("replaced"));
    Row row;
    row.widget = new QWidget(this);
    auto* grid = new QGridLayout(row.widget);
    grid->setContentsMargins(0, 2, 0, 2);
    row.title = new QLabel(QStringLiteral("%1  %2").arg(
                               QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), title),
                           row.widget);
    row.title->setWordWrap(true);
    row.detail = new QLabel(row.widget);
    row.detail->setWordWrap(true);
    row.bar = new QProgressBar(row.widget);
    row.bar->setRange(0, 1000);
    row.cancel = new QToolButton(row.widget);
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolTip(tr("Stop this job (Esc)"));
    row.running = true;
    grid->addWidget(row.title, 0, 0, 1, 2);
    grid->addWidget(row.bar, 1, 0);
    grid->addWidget(row.cancel, 1, 1);
    grid->addWidget(row.detail, 2, 0, 1, 2);
    connect(row.cancel, &QToolButton::clicked, this, &JobsPanel::cancelRequested);
    m_list->insertWidget(0, row.widget);
    m_rows.insert(m_rows.begin(), row);
    while (int(m_rows.size()) > keptRows) {
        delete m_rows.back().widget;
        m_rows.pop_back();
    }
    m_cancelAll->setEnabled(true);
    updateSummary();
}

void JobsPanel::progress(int value, const QString& text) {
    if (m_rows.empty() || !m_rows.front().running)
        return;
    if (value >= 0)
        m_rows.front().bar->setValue(value);
    if (!text.isEmpty())
        m_rows.front().detail->setText(text);
}

void JobsPanel::finish(const QString& message) {
    if (m_rows.empty() || !m_rows.front().running)
        return;
    Row& row = m_rows.front();
    row.running = false;
    row.bar->hide();
    row.cancel->hide();
    row.detail->setText(message);
    updateSummary();
}

void JobsPanel::setWaiting(const std::vector<WaitingJob>& jobs) {
    m_waiting = jobs;
    QLayout* layout = m_waitingList->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const WaitingJob& job : jobs) {
        auto* row = new QWidget(m_waitingList);
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(tr("Waiting: %1").arg(job.title), row);
        title->setWordWrap(true);
        auto* cancel = new QToolButton(row);
        cancel->setText(tr("Cancel"));
        cancel->setToolTip(tr("Drop this job; the others stay queued"));
        connect(cancel, &QToolButton::clicked, this,
                [this, id = job.id] { Q_EMIT cancelWaitingRequested(id); });
        line->addWidget(title, 1);
        line->addWidget(cancel);
        layout->addWidget(row);
    }
    updateSummary();
}

QString JobsPanel::summary() const {
    return m_queued->text();
}

void JobsPanel::updateSummary() {
    const int waiting = int(m_waiting.size());
    if (isRunning())
        m_queued->setText(waiting > 0 ? tr("1 job running, %n waiting", nullptr, waiting)
                                      : tr("1 job running, none waiting"));
    else
        m_queued->setText(waiting > 0 ? tr("%n job(s) waiting", nullptr, waiting)
                                      : tr("No job running or waiting"));
    m_cancelAll->setEnabled(waiting > 0 || isRunning());
}

QString JobsPanel::rowTitle(int row) const {
    return m_rows[size_t(row)].title->text();
}

QString JobsPanel::rowDetail(int row) const {
    return m_rows[size_t(row)].detail->text();
}

bool JobsPanel::isRowRunning(int row) const {
    return m_rows[size_t(row)].running;
}

} // namespace cxrfair

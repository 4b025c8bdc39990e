#pragma once

#include "session/jobqueue.h"

#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace cxrfair {

/// The run panel: the running job with its progress bar, its latest progress text (images/s
/// and time left for inference) and a cancel button; the jobs waiting behind it, each with
/// its own cancel; and the jobs that ended, newest first, with how they ended.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(QWidget* parent = nullptr);

    /// A job starts: a new row at the top.
    void start(const QString& title);
    /// Progress of the running job: `value` from 0 to 1000 and what it is doing.
    void progress(int value, const QString& text);
    /// The running job ended with `message`.
    void finish(const QString& message);
    /// The jobs waiting, in order.
    void setWaiting(const std::vector<WaitingJob>& jobs);
    /// The line above the list: what runs and how many wait.
    QString summary() const;
    int waitingCount() const { return int(m_waiting.size()); }

    int rowCount() const { return int(m_rows.size()); }
    QString rowTitle(int row) const;
    QString rowDetail(int row) const;
    bool isRowRunning(int row) const;

Q_SIGNALS:
    void cancelRequested();
    void cancelAllRequested();
    /// The waiting job `id` is to be dropped.
    void cancelWaitingRequested(quint64 id);

private:
    struct Row {
        QWidget* widget;
        QLabel* title;
        QLabel* detail;
        QProgressBar* bar;
        QToolButton* cancel;
        bool running;
    };
    void updateSummary();
    bool isRunning() const { return !m_rows.empty() && m_rows.front().running; }

    std::vector<Row> m_rows; ///< newest first
    std::vector<WaitingJob> m_waiting;
    QWidget* m_waitingList;
    QVBoxLayout* m_list;
    QLabel* m_queued;
    QToolButton* m_cancelAll;
};

} // namespace cxrfair

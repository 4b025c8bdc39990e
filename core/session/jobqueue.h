#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <vector>

namespace cxrfair {

/// What a job hands back to the thread that queued it: applied there, it returns the line
/// that says how the job ended (empty: "Done").
using JobApply = std::function<QString()>;

/// What a job's work receives on its worker thread: the progress and cancel contract, and a
/// way to hand back a first result before the last (an AUC before its bootstrap interval).
struct JobContext {
    Progress progress;
    std::function<void(JobApply)> publish;
};

/// A background job. `work` runs on a worker thread and must not touch the queue's thread's
/// objects; what it returns is applied on the queue's thread.
struct Job {
    QString title;
    std::function<Result<JobApply>(const JobContext&)> work;
    /// Jobs with the same key replace each other: queueing one drops a queued one and cancels
    /// a running one (the newest prompts win). Empty: none.
    QString latestWinsKey;
    /// Called on the queue's thread when the job fails or is cancelled (ErrorCode::Cancelled).
    std::function<void(const Error&)> onFailed;
};

/// How a job ended.
enum class JobOutcome { Done, Failed, Cancelled };

/// A job waiting in the queue, as the Jobs panel lists it.
struct WaitingJob {
    quint64 id = 0;
    QString title;
};

/// Runs background jobs one at a time, in order, with one policy for all of them: progress
/// (a fraction and a line), cancel (the running job, of any kind; or it and every queued
/// one), failure (reported with its error; the rest of the queue goes on) and "latest wins".
/// The Jobs panel and the status bar observe its signals.
class JobQueue : public QObject {
    Q_OBJECT
public:
    explicit JobQueue(QObject* parent = nullptr);
    /// Cancels everything and waits for the running job.
    ~JobQueue() override;

    /// Queues `job` and returns its id.
    quint64 enqueue(Job job);
    /// Stops the running job; the queue goes on.
    void cancelCurrent();
    /// Drops the waiting job `id` (its onFailed hears Cancelled); the others stay queued.
    void cancelWaiting(quint64 id);
    /// Stops the running job and empties the queue (every dropped job hears Cancelled).
    void cancelAll();
    /// The jobs waiting, in the order they will run.
    std::vector<WaitingJob> waiting() const;
    /// Waits for the running job to end (for shutdown and tests; never on the GUI thread
    /// otherwise).
    void waitForCurrent();

    bool isBusy() const { return m_running || !m_queue.empty(); }
    int queuedCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    void started(const QString& title);
    /// `fraction` from 0 to 1; `text` may be empty (keep the last line).
    void progressed(double fraction, const QString& text);
    void finished(JobOutcome outcome, const QString& message);
    /// A job failed with `error` (not sent for a cancelled job).
    void failed(const QString& title, const Error& error);
    void queuedChanged(int queued);
    /// Nothing runs and nothing waits.
    void idle();

private:
    void runNext();
    void resultReady(int index);
    void jobFinished();

    struct Queued {
        quint64 id;
        Job job;
    };
    std::deque<Queued> m_queue;
    quint64 m_nextId = 1;
    Job m_current;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_lastMessage; ///< what the running job's last applied result said
    QFutureWatcher<Result<JobApply>> m_watcher;
};

} // namespace cxrfair

#include "session/jobqueue.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::JobQueue)
};
} // namespace

JobQueue::JobQueue(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progressed(value / 1000.0, {}); });
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString& text) {
                Q_EMIT progressed(m_watcher.progressValue() / 1000.0, text);
            });
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &JobQueue::resultReady);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &JobQueue::jobFinished);
}

JobQueue::~JobQueue() {
    m_queue.clear();
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

quint64 JobQueue::enqueue(Job job) {
    if (!job.latestWinsKey.isEmpty()) {
        std::erase_if(m_queue, [&](const Queued& queued) {
            return queued.job.latestWinsKey == job.latestWinsKey;
        });
        if (m_running && m_current.latestWinsKey == job.latestWinsKey)
            cancelCurrent();
    }
    const quint64 id = m_nextId++;
    m_queue.push_back({id, std::move(job)});
    Q_EMIT queuedChanged(queuedCount());
    if (!m_running)
        runNext();
    return id;
}

void JobQueue::cancelCurrent() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_watcher.cancel();
}

void JobQueue::cancelWaiting(quint64 id) {
    const auto it =
        std::find_if(m_queue.begin(), m_queue.end(), [id](const Queued& q) { return q.id == id; });
    if (it == m_queue.end())
        return;
    const Job job = std::move(it->job);
    m_queue.erase(it);
    Q_EMIT queuedChanged(queuedCount());
    if (job.onFailed)
        job.onFailed(Progress::cancelledError());
}

void JobQueue::cancelAll() {
    std::deque<Queued> dropped;
    dropped.swap(m_queue);
    Q_EMIT queuedChanged(0);
    // Whoever waits on a dropped job (a "queued" line in the Project panel) hears of it.
    for (const Queued& q : dropped)
        if (q.job.onFailed)
            q.job.onFailed(Progress::cancelledError());
    cancelCurrent();
}

std::vector<WaitingJob> JobQueue::waiting() const {
    std::vector<WaitingJob> jobs;
    for (const Queued& q : m_queue)
        jobs.push_back({q.id, q.job.title});
    return jobs;
}

void JobQueue::waitForCurrent() {
    m_watcher.waitForFinished();
}

void JobQueue::runNext() {
    if (m_running)
        return;
    if (m_queue.empty()) {
        Q_EMIT idle();
        return;
    }
    m_current = std::move(m_queue.front().job);
    m_queue.pop_front();
    m_running = true;
    m_cancelled = false;
    Q_EMIT queuedChanged(queuedCount());
    Q_EMIT started(m_current.title);
    m_watcher.setFuture(
        QtConcurrent::run([work = m_current.work](QPromise<Result<JobApply>>& promise) {
            promise.setProgressRange(0, 1000);
            JobContext context;
            context.progress = Progress(
                [&promise](double fraction, const QString& text) {
                    if (text.isEmpty())
                        promise.setProgressValue(int(1000.0 * fraction));
                    else
                        promise.setProgressValueAndText(int(1000.0 * fraction), text);
                },
                [&promise] { return promise.isCanceled(); });
            context.publish = [&promise](JobApply apply) {
                promise.addResult(Result<JobApply>(std::move(apply)));
            };
            promise.addResult(work(context));
        }));
}

void JobQueue::resultReady(int index) {
    // Each result that arrives is applied in order; a cancelled job's are dropped.
    if (m_cancelled || m_watcher.isCanceled())
        return;
    const Result<JobApply> result = m_watcher.resultAt(index);
    if (result && *result)
        m_lastMessage = (*result)();
}

void JobQueue::jobFinished() {
    const int count = m_watcher.future().resultCount();
    const bool cancelled = m_cancelled || m_watcher.isCanceled() || count == 0;
    std::optional<Error> error;
    if (cancelled)
        error = Progress::cancelledError();
    else if (const Result<JobApply> last = m_watcher.resultAt(count - 1); !last)
        error = last.error();
    const Job job = std::move(m_current);
    m_current = {};
    m_running = false;
    m_cancelled = false;
    const QString message = std::exchange(m_lastMessage, QString());
    if (!error) {
        Q_EMIT finished(JobOutcome::Done, message.isEmpty() ? Tr::tr("Done") : message);
    } else if (error->code == ErrorCode::Cancelled) {
        if (job.onFailed)
            job.onFailed(*error);
        Q_EMIT finished(JobOutcome::Cancelled, Tr::tr("Cancelled"));
    } else {
        if (job.onFailed)
            job.onFailed(*error);
        Q_EMIT finished(JobOutcome::Failed, Tr::tr("Failed: %1").arg(error->message));
        Q_EMIT failed(job.title, *error);
    }
    // The next job starts from the event loop, so that whatever reacted to this one (a dialog,
    // a view) has settled.
    QTimer::singleShot(0, this, &JobQueue::runNext);
}

} // namespace cxrfair

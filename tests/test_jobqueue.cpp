#include "session/jobqueue.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cxrfair;

namespace {

/// A job that records where it ran and what it applied, in `log`.
Job recording(const QString& name, QStringList& log, const QString& key = {}) {
    Job job;
    job.title = name;
    job.latestWinsKey = key;
    job.work = [name, &log](const JobContext& c) -> Result<JobApply> {
        c.progress.report(0.5, name + QStringLiteral(" halfway"));
        return JobApply([name, &log] {
            log << name;
            return name + QStringLiteral(" done");
        });
    };
    return job;
}

/// A job that runs until it is cancelled (or 30 s pass), telling when it started.
Job untilCancelled(const QString& name, std::atomic<bool>& running, QStringList& log,
                   const QString& key = {}) {
    Job job;
    job.title = name;
    job.latestWinsKey = key;
    job.work = [name, &running, &log](const JobContext& c) -> Result<JobApply> {
        running = true;
        for (int i = 0; i < 3000 && !c.progress.cancelled(); ++i)
            QThread::msleep(10);
        running = false;
        if (c.progress.cancelled())
            return std::unexpected(Progress::cancelledError());
        return JobApply([name, &log] {
            log << name;
            return QString();
        });
    };
    job.onFailed = [name, &log](const Error& e) {
        log << name + (e.code == ErrorCode::Cancelled ? QStringLiteral(" cancelled")
                                                      : QStringLiteral(" failed"));
    };
    return job;
}

bool waitFor(const std::atomic<bool>& flag) {
    for (int i = 0; i < 3000 && !flag; ++i)
        QThread::msleep(5);
    return flag;
}

} // namespace

class TestJobQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsInOrderOffTheCallingThread() {
        JobQueue queue;
        QStringList log;
        QSignalSpy finished(&queue, &JobQueue::finished);
        QSignalSpy progress(&queue, &JobQueue::progressed);
        QSignalSpy idle(&queue, &JobQueue::idle);
        const QThread* caller = QThread::currentThread();
        std::atomic<const QThread*> worker{nullptr};
        Job where;
        where.title = QStringLiteral("where");
        where.work = [&worker](const JobContext&) -> Result<JobApply> {
            worker = QThread::currentThread();
            return JobApply([] { return QString(); });
        };
        queue.enqueue(recording(QStringLiteral("a"), log));
        queue.enqueue(std::move(where));
        queue.enqueue(recording(QStringLiteral("b"), log));
        QVERIFY(queue.isBusy());
        QVERIFY(idle.wait(10000));
        QCOMPARE(log, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(worker.load() && worker.load() != caller);
        QCOMPARE(finished.count(), 3);
        QCOMPARE(finished.front().at(1).toString(), QStringLiteral("a done"));
        QVERIFY(progress.count() > 0);
        QVERIFY(!queue.isBusy());
    }

    void aFailureIsReportedAndTheQueueGoesOn() {
        JobQueue queue;
        QStringList log;
        QSignalSpy failed(&queue, &JobQueue::failed);
        QSignalSpy idle(&queue, &JobQueue::idle);
        Job bad;
        bad.title = QStringLiteral("bad");
        bad.work = [](const JobContext&) -> Result<JobApply> {
            return fail(ErrorCode::Format, QStringLiteral("not a table"), QStringLiteral("x.csv"));
        };
        bad.onFailed = [&log](const Error& e) { log << QStringLiteral("bad: ") + e.message; };
        queue.enqueue(std::move(bad));
        queue.enqueue(recording(QStringLiteral("after"), log));
        QVERIFY(idle.wait(10000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.front().at(0).toString(), QStringLiteral("bad"));
        QCOMPARE(failed.front().at(1).value<Error>().file, QStringLiteral("x.csv"));
        QCOMPARE(log, QStringList({QStringLiteral("bad: not a table"), QStringLiteral("after")}));
    }

    void cancelStopsTheRunningJobAndTheQueueGoesOn() {
        JobQueue queue;
        QStringList log;
        std::atomic<bool> running{false};
        QSignalSpy finished(&queue, &JobQueue::finished);
        QSignalSpy failed(&queue, &JobQueue::failed);
        QSignalSpy idle(&queue, &JobQueue::idle);
        queue.enqueue(untilCancelled(QStringLiteral("long"), running, log));
        queue.enqueue(recording(QStringLiteral("next"), log));
        QVERIFY(waitFor(running));
        queue.cancelCurrent();
        QVERIFY(idle.wait(10000));
        QCOMPARE(log, QStringList({QStringLiteral("long cancelled"), QStringLiteral("next")}));
        QCOMPARE(finished.front().at(0).value<JobOutcome>(), JobOutcome::Cancelled);
        QCOMPARE(failed.count(), 0); // a cancel is no failure to report
    }

    void cancelAllEmptiesTheQueue() {
        JobQueue queue;
        QStringList log;
        std::atomic<bool> running{false};
        QSignalSpy idle(&queue, &JobQueue::idle);
        queue.enqueue(untilCancelled(QStringLiteral("long"), running, log));
        queue.enqueue(recording(QStringLiteral("next"), log));
        queue.enqueue(recording(QStringLiteral("last"), log));
        QCOMPARE(queue.queuedCount(), 2);
        QVERIFY(waitFor(running));
        queue.cancelAll();
        QCOMPARE(queue.queuedCount(), 0);
        QVERIFY(idle.wait(10000));
        QCOMPARE(log, QStringList({QStringLiteral("long cancelled")}));
    }

    void cancellingAWaitingJobLeavesTheOthers() {
        // The Jobs panel's Cancel on a waiting job: that job hears it was cancelled, the running
        // one and the other waiting ones go on. Cancel All tells every dropped job.
        JobQueue queue;
        QStringList log;
        std::atomic<bool> running{false};
        QSignalSpy idle(&queue, &JobQueue::idle);
        queue.enqueue(untilCancelled(QStringLiteral("long"), running, log));
        std::atomic<bool> unused{false};
        const quint64 second = queue.enqueue(untilCancelled(QStringLiteral("second"), unused, log));
        queue.enqueue(recording(QStringLiteral("third"), log));
        QVERIFY(waitFor(running));
        const auto waiting = queue.waiting();
        QCOMPARE(waiting.size(), size_t(2));
        QCOMPARE(waiting[0].id, second);
        QCOMPARE(waiting[0].title, QStringLiteral("second"));
        QCOMPARE(waiting[1].title, QStringLiteral("third"));
        queue.cancelWaiting(second);
        QCOMPARE(queue.queuedCount(), 1);
        QCOMPARE(log, QStringList{QStringLiteral("second cancelled")});
        queue.cancelWaiting(second); // twice: nothing more
        QCOMPARE(queue.queuedCount(), 1);
        QVERIFY(running); // the running job goes on
        queue.cancelCurrent();
        QVERIFY(idle.wait(10000));
        QCOMPARE(log, QStringList({QStringLiteral("second cancelled"),
                                   QStringLiteral("long cancelled"), QStringLiteral("third")}));

        // Cancel All: the dropped waiting jobs hear it too.
        log.clear();
        running = false;
        queue.enqueue(untilCancelled(QStringLiteral("a"), running, log));
        queue.enqueue(untilCancelled(QStringLiteral("b"), unused, log));
        QVERIFY(waitFor(running));
        queue.cancelAll();
        QVERIFY(idle.wait(10000));
        QCOMPARE(log, QStringList({QStringLiteral("b cancelled"), QStringLiteral("a cancelled")}));
    }

    void theLatestWins() {
        // A newer job with the same key cancels the running one and replaces a queued one:
        // only the newest is applied.
        JobQueue queue;
        QStringList log;
        std::atomic<bool> running{false};
        QSignalSpy idle(&queue, &JobQueue::idle);
        queue.enqueue(untilCancelled(QStringLiteral("first"), running, log, QStringLiteral("k")));
        QVERIFY(waitFor(running));
        queue.enqueue(recording(QStringLiteral("second"), log, QStringLiteral("k")));
        queue.enqueue(recording(QStringLiteral("other"), log));
        queue.enqueue(recording(QStringLiteral("third"), log, QStringLiteral("k")));
        QVERIFY(idle.wait(10000));
        QCOMPARE(log, QStringList({QStringLiteral("first cancelled"), QStringLiteral("other"),
                                   QStringLiteral("third")}));
    }

    void aFirstResultComesBeforeTheLast() {
        JobQueue queue;
        QStringList log;
        QSignalSpy idle(&queue, &JobQueue::idle);
        QSignalSpy finished(&queue, &JobQueue::finished);
        Job job;
        job.title = QStringLiteral("two passes");
        job.work = [&log](const JobContext& c) -> Result<JobApply> {
            c.publish([&log] {
                log << QStringLiteral("quick");
                return QStringLiteral("quick");
            });
            return JobApply([&log] {
                log << QStringLiteral("full");
                return QStringLiteral("full");
            });
        };
        queue.enqueue(std::move(job));
        QVERIFY(idle.wait(10000));
        QCOMPARE(log, QStringList({QStringLiteral("quick"), QStringLiteral("full")}));
        QCOMPARE(finished.back().at(1).toString(), QStringLiteral("full"));
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "test_jobqueue.moc"

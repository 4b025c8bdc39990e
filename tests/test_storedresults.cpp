// A project opens with the results it had: a run's analysis is stored next to its embeddings,
// read back whole, used only while everything it came from is unchanged, and computed again
// otherwise (settings, tables, store, damaged bytes), with the reason said.

#include "common/binaryarchive.h"
#include "data/csvreader.h"
#include "demo/demogenerator.h"
#include "session/analysisarchive.h"
#include "session/session.h"
#include "session/storedresults.h"
#include "stats/metricsreport.h"

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;

namespace {

/// The session's job lines, in order.
struct JobLines {
    QStringList lines;
    explicit JobLines(Session& session) {
        QObject::connect(session.jobs(), &JobQueue::finished, session.jobs(),
                         [this](JobOutcome, const QString& line) { lines << line; });
        QObject::connect(session.jobs(), &JobQueue::failed, session.jobs(),
                         [this](const QString& title, const Error& e) {
                             lines << title + QStringLiteral(": ") + e.toString();
                         });
    }
    bool any(const QString& fragment) const {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const QString& l) { return l.contains(fragment); });
    }
};

bool waitIdle(Session& session) {
    QSignalSpy idle(session.jobs(), &JobQueue::idle);
    while (session.isBusy())
        if (!idle.wait(300000))
            return false;
    return true;
}

const Analysis& shownRun(const Session& session) {
    return session.dataset(0).runs.front().analysis;
}

QByteArray metricsOf(const Analysis& a) {
    MetricsReport report;
    report.results = a.metrics;
    report.shortcuts = a.shortcuts;
    return QJsonDocument(metricsJson(report)).toJson(QJsonDocument::Compact);
}

QByteArray scoresOf(const Analysis& a, const QString& path) {
    if (!a.table || !writeScoreTable(path, *a.table))
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStoredResults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DemoResult m_demo;
    QString m_project;

    /// Opens the demo's MIMIC tree in `session` and runs the demo model on it (computed).
    bool runDemoModel(Session& session) const {
        session.openDataset(DatasetSource(DatasetFormat::Mimic, m_demo.mimicRoot));
        if (!waitIdle(session))
            return false;
        session.runModel(0, StudyModel{m_demo.modelPath, std::nullopt});
        return waitIdle(session);
    }

    /// A session that opens the project and waits until it is open.
    static bool openProject(Session& session, const QString& path) {
        auto opened = session.open(path);
        return opened && waitIdle(session);
    }

private Q_SLOTS:
    void initTestCase() {
        test::freshAppData();
        auto demo = test::smallDemo(m_dir.filePath(QStringLiteral("demo")), 0, 160);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        m_demo = *demo;
        // The workbench's study: metrics, shortcut, PCA and probes, tags, slices, prompt sweep.
        Session session;
        QVERIFY(runDemoModel(session));
        QCOMPARE(session.datasetCount(), 1);
        QVERIFY(shownRun(session).table);
        QVERIFY(shownRun(session).embeddings);
        QVERIFY(shownRun(session).discovery);
        QVERIFY(shownRun(session).promptSweep);
        m_project = m_dir.filePath(QStringLiteral("study.cxrproject"));
        QVERIFY(session.save(m_project, {}, {}, {}).has_value());
    }

    void everyResultReadsBackAsItWasComputed() {
        Session session;
        QVERIFY(runDemoModel(session));
        const Analysis& computed = shownRun(session);
        auto read = unarchiveAnalysis(archiveAnalysis(computed), QStringLiteral("memory"));
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().toString()));
        read->deriveViewData();
        const Analysis& back = *read;
        // Compared through what the tables and views are made of, not through the archive.
        QCOMPARE(metricsOf(back), metricsOf(computed));
        QVERIFY(!metricsOf(back).isEmpty());
        QCOMPARE(scoresOf(back, m_dir.filePath(QStringLiteral("b.csv"))),
                 scoresOf(computed, m_dir.filePath(QStringLiteral("c.csv"))));
        QCOMPARE(back.embeddings->sampleIds, computed.embeddings->sampleIds);
        QCOMPARE(back.embeddings->paths, computed.embeddings->paths);
        QCOMPARE(back.embeddings->pca.projection.data, computed.embeddings->pca.projection.data);
        QCOMPARE(back.embeddings->pca.explainedVarianceRatio,
                 computed.embeddings->pca.explainedVarianceRatio);
        QCOMPARE(back.embeddings->probes.size(), computed.embeddings->probes.size());
        for (size_t p = 0; p < back.embeddings->probes.size(); ++p)
            QCOMPARE(back.embeddings->probes[p].toJson(), computed.embeddings->probes[p].toJson());
        QCOMPARE(back.embeddings->columns.size(), computed.embeddings->columns.size());
        for (size_t c = 0; c < back.embeddings->columns.size(); ++c) {
            QCOMPARE(back.embeddings->columns[c].name, computed.embeddings->columns[c].name);
            QCOMPARE(back.embeddings->columns[c].codes, computed.embeddings->columns[c].codes);
        }
        QCOMPARE(back.embeddings->shifts.size(), computed.embeddings->shifts.size());
        QCOMPARE(back.discovery->tags.scores, computed.discovery->tags.scores);
        QCOMPARE(back.discovery->tagCuts, computed.discovery->tagCuts);
        QCOMPARE(back.discovery->slices.size(), computed.discovery->slices.size());
        for (size_t s = 0; s < back.discovery->slices.size(); ++s) {
            const SliceDiscovery& a = back.discovery->slices[s].found;
            const SliceDiscovery& b = computed.discovery->slices[s].found;
            QCOMPARE(a.sliceOfRow, b.sliceOfRow);
            QCOMPARE(a.slices.size(), b.slices.size());
            for (size_t i = 0; i < a.slices.size(); ++i) {
                QCOMPARE(a.slices[i].description, b.slices[i].description);
                QCOMPARE(a.slices[i].comparison.difference, b.slices[i].comparison.difference);
            }
        }
        QCOMPARE(back.promptSweep->rows.size(), computed.promptSweep->rows.size());
        for (size_t r = 0; r < back.promptSweep->rows.size(); ++r)
            QCOMPARE(back.promptSweep->rows[r].auc, computed.promptSweep->rows[r].auc);
        QCOMPARE(back.prompts, computed.prompts);
        QCOMPARE(back.inference->encoded + back.inference->reused,
                 computed.inference->encoded + computed.inference->reused);
        QCOMPARE(back.imagePaths, computed.imagePaths);
        QCOMPARE(back.binaryAttributes, computed.binaryAttributes);
        QVERIFY(!back.scorer); // opened again when a prompt is edited
    }

    void aProjectOpensWithItsStoredResults() {
        Session computed;
        QVERIFY(runDemoModel(computed));

        Session session;
        JobLines jobs(session);
        QVERIFY(openProject(session, m_project));
        QVERIFY2(jobs.any(QStringLiteral("restored")), qPrintable(jobs.lines.join('\n')));
        QVERIFY(!jobs.any(QStringLiteral("encoded")));
        QCOMPARE(metricsOf(shownRun(session)), metricsOf(shownRun(computed)));
        QVERIFY(!shownRun(session).scorer);
        const QByteArray restoredMetrics = metricsOf(shownRun(session));

        // A prompt edit rescores from the store, read when first needed: the same numbers
        // as a session that computed everything.
        PromptSet prompts = session.prompts();
        prompts.defaultNegative = {QStringLiteral("Chest Pneumonia")};
        session.setPrompts(prompts);
        computed.setPrompts(prompts);
        QVERIFY(waitIdle(session));
        QVERIFY(waitIdle(computed));
        QVERIFY(shownRun(session).scorer);
        QCOMPARE(metricsOf(shownRun(session)), metricsOf(shownRun(computed)));
        QVERIFY(metricsOf(shownRun(session)) != restoredMetrics);
    }

    void changedInputsAreComputedAgainAndSaySo() {
        const StoredResultsKey key = currentKey();
        QVERIFY(QFileInfo::exists(key.file));

        // Other settings: the study runs again (and stores its results for next time).
        auto project = Project::read(m_project);
        QVERIFY(project.has_value());
        project->audit.statistics.bootstrap.resamples = 250;
        const QString other = m_dir.filePath(QStringLiteral("other.cxrproject"));
        QVERIFY(project->write(other).has_value());
        {
            Session session;
            JobLines jobs(session);
            QVERIFY(openProject(session, other));
            QVERIFY2(jobs.any(QStringLiteral("other settings")), qPrintable(jobs.lines.join('\n')));
            QVERIFY(shownRun(session).table);
        }
        {
            Session session;
            JobLines jobs(session);
            QVERIFY(openProject(session, other));
            QVERIFY2(jobs.any(QStringLiteral("restored")), qPrintable(jobs.lines.join('\n')));
        }

        // A table of the dataset touched (a new modification time): computed again.
        const QString table =
            QDir(m_demo.mimicRoot).filePath(QStringLiteral("mimic-cxr-2.0.0-metadata.csv.gz"));
        {
            QFile f(table);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                  QFileDevice::FileModificationTime));
        }
        {
            Session session;
            JobLines jobs(session);
            QVERIFY(openProject(session, other));
            QVERIFY2(jobs.any(QStringLiteral("other settings, prompts, tables")),
                     qPrintable(jobs.lines.join('\n')));
        }
    }

    void damagedStoredResultsAreComputedAgain() {
        Session first;
        QVERIFY(openProject(first, m_project)); // stores them when they were not
        const StoredResultsKey key = currentKey();
        QFile file(key.file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 1000);
        file.seek(size / 2);
        char byte = 0;
        file.getChar(&byte);
        file.seek(size / 2);
        file.putChar(char(byte ^ 0x5a));
        file.close();

        Session session;
        JobLines jobs(session);
        QVERIFY(openProject(session, m_project));
        QVERIFY2(jobs.any(QStringLiteral("damaged")), qPrintable(jobs.lines.join('\n')));
        QVERIFY(shownRun(session).table);
        // Stored again, whole: the next opening reads them.
        auto restored = restoreResults(key);
        QVERIFY2(restored.has_value(),
                 qPrintable(restored ? QString() : restored.error().toString()));

        // Cut short: an error, never a partial analysis.
        QFile cut(key.file);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() - 100));
        cut.close();
        QVERIFY(!restoreResults(key).has_value());
    }

    void anArchiveNeverReadsPastItsEnd() {
        QByteArray bytes;
        ArchiveWriter out(bytes);
        out(std::vector<double>{1.0, 2.0, 3.0}, QStringLiteral("abc"),
            std::optional<std::int32_t>(7));
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            ArchiveReader in(bytes.constData(), cut);
            std::vector<double> v;
            QString s;
            std::optional<std::int32_t> o;
            in(v, s, o);
            QVERIFY(!in.ok());
        }
        ArchiveReader whole(bytes.constData(), bytes.size());
        std::vector<double> v;
        QString s;
        std::optional<std::int32_t> o;
        whole(v, s, o);
        QVERIFY(whole.ok() && whole.atEnd());
        QCOMPARE(v, (std::vector<double>{1.0, 2.0, 3.0}));
        QCOMPARE(s, QStringLiteral("abc"));
        QCOMPARE(o, std::optional<std::int32_t>(7));

        // Large lists: each id written once, however many lists hold it, and read back as
        // written; cut anywhere, an error.
        QStringList ids, some;
        for (int i = 0; i < 400; ++i)
            ids << QStringLiteral("image-%1-with-a-long-identifier").arg(i);
        for (int i = 399; i >= 0; --i)
            if (i % 5 != 0)
                some << ids[i]; // 320 of them, another order
        QByteArray lists;
        ArchiveWriter lw(lists);
        lw(ids, some, QStringList{QStringLiteral("small")});
        qsizetype plain = 0;
        for (const QString& id : ids + some)
            plain += 4 + id.size() * 2;
        QVERIFY(lists.size() < plain * 3 / 4);
        ArchiveReader lr(lists.constData(), lists.size());
        QStringList idsBack, someBack, smallBack;
        lr(idsBack, someBack, smallBack);
        QVERIFY(lr.ok() && lr.atEnd());
        QCOMPARE(idsBack, ids);
        QCOMPARE(someBack, some);
        QCOMPARE(smallBack, QStringList{QStringLiteral("small")});
        for (qsizetype cut = 0; cut < lists.size(); cut += 7) {
            ArchiveReader in(lists.constData(), cut);
            QStringList a, b, c;
            in(a, b, c);
            QVERIFY(!in.ok());
        }

        // A count the bytes cannot hold fails without allocating it.
        QByteArray huge;
        ArchiveWriter w(huge);
        w(std::int64_t(1) << 60);
        ArchiveReader r(huge.constData(), huge.size());
        std::vector<double> none;
        r(none);
        QVERIFY(!r.ok());
        QVERIFY(none.empty());
        // Random bytes as an analysis: an error naming the file.
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        auto analysis = unarchiveAnalysis(noise, QStringLiteral("noise.results"));
        QVERIFY(!analysis.has_value());
        QCOMPARE(analysis.error().file, QStringLiteral("noise.results"));
    }

private:
    StoredResultsKey currentKey() {
        Session session;
        session.openDataset(DatasetSource(DatasetFormat::Mimic, m_demo.mimicRoot));
        waitIdle(session);
        auto project = Project::read(m_project);
        const SessionDataset& d = session.dataset(0);
        const StudySettings settings = StudySettings::forDataset(
            project->audit, d.cohort, project->datasets.front().conditions, project->prompts);
        return storedResultsKey(d.cohort, Session::storeFor(d.cohort),
                                StudyModel{m_demo.modelPath, std::nullopt}, settings);
    }
};

QTEST_GUILESS_MAIN(TestStoredResults)
#include "test_storedresults.moc"

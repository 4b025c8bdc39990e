#include "data/cohortloader.h"
#include "demo/demogenerator.h"
#include "demo/demomodel.h"
#include "demo/devicetruth.h"
#include "discovery/modeldiscovery.h"
#include "inference/embeddingstore.h"
#include "inference/inferencejob.h"
#include "inference/scoring.h"
#include "inference/storesamples.h"
#include "inference/zeroshot.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"
#include "stats/roc.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

/// Zero-shot scores of the demo model on one demo dataset, with labels and attributes.
struct Scored {
    StoreSamples samples;
    std::vector<std::vector<double>> scores; ///< [condition][sample]
};

std::optional<double> aucWhere(const Scored& s, int condition,
                               const std::function<bool(qsizetype)>& keep) {
    std::vector<double> scores;
    std::vector<std::int8_t> labels;
    for (qsizetype i = 0; i < s.samples.size(); ++i) {
        const std::int8_t label = s.samples.labels[size_t(condition)][size_t(i)];
        if (label < 0 || !keep(i))
            continue;
        scores.push_back(s.scores[size_t(condition)][size_t(i)]);
        labels.push_back(label);
    }
    return rocAuc({scores, labels});
}

} // namespace

class TestDemoModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoResult m_demo;

    Scored scoreDataset(const QString& root, DatasetFormat format, QString modelPath = {}) {
        if (modelPath.isEmpty())
            modelPath = m_demo.modelPath;
        auto cohort = loadCohort(DatasetSource{format, root}, CohortSettings{});
        if (!cohort)
            qFatal("%s", qPrintable(cohort.error().toString()));
        Scored s;
        s.samples = storeSamples(*cohort);
        InferenceRequest request;
        request.bundlePath = modelPath;
        // The demo model's store is "store-FORMAT"; another model's has a name of its own.
        request.storeDir =
            m_dir.filePath(QStringLiteral("store-") + formatName(format) +
                           (modelPath == m_demo.modelPath
                                ? QString()
                                : QStringLiteral("-") +
                                      QFileInfo(modelPath).path().section(QLatin1Char('/'), -1)));
        for (qsizetype i = 0; i < s.samples.size(); ++i)
            request.images.push_back({s.samples.paths[i], s.samples.sampleIds[i], -1, -1});
        auto run = runInference(request);
        if (!run || !run->failures.empty())
            qFatal("inference failed");
        if (!writeStoreSamples(request.storeDir, s.samples))
            qFatal("cannot write the store's samples");
        auto bundle = readModelBundle(modelPath);
        auto stored = EmbeddingStore::readModel(request.storeDir, bundle->contentHash);
        auto encoder = ModelEncoder::open(*bundle, {});
        TextEmbeddingCache texts(**encoder);
        const PromptSet prompts = *PromptSet::preset(QStringLiteral("faimi2025"));
        for (const QString& condition : s.samples.conditions) {
            const ConditionPrompts p = prompts.forCondition(condition);
            const auto all =
                zeroShotScores(stored->vectors, bundle->normalizeImage, *texts.ensemble(p.positive),
                               *texts.ensemble(p.negative), bundle->logitScale);
            std::vector<double> perSample(size_t(s.samples.size()));
            for (qsizetype i = 0; i < s.samples.size(); ++i)
                perSample[size_t(i)] =
                    all[size_t(stored->rowOfSample.value(s.samples.sampleIds[i]))];
            s.scores.push_back(std::move(perSample));
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        DemoOptions options;
        options.outDir = m_dir.filePath(QStringLiteral("demo"));
        auto demo = generateDemo(options);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        m_demo = *demo;
        QVERIFY(!m_demo.modelPath.isEmpty());
    }

    void isAValidBundle() {
        auto bundle = readModelBundle(m_demo.modelPath);
        QVERIFY2(bundle.has_value(), qPrintable(bundle ? QString() : bundle.error().toString()));
        QCOMPARE(bundle->text.tokenizer, TokenizerKind::WordPiece);
        auto encoder = ModelEncoder::open(*bundle, {});
        QVERIFY(encoder.has_value());
    }

    void zeroShotWorksAndShowsTheBiases() {
        const QStringList six = {"Atelectasis",      "Cardiomegaly", "Consolidation",
                                 "Pleural Effusion", "Pneumonia",    "Pneumothorax"};
        for (const auto& [root, format] : {std::pair{m_demo.nihRoot, DatasetFormat::Nih},
                                           std::pair{m_demo.mimicRoot, DatasetFormat::Mimic}}) {
            const Scored s = scoreDataset(root, format);
            const qsizetype ageColumn = s.samples.attributes.indexOf(QStringLiteral("age"));
            QVERIFY(ageColumn >= 0);
            double largestAgeGap = 0.0;
            for (const QString& condition : six) {
                const int c = int(s.samples.conditions.indexOf(condition));
                QVERIFY2(c >= 0, qPrintable(condition));
                const auto overall = aucWhere(s, c, [](qsizetype) { return true; });
                QVERIFY(overall.has_value());
                QVERIFY2(*overall >= 0.7, qPrintable(QStringLiteral("%1 %2: AUC %3")
                                                         .arg(formatName(format), condition)
                                                         .arg(*overall)));
                const auto old = aucWhere(s, c, [&](qsizetype i) {
                    return s.samples.values[size_t(ageColumn)][i].toDouble() >= 80.0;
                });
                if (old)
                    largestAgeGap = std::max(largestAgeGap, *overall - *old);
            }
            // Findings fade at 80 and over: some condition loses at least 0.05 AUC there.
            QVERIFY2(largestAgeGap >= 0.05, qPrintable(QString::number(largestAgeGap)));

            if (format == DatasetFormat::Nih) {
                // The study's drain analysis: positives with (or without) a drain, all negatives.
                const int c = int(s.samples.conditions.indexOf(QStringLiteral("Pneumothorax")));
                const qsizetype drain = s.samples.attributes.indexOf(QStringLiteral("drain"));
                QVERIFY(drain >= 0);
                auto withDrain = [&](bool wanted) {
                    return aucWhere(s, c, [&](qsizetype i) {
                        return s.samples.labels[size_t(c)][size_t(i)] == 0 ||
                               (s.samples.values[size_t(drain)][i] == QStringLiteral("1")) ==
                                   wanted;
                    });
                };
                const auto with = withDrain(true);
                const auto without = withDrain(false);
                QVERIFY(with && without);
                QVERIFY2(*with > *without + 0.02,
                         qPrintable(QStringLiteral("%1 vs %2").arg(*with).arg(*without)));
            }
        }
    }

    void tagsAndSlicesFindWhatNobodyAnnotated() {
        // The analyses see no annotation but the scores' own attributes; NEATX's drains and the
        // demo's device truth are only what the results are checked against.
        scoreDataset(m_demo.nihRoot, DatasetFormat::Nih);
        ScoringRequest request;
        request.storeDir = m_dir.filePath(QStringLiteral("store-nih"));
        request.bundlePath = m_demo.modelPath;
        request.conditions = {QStringLiteral("Pneumothorax")};
        auto scorer = StoreScorer::open(request);
        QVERIFY(scorer.has_value());
        auto scores = (*scorer)->score(*PromptSet::preset(QStringLiteral("faimi2025")));
        QVERIFY(scores.has_value());
        DiscoveryRequest discovery;
        auto found = discoverForModel(**scorer, scores->table, discovery);
        QVERIFY2(found.has_value(), qPrintable(found ? QString() : found.error().toString()));

        // The drain tag finds NEATX's drains.
        QCOMPARE(found->agreements.size(), size_t(1));
        const TagAgreement& drains = found->agreements.front();
        QCOMPARE(drains.tag, QStringLiteral("chest_drain"));
        QVERIFY2(drains.auc && *drains.auc >= 0.85, qPrintable(QString::number(*drains.auc)));
        QVERIFY(drains.interval.valid() && drains.interval.low <= *drains.auc);
        // And the devices NEATX does not annotate: pacemakers and ECG leads against the truth.
        const auto truth = readDemoDeviceTruth(m_demo.nihRoot);
        QVERIFY(truth.has_value());
        for (const auto& [tag, device] :
             {std::pair{QStringLiteral("pacemaker"), &DeviceTruth::pacemaker},
              std::pair{QStringLiteral("ecg_leads"), &DeviceTruth::ecgLeads}}) {
            const qsizetype t = found->tags.tags.indexOf(tag);
            QVERIFY(t >= 0);
            std::vector<std::int8_t> labels;
            for (const QString& id : found->tagSamples)
                labels.push_back(truth->value(id).*device ? 1 : 0);
            const auto auc = rocAuc({found->tags.scores[size_t(t)], labels});
            QVERIFY2(auc && *auc >= 0.85, qPrintable(tag + QString::number(auc.value_or(0))));
        }

        // Pneumothorax slices: the positives without a drain, and the oldest patients.
        QCOMPARE(found->slices.size(), size_t(1));
        const ConditionSlices& ptx = found->slices.front();
        bool undrained = false, oldest = false;
        for (const DiscoveredSlice& s : ptx.found.slices) {
            int positives = 0, withoutDrain = 0;
            for (qsizetype i = 0; i < ptx.sampleIds.size(); ++i)
                if (ptx.found.sliceOfRow[size_t(i)] == s.number &&
                    ptx.found.evaluateHalf[size_t(i)] && s.positives > 0) {
                    ++positives;
                    withoutDrain += !truth->value(ptx.sampleIds[i]).drain;
                }
            if (s.positives >= 10 && withoutDrain >= 0.8 * positives && s.comparison.difference &&
                *s.comparison.difference < 0)
                undrained = true;
            for (const SliceEnrichment& e : s.enriched)
                oldest = oldest ||
                         (e.attribute == QStringLiteral("age") && e.group == QStringLiteral("80+"));
        }
        QVERIFY(undrained);
        QVERIFY(oldest);
    }

    void fullScaleModelIsCheapAndStillSeesTheFindings() {
        // What `demo --images` makes: 32-pixel images, read at that size, into 512 dimensions.
        DemoOptions options;
        options.outDir = m_dir.filePath(QStringLiteral("scale"));
        options.nihImages = 0;
        options.mimicImages = 2500;
        options.imageSize = 32;
        options.model = {32, 512};
        options.proportions = DemoProportions::Mimic;
        const auto demo = generateDemo(options);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        const auto bundle = readModelBundle(demo->modelPath);
        QVERIFY(bundle);
        QCOMPARE(bundle->embeddingDim, 512);
        QCOMPARE(bundle->preprocess.size, 32);
        const Scored s = scoreDataset(demo->mimicRoot, DatasetFormat::Mimic, demo->modelPath);
        for (const char* condition : {"Atelectasis", "Cardiomegaly", "Consolidation",
                                      "Pleural Effusion", "Pneumonia", "Pneumothorax"}) {
            const int c = int(s.samples.conditions.indexOf(QLatin1String(condition)));
            QVERIFY(c >= 0);
            const auto auc = aucWhere(s, c, [](qsizetype) { return true; });
            QVERIFY2(auc && *auc >= 0.65,
                     qPrintable(QStringLiteral("%1: %2").arg(condition).arg(auc.value_or(-1))));
        }
        QVERIFY(!checkDemoModelShape({30, 512}));
        QVERIFY(!checkDemoModelShape({32, 16}));
        QVERIFY(checkDemoModelShape({224, 24}));
    }

    void deterministic() {
        const QString a = m_dir.filePath(QStringLiteral("a.cxrmodel"));
        const QString b = m_dir.filePath(QStringLiteral("b.cxrmodel"));
        QVERIFY(writeDemoModel(a, m_demo.mimicRoot, 2025, 1).has_value());
        QVERIFY(writeDemoModel(b, m_demo.mimicRoot, 2025, 2).has_value());
        for (const QString& name :
             {QStringLiteral("manifest.json"), QStringLiteral("vocab.txt"),
              QStringLiteral("image_encoder.pt"), QStringLiteral("text_encoder.pt")}) {
            QFile fa(QDir(a).filePath(name));
            QFile fb(QDir(b).filePath(name));
            QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
            QVERIFY2(fa.readAll() == fb.readAll(), qPrintable(name));
        }
        QCOMPARE(readModelBundle(a)->contentHash, readModelBundle(m_demo.modelPath)->contentHash);
    }
};

QTEST_GUILESS_MAIN(TestDemoModel)
#include "test_demomodel.moc"

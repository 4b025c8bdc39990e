#include "inference/scoring.h"

#include "inference/embeddingstore.h"
#include "inference/storesamples.h"
#include "inference/zeroshot.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"

#include <QHash>

#include <algorithm>
#include <mutex>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Scoring)
};
} // namespace

struct StoreScorer::Impl {
    ModelBundle bundle;
    StoredEmbeddings embeddings;
    StoreSamples samples;
    std::unique_ptr<ModelEncoder> encoder;
    std::unique_ptr<TextEmbeddingCache> texts;
    ScoringResult skeleton;          ///< the table without entries
    std::vector<qint64> rowOf;       ///< store row of each table sample
    std::vector<qsizetype> sampleOf; ///< store sample of each table sample
    std::mutex mutex;                ///< score() calls are serialised
};

StoreScorer::StoreScorer()
    : d(std::make_unique<Impl>()) {}

StoreScorer::~StoreScorer() = default;

const QStringList& StoreScorer::conditions() const {
    return d->skeleton.table.conditions;
}

Result<std::unique_ptr<StoreScorer>> StoreScorer::open(const ScoringRequest& request) {
    auto bundle = readModelBundle(request.bundlePath);
    if (!bundle)
        return std::unexpected(bundle.error());
    auto samples = readStoreSamples(request.storeDir);
    if (!samples)
        return std::unexpected(samples.error());
    auto embeddings = EmbeddingStore::readModel(request.storeDir, bundle->contentHash);
    if (!embeddings)
        return std::unexpected(embeddings.error());

    std::unique_ptr<StoreScorer> scorer(new StoreScorer);
    Impl& s = *scorer->d;
    ScoringResult& result = s.skeleton;
    result.storeDamage = embeddings->damage;
    QStringList conditions;
    for (qsizetype c = 0; c < samples->conditions.size(); ++c) {
        const auto& labels = samples->labels[size_t(c)];
        const bool both = std::find(labels.begin(), labels.end(), 1) != labels.end() &&
                          std::find(labels.begin(), labels.end(), 0) != labels.end();
        (both ? conditions : result.oneClassConditions) << samples->conditions[c];
    }
    if (!request.conditions.isEmpty()) {
        for (const QString& c : request.conditions)
            if (!samples->conditions.contains(c))
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("the dataset has no condition '%1' (it has %2)")
                                .arg(c, samples->conditions.join(QStringLiteral(", "))));
        conditions = request.conditions;
        result.oneClassConditions.clear();
    }

    auto encoder = ModelEncoder::open(*bundle, request.settings);
    if (!encoder)
        return std::unexpected(encoder.error());
    s.encoder = std::move(*encoder);
    s.texts = std::make_unique<TextEmbeddingCache>(*s.encoder);

    ScoreTable& table = result.table;
    table.path = request.storeDir;
    table.models = {bundle->name};
    table.conditions = conditions;
    table.attributes = samples->attributes;
    table.sampleAttributes.resize(size_t(samples->attributes.size()));
    QHash<QString, std::int32_t> patientIndex;
    for (qsizetype i = 0; i < samples->size(); ++i) {
        const qint64 row = embeddings->rowOfSample.value(samples->sampleIds[i], -1);
        if (row < 0) {
            ++result.withoutEmbedding;
            continue;
        }
        table.sampleIds << samples->sampleIds[i];
        const QString& patient = samples->patientIds[i];
        auto p = patientIndex.constFind(patient);
        if (p == patientIndex.constEnd()) {
            p = patientIndex.insert(patient, std::int32_t(table.patientIds.size()));
            table.patientIds << patient;
        }
        table.samplePatient.push_back(*p);
        for (size_t a = 0; a < table.sampleAttributes.size(); ++a)
            table.sampleAttributes[a] << samples->values[a][i];
        s.rowOf.push_back(row);
        s.sampleOf.push_back(i);
    }
    s.bundle = std::move(*bundle);
    s.samples = std::move(*samples);
    s.embeddings = std::move(*embeddings);
    return scorer;
}

Result<ScoringResult> StoreScorer::score(const PromptSet& prompts) {
    const std::lock_guard lock(d->mutex);
    ScoringResult result = d->skeleton;
    ScoreTable& table = result.table;
    table.entries.assign(1, {});
    const qsizetype before = d->texts->encodedTexts();
    for (const QString& condition : table.conditions) {
        const ConditionPrompts p = prompts.forCondition(condition);
        auto positive = d->texts->ensemble(p.positive);
        if (!positive)
            return std::unexpected(positive.error());
        auto negative = d->texts->ensemble(p.negative);
        if (!negative)
            return std::unexpected(negative.error());
        const std::vector<double> scores =
            zeroShotScores(d->embeddings.vectors, d->bundle.normalizeImage, *positive, *negative,
                           d->bundle.logitScale);
        const auto& labels = d->samples.labels[size_t(d->samples.conditions.indexOf(condition))];
        auto& entries = table.entries[0].emplace_back();
        for (size_t s = 0; s < d->rowOf.size(); ++s) {
            const std::int8_t label = labels[size_t(d->sampleOf[s])];
            if (label >= 0)
                entries.push_back({std::uint32_t(s), label, scores[size_t(d->rowOf[s])]});
        }
    }
    result.promptsEncoded = d->texts->encodedTexts() - before;
    return result;
}

const ScoreTable& StoreScorer::images() const {
    return d->skeleton.table;
}

const StoredEmbeddings& StoreScorer::storedEmbeddings() const {
    return d->embeddings;
}

const StoreSamples& StoreScorer::storeSamples() const {
    return d->samples;
}

FloatMatrix StoreScorer::imageEmbeddings() const {
    const FloatMatrix& all = d->embeddings.vectors;
    FloatMatrix out{qint64(d->rowOf.size()), all.cols,
                    std::vector<float>(d->rowOf.size() * size_t(all.cols))};
    for (size_t s = 0; s < d->rowOf.size(); ++s)
        std::copy_n(all.row(d->rowOf[s]), all.cols, out.data.begin() + qint64(s) * all.cols);
    return out;
}

std::vector<std::int8_t> StoreScorer::labels(const QString& condition) const {
    const qsizetype c = d->samples.conditions.indexOf(condition);
    if (c < 0)
        return {};
    std::vector<std::int8_t> out;
    out.reserve(d->sampleOf.size());
    for (qsizetype sample : d->sampleOf)
        out.push_back(d->samples.labels[size_t(c)][size_t(sample)]);
    return out;
}

Result<std::vector<std::vector<double>>>
StoreScorer::pairScores(const std::vector<std::pair<QStringList, QStringList>>& pairs) {
    const std::lock_guard lock(d->mutex);
    QStringList prompts;
    for (const auto& [positive, negative] : pairs)
        prompts << positive << negative;
    if (auto ok = d->texts->prefetch(prompts); !ok)
        return std::unexpected(ok.error());
    std::vector<std::vector<float>> differences;
    for (const auto& [positive, negative] : pairs) {
        auto p = d->texts->ensemble(positive);
        if (!p)
            return std::unexpected(p.error());
        auto n = d->texts->ensemble(negative);
        if (!n)
            return std::unexpected(n.error());
        std::vector<float> difference(p->size());
        for (size_t i = 0; i < difference.size(); ++i)
            difference[i] = (*p)[i] - (*n)[i];
        differences.push_back(std::move(difference));
    }
    const auto all = zeroShotScores(d->embeddings.vectors, d->bundle.normalizeImage, differences,
                                    d->bundle.logitScale);
    std::vector<std::vector<double>> out(all.size());
    for (size_t k = 0; k < all.size(); ++k) {
        out[k].reserve(d->rowOf.size());
        for (qint64 row : d->rowOf)
            out[k].push_back(all[k][size_t(row)]);
    }
    return out;
}

Result<FloatMatrix> StoreScorer::textEmbeddings(const QStringList& texts) {
    const std::lock_guard lock(d->mutex);
    if (auto ok = d->texts->prefetch(texts); !ok)
        return std::unexpected(ok.error());
    FloatMatrix out{qint64(texts.size()), qint64(d->bundle.embeddingDim), {}};
    for (const QString& text : texts) {
        auto e = d->texts->ensemble({text});
        if (!e)
            return std::unexpected(e.error());
        out.cols = qint64(e->size());
        out.data.insert(out.data.end(), e->begin(), e->end());
    }
    return out;
}

Result<ScoringResult> scoreStore(const ScoringRequest& request) {
    auto scorer = StoreScorer::open(request);
    if (!scorer)
        return std::unexpected(scorer.error());
    return (*scorer)->score(request.prompts);
}

} // namespace cxrfair

#pragma once

#include "common/error.h"
#include "embedding/npy.h"
#include "inference/prompts.h"
#include "inference/storerecords.h"
#include "models/inferencesettings.h"
#include "stats/scoretable.h"

#include <QStringList>

#include <memory>

namespace cxrfair {

struct StoredEmbeddings;
struct StoreSamples;

/// Zero-shot scoring of the images a store holds, with one bundle and one prompt set.
struct ScoringRequest {
    QString storeDir;
    QString bundlePath;
    PromptSet prompts;
    /// Conditions to score; empty: every condition of the store's samples that has positive
    /// and negative labels.
    QStringList conditions;
    InferenceSettings settings; ///< for the text encoder
};

struct ScoringResult {
    ScoreTable table;
    QStringList oneClassConditions;       ///< left out by default: no positive or no negative label
    qint64 withoutEmbedding = 0;          ///< samples with no stored embedding (failed or not yet)
    std::vector<StoreDamage> storeDamage; ///< damaged regions of the store, skipped
    qsizetype promptsEncoded = 0;
};

/// A store opened for repeated zero-shot scoring, as the prompt editor needs: the bundle, its
/// text encoder, the images' embeddings and the samples are read once; each score() encodes
/// only the prompts it has not seen and never an image. Calls from several threads are
/// serialised.
class StoreScorer {
public:
    /// Uses the request's store, bundle, conditions and settings (not its prompts).
    static Result<std::unique_ptr<StoreScorer>> open(const ScoringRequest& request);
    ~StoreScorer();

    Result<ScoringResult> score(const PromptSet& prompts);
    const QStringList& conditions() const;

    /// The images scored, with their patients and attributes (the table without entries).
    const ScoreTable& images() const;
    /// Their embeddings, one row per image of images(), in its order.
    FloatMatrix imageEmbeddings() const;
    /// The store's segment of the model and the store's samples, as read when opening: what
    /// the embedding analysis reads too (then it reads nothing twice).
    const StoredEmbeddings& storedEmbeddings() const;
    const StoreSamples& storeSamples() const;
    /// Each image's labels for `condition` (1, 0, or -1 unknown), in images()' order; empty
    /// when the store's samples have no such condition.
    std::vector<std::int8_t> labels(const QString& condition) const;
    /// Each image's zero-shot score for pairs of prompt ensembles (positive, negative), in
    /// images()' order: [pair][image].
    Result<std::vector<std::vector<double>>>
    pairScores(const std::vector<std::pair<QStringList, QStringList>>& pairs);
    /// One text embedding per text (normalised as the bundle says), as rows.
    Result<FloatMatrix> textEmbeddings(const QStringList& texts);

private:
    StoreScorer();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Scores every stored image of the store's samples on each condition: the tidy score table
/// that the metrics read, with the samples' attributes. Only prompts are encoded; the images'
/// embeddings come from the store. Samples with an unknown label are left out of that
/// condition.
Result<ScoringResult> scoreStore(const ScoringRequest& request);

} // namespace cxrfair

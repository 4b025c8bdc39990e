#pragma once

#include "common/progress.h"
#include "common/stagetimings.h"

#include "common/error.h"
#include "data/agebins.h"
#include "embedding/mmd.h"
#include "embedding/pca.h"
#include "embedding/probe.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace cxrfair {

struct StoredEmbeddings;
struct StoreSamples;

/// A categorical column over the analysed images: `codes[row]` indexes `classes`, -1 missing.
struct SampleClasses {
    QString name;
    QStringList classes;
    std::vector<std::int32_t> codes;
};

/// The embedding analysis of the study for one model: what a PCA of the image embeddings shows
/// and how well a probe predicts each attribute from them.
struct EmbeddingAnalysisRequest {
    QString storeDir;
    QString bundlePath; ///< the model; or, when empty, the segment of `modelHash`
    QString modelHash;  ///< e.g. of imported embeddings (SegmentInfo::modelHash)
    QStringList probeAttributes{QStringLiteral("sex"), QStringLiteral("race"),
                                QStringLiteral("age")};
    AgeBins ageBins;
    /// The study's split: 80% of patients to train (20% of which to choose C), 20% to test.
    ProbeOptions probe{ProbeClassifier::Logistic, 0};
    /// The representation shift between each probed attribute's groups (MMD); the seed is the
    /// probe's. At most 1,000 images per group here (`cxrfair-cli mmd` takes 5,000): the
    /// permutations of every pair of groups then take about a second.
    std::optional<MmdOptions> shift = MmdOptions{1000, 1000, 0};
    /// Records the time and memory of reading the embeddings, the PCA, the probes and the
    /// shift, named after `stageName` ("MODEL: PCA"); nullptr: nowhere.
    StageTimings* timings = nullptr;
    QString stageName;
    /// The model's embeddings and the store's samples when already read (a StoreScorer's,
    /// which must outlive the call); nullptr: read from `storeDir`. At full scale that saves
    /// reading 770 MB again and holding it twice.
    const StoredEmbeddings* stored = nullptr;
    const StoreSamples* samples = nullptr;
};

/// The representation shift of one attribute: every pair of its groups.
struct AttributeShift {
    QString attribute;
    std::vector<MmdPair> pairs;
};

struct EmbeddingAnalysis {
    QString model;           ///< the bundle's display name
    QString segmentPath;     ///< the store segment the embeddings were read from
    qint64 storedImages = 0; ///< embeddings in that segment (of any dataset's images)
    int dimension = 0;
    QStringList sampleIds; ///< the analysed images (those with an embedding), in store order
    QStringList patientIds;
    QStringList paths;
    /// sex, race and age (binned), then the other attributes, then each condition's label
    /// ("label:Effusion", classes "0" and "1").
    std::vector<SampleClasses> columns;
    PcaResult pca;                      ///< two components; projection rows align with sampleIds
    std::vector<ProbeResult> probes;    ///< one per probed attribute present in the samples
    QStringList probeProblems;          ///< why an attribute could not be probed (or compared)
    std::vector<AttributeShift> shifts; ///< one per probed attribute with two groups or more
};

/// Reads the store's embeddings of the bundle's model and its samples, projects them on two
/// principal components and runs the probe on each attribute. Progress goes from 0 to the
/// number of probes + 1; cancelling returns ErrorCode::Cancelled.
Result<EmbeddingAnalysis> analyseEmbeddings(const EmbeddingAnalysisRequest& request,
                                            const Progress& progress = {});

/// The column called `name`, or nullptr.
const SampleClasses* findColumn(const EmbeddingAnalysis& analysis, const QString& name);

} // namespace cxrfair

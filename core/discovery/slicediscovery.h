#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "data/grouping.h"
#include "discovery/slicestatistics.h"
#include "embedding/npy.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cxrfair {

/// One model's scores for one condition, with each image's embedding: what slice discovery
/// searches. Rows align across every member.
struct SliceData {
    FloatMatrix embeddings;
    QStringList sampleIds;
    QStringList patientIds;
    std::vector<double> scores;
    std::vector<std::int8_t> labels; ///< 0 or 1
    /// Categorical attributes and tags per image (codes per row), for the enrichment.
    std::vector<Grouping> attributes;
    /// Phrases and their text embeddings (rows), for the description; may be empty.
    QStringList terms;
    FloatMatrix termEmbeddings;
};

struct SliceOptions {
    int slices = 5;
    std::uint64_t seed = 2025;
    int pcaComponents = 32;   ///< at most; never more than the embedding's dimension
    int minSearchImages = 10; ///< a smaller mixture component is not a slice candidate
    /// The mixtures' weight of the score rank (see MixtureOptions).
    double scoreWeight = 1.0;
    /// Each class's mixture has 1, 2, 3, 4, 6, 8, 12, ... up to this many components, as
    /// Akaike's criterion chooses.
    int maxComponents = 16;
    BootstrapOptions bootstrap{1000, 2025, BootstrapMode::Clustered, 0.95};
    int threads = 0;
};

struct DiscoveredSlice {
    int number = 0; ///< 1 for the worst, in the order of `difference`
    int component = -1;
    // On the held-out (evaluation) half:
    std::int64_t images = 0;
    std::int64_t positives = 0;
    SliceComparison comparison;
    std::vector<SliceEnrichment> enriched;
    QStringList nearestTerms;
    QString description;
    // On the search half, where the slice was chosen:
    std::int64_t searchImages = 0;
    std::optional<double> searchDifference;
};

struct SliceDiscovery {
    std::vector<DiscoveredSlice> slices;    ///< by ascending held-out difference
    std::vector<int> sliceOfRow;            ///< slice number per row; -1 in none
    std::vector<std::uint8_t> evaluateHalf; ///< 1: the row's patient is in the held-out half
    int components = 0;                     ///< of the two mixtures chosen
    int pcaComponents = 0;
    std::int64_t searchImages = 0;
    std::int64_t evaluateImages = 0;
};

/// Finds the `slices` groups of images where the model does worst, as docs/metrics.md
/// describes: the patients are split in two halves by a seeded hash; on the search half, the
/// embeddings are reduced by PCA and an error-aware mixture (see fitErrorMixture) is fitted to
/// the positives and one to the negatives, each with 1, 2, 4, ... components as Akaike's
/// criterion chooses; every image is assigned to a component of its label's mixture from its
/// coordinates; the components whose search-half AUC difference is lowest become the slices,
/// and every figure reported is computed on the other half.
Result<SliceDiscovery> discoverSlices(const SliceData& data, const SliceOptions& options,
                                      const Progress& progress = {});

/// Which half each patient falls in: a seeded hash of the id, the first half of patients in
/// hash order searching. Independent of the order of the rows.
std::vector<std::uint8_t> evaluationHalf(const QStringList& patientIds, std::uint64_t seed);

} // namespace cxrfair

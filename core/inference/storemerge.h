#pragma once

#include "common/error.h"
#include "inference/embeddingstore.h"

#include <QStringList>

namespace cxrfair {

struct StoreMergeSummary {
    std::vector<SegmentInfo> segments; ///< the merged store's segments
    std::vector<qint64> embeddings;    ///< distinct images of each segment after the merge
    int partsCopied = 0;
};

/// Joins the stores of shard runs (`cxrfair-cli embed --shard i/N`, each into a store of its
/// own) into `target`: their part files are copied, so the merged store holds exactly what
/// the shards encoded. Refuses, naming both stores, sources whose segments differ (another
/// model, another preprocessing or another dimension) or that were made for another dataset.
/// `target` may already hold a compatible store (a merge adds to it); merging a store twice
/// adds nothing.
Result<StoreMergeSummary> mergeStores(const QStringList& sources, const QString& target);

} // namespace cxrfair

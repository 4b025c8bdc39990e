#pragma once

#include "common/error.h"
#include "data/agebins.h"
#include "discovery/slicediscovery.h"
#include "stats/scoretable.h"

#include <vector>

namespace cxrfair {

/// The images of one model and condition of a score table that have a label and an embedding,
/// as slice discovery takes them: `embeddingRow[s]` is sample s's row of `embeddings` (-1: none;
/// counted in `withoutEmbedding`). The table's attributes become the enrichment's groupings (ages
/// binned with `bins`).
Result<SliceData> sliceDataFromTable(const ScoreTable& table, int model, const QString& condition,
                                     const FloatMatrix& embeddings,
                                     const std::vector<qint64>& embeddingRow, const AgeBins& bins,
                                     qint64* withoutEmbedding = nullptr);

} // namespace cxrfair

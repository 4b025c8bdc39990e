#pragma once

#include "common/error.h"
#include "data/agebins.h"
#include "discovery/slicediscovery.h"
#include "discovery/tags.h"
#include "stats/scoretable.h"

#include <vector>

namespace cxrfair {

/// The images of one model and condition of a score table that have a label and an embedding,
/// as slice discovery takes them: `embeddingRow[s]` is sample s's row of `embeddings` (-1: none;
/// counted in `withoutEmbedding`). The table's attributes become the enrichment's groupings (ages
/// binned with `bins`). `dataRow[s]`, when given, receives each sample's row in the result (-1:
/// not in it).
Result<SliceData> sliceDataFromTable(const ScoreTable& table, int model, const QString& condition,
                                     const FloatMatrix& embeddings,
                                     const std::vector<qint64>& embeddingRow, const AgeBins& bins,
                                     qint64* withoutEmbedding = nullptr,
                                     std::vector<qint64>* dataRow = nullptr);

/// Each tag as a yes/no grouping ("tag.NAME") over the rows of slice data: `sampleOfRow[r]` is
/// the tag scores' image of row r.
std::vector<Grouping> tagGroupings(const TagScores& tags, const std::vector<qint64>& sampleOfRow,
                                   const TagThreshold& threshold);

} // namespace cxrfair

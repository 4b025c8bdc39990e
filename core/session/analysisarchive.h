#pragma once

#include "common/error.h"
#include "session/analysis.h"

#include <QByteArray>

namespace cxrfair {

/// What a run's analysis holds, as bytes: the scores, the metrics, the shortcut rows, the
/// embedding analysis, tags and slices, the prompt sweep, the prompts and the encoding's
/// summary. Not the scorer (it holds the store's embeddings; it is opened again when needed)
/// nor the image paths (they come from the embedding analysis).
QByteArray archiveAnalysis(const Analysis& analysis);

/// Reads what archiveAnalysis wrote (what the views derive from it is left to
/// Analysis::deriveViewData). Bytes that end early or hold a count they cannot hold are an error
/// naming `file`, never a partial analysis.
Result<Analysis> unarchiveAnalysis(const QByteArray& bytes, const QString& file);

} // namespace cxrfair

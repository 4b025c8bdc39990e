#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "inference/imagekey.h"
#include "inference/storerecords.h"
#include "inference/storesamples.h"
#include "models/inferencesettings.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cxrfair {

/// What to encode, with what, and where to keep the embeddings.
struct InferenceRequest {
    std::vector<ImageKey> images; ///< path and sample id; size and time are filled by the job
    QString bundlePath;
    QString storeDir;
    InferenceSettings settings;
    int decodeThreads = 0; ///< image decoding and preprocessing; 0: one per core
    int shardIndex = 0;    ///< this process takes the images whose key hash is shardIndex
    int shardCount = 1;    ///< ... modulo shardCount
    /// When set, written into the store first (the cohort that scoring reads).
    std::optional<StoreSamples> samples;
};

/// A request for every image of `samples`, which it also writes into the store.
InferenceRequest inferenceRequestFor(const StoreSamples& samples, const QString& bundlePath,
                                     const QString& storeDir);

struct ImageFailure {
    QString path;
    QString sampleId;
    QString reason;
};

struct InferenceSummary {
    qint64 images = 0;  ///< images of this shard
    qint64 reused = 0;  ///< already in the store
    qint64 encoded = 0; ///< encoded and stored by this run
    qint64 missing = 0; ///< files not found (also in failures)
    std::vector<ImageFailure> failures;
    QString device;
    QString segmentPath;
    int batchSize = 0;    ///< the batch size at the end (smaller than asked after out-of-memory)
    double seconds = 0.0; ///< the whole run, opening the model included
    double imagesPerSecond = 0.0; ///< images encoded / seconds
    /// From the start of decoding to the last embedding stored: the pipeline's own time,
    /// without opening and probing the model.
    double encodingSeconds = 0.0;
    qint64 repairedBytes = 0; ///< damaged or torn records cut out of this run's part
    /// The damaged regions found in the store (this run's part repaired, other parts skipped):
    /// their images are encoded again.
    std::vector<StoreDamage> storeDamage;
};

/// Encodes the request's images with the bundle's image encoder and appends the embeddings to
/// the store as batches complete. Decoding and preprocessing run on `decodeThreads` threads
/// that feed a bounded queue (so memory does not grow with the number of images); one thread
/// runs the encoder. An image that cannot be read is recorded with its reason and skipped; an
/// out-of-memory batch is halved and retried. Cancelling stops within one batch and keeps what
/// was stored, so that the next run resumes. Failures are also written to the segment's
/// `failures.csv` (`failures-I-of-N.csv` for a shard). Progress is the fraction of the images
/// to encode (stored ones excluded) with a line "412/1600 images, 35.2 images/s, 0:38 left".
Result<InferenceSummary> runInference(const InferenceRequest& request,
                                      const Progress& progress = {});

/// "1:05:07" / "4:09".
QString formatDuration(double seconds);

} // namespace cxrfair

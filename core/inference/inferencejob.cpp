#include "inference/inferencejob.h"

#include "data/csvwriter.h"
#include "imaging/imagedecoder.h"
#include "imaging/preprocess.h"
#include "inference/embeddingstore.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::InferenceJob)
};

/// One image after decoding and preprocessing, or why it failed.
struct Decoded {
    size_t index = 0;
    ChwTensor tensor;
    QString error;
};

/// The bounded hand-over between the decoding threads and the encoding thread: producers
/// block while it is full, so at most `capacity` preprocessed images wait in memory.
class BoundedQueue {
public:
    BoundedQueue(size_t capacity, int producers)
        : m_capacity(capacity)
        , m_producers(producers) {}

    bool push(Decoded&& item) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_aborted; });
        if (m_aborted)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    /// The next image, or nothing once every producer is done and the queue is empty.
    std::optional<Decoded> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_producers == 0 || m_aborted; });
        if (m_items.empty() || m_aborted)
            return std::nullopt;
        Decoded item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void producerDone() {
        std::lock_guard lock(m_mutex);
        --m_producers;
        m_notEmpty.notify_all();
    }

    void abort() {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

    bool aborted() const {
        std::lock_guard lock(m_mutex);
        return m_aborted;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Decoded> m_items;
    size_t m_capacity;
    int m_producers;
    bool m_aborted = false;
};

/// The images of the last run that failed; one file per shard, as shards run at once.
void writeFailures(const QString& segmentPath, const InferenceRequest& request,
                   const std::vector<ImageFailure>& failures) {
    const QString name = request.shardCount > 1 ? QStringLiteral("failures-%1-of-%2.csv")
                                                      .arg(request.shardIndex)
                                                      .arg(request.shardCount)
                                                : QStringLiteral("failures.csv");
    const QString path = QDir(segmentPath).filePath(name);
    if (failures.empty()) {
        QFile::remove(path);
        return;
    }
    auto writer = CsvWriter::create(path);
    if (!writer)
        return;
    writer->writeRow({"sample_id", "path", "reason"});
    for (const ImageFailure& f : failures)
        writer->writeRow({f.sampleId.toStdString(), f.path.toStdString(), f.reason.toStdString()});
    (void)writer->close();
}

/// Runs the decoders and the encoder over `todo`, appending to `store`.
class Pipeline {
public:
    Pipeline(ModelEncoder& encoder, EmbeddingStore& store, const std::vector<ImageKey>& todo,
             const InferenceRequest& request, const Progress& control, InferenceSummary& summary)
        : m_encoder(encoder)
        , m_store(store)
        , m_todo(todo)
        , m_request(request)
        , m_control(control)
        , m_summary(summary)
        , m_batchSize(request.settings.batchSize > 0
                          ? request.settings.batchSize
                          : (encoder.deviceName().startsWith(QStringLiteral("cuda")) ? 32 : 1)) {}

    Result<void> run() {
        const int threads = std::max(1, m_request.decodeThreads > 0 ? m_request.decodeThreads
                                                                    : QThread::idealThreadCount());
        BoundedQueue queue(size_t(2 * m_batchSize + threads), threads);
        std::atomic<size_t> next{0};
        const PreprocessSpec spec = m_encoder.bundle().preprocess;
        std::vector<std::thread> decoders;
        for (int t = 0; t < threads; ++t) {
            decoders.emplace_back([&] {
                for (;;) {
                    const size_t i = next.fetch_add(1);
                    if (i >= m_todo.size() || queue.aborted())
                        break;
                    Decoded item;
                    item.index = i;
                    // No exception may leave this thread: an image too large for memory is
                    // one failed image, not the end of the run.
                    try {
                        auto decoded = decodeImage(m_todo[i].path);
                        if (!decoded) {
                            item.error = decoded.error().message;
                        } else if (auto tensor = preprocess(decoded->image, spec); !tensor) {
                            item.error = tensor.error().message;
                        } else {
                            item.tensor = std::move(*tensor);
                        }
                    } catch (const std::exception& e) {
                        item.error = Tr::tr("cannot decode: %1").arg(QString::fromUtf8(e.what()));
                    }
                    if (!queue.push(std::move(item)))
                        break;
                }
                queue.producerDone();
            });
        }

        m_timer.start();
        Result<void> result;
        while (auto item = queue.pop()) {
            if (!item->error.isEmpty()) {
                const ImageKey& key = m_todo[item->index];
                m_summary.failures.push_back({key.path, key.sampleId, item->error});
                ++m_failed;
                ++m_done;
                report();
                continue;
            }
            if (!m_pending.empty() && !sameShape(m_pending.front().tensor, item->tensor))
                result = flush();
            if (result)
                m_pending.push_back(std::move(*item));
            if (result && int(m_pending.size()) >= m_batchSize)
                result = flush();
            if (!result || cancelled())
                break;
        }
        if (result && !cancelled())
            result = flush();
        queue.abort();
        for (std::thread& t : decoders)
            t.join();
        m_summary.batchSize = m_batchSize;
        m_summary.encodingSeconds = double(m_timer.nsecsElapsed()) * 1e-9;
        if (result && cancelled())
            return fail(ErrorCode::Cancelled,
                        Tr::tr("cancelled; %1 images are stored and a new run resumes from there")
                            .arg(m_store.size()));
        return result;
    }

private:
    static bool sameShape(const ChwTensor& a, const ChwTensor& b) {
        return a.channels == b.channels && a.height == b.height && a.width == b.width;
    }

    bool cancelled() const { return m_control.cancelled(); }

    void report() {
        const qint64 total = qint64(m_todo.size());
        QString text = Tr::tr("%1/%2 images").arg(m_done).arg(total);
        const double seconds = double(m_timer.nsecsElapsed()) * 1e-9;
        if (m_done > 0 && seconds > 0.0) {
            const double rate = double(m_done) / seconds;
            text += Tr::tr(", %1 images/s, %2 left")
                        .arg(rate, 0, 'f', 1)
                        .arg(formatDuration(double(total - m_done) / rate));
        }
        if (m_failed > 0)
            text += Tr::tr(", %1 failed").arg(m_failed);
        m_control.step(m_done, total, text);
    }

    /// Encodes `count` images from `first` on, halving the batch size on out-of-memory.
    Result<FloatMatrix> encode(size_t first, size_t count) {
        const ChwTensor& shape = m_pending[first].tensor;
        const size_t stride = shape.data.size();
        m_buffer.resize(count * stride);
        for (size_t i = 0; i < count; ++i)
            std::copy(m_pending[first + i].tensor.data.begin(),
                      m_pending[first + i].tensor.data.end(),
                      m_buffer.begin() + ptrdiff_t(i * stride));
        auto embeddings = m_encoder.encodeImages(m_buffer.data(), int(count), shape.channels,
                                                 shape.height, shape.width);
        if (embeddings || embeddings.error().code != ErrorCode::OutOfMemory || count == 1)
            return embeddings;
        m_batchSize = std::max(1, int(count / 2));
        FloatMatrix all{0, m_encoder.bundle().embeddingDim, {}};
        for (size_t start = 0; start < count;) {
            // The batch size may shrink again inside; advance by what was encoded.
            const size_t n = std::min(size_t(m_batchSize), count - start);
            auto part = encode(first + start, n);
            if (!part)
                return part;
            start += n;
            all.data.insert(all.data.end(), part->data.begin(), part->data.end());
            all.rows += part->rows;
        }
        return all;
    }

    Result<void> flush() {
        if (m_pending.empty())
            return {};
        auto embeddings = encode(0, m_pending.size());
        if (!embeddings)
            return std::unexpected(embeddings.error());
        std::vector<ImageKey> keys;
        keys.reserve(m_pending.size());
        for (const Decoded& d : m_pending)
            keys.push_back(m_todo[d.index]);
        if (auto stored = m_store.append(keys, *embeddings); !stored)
            return stored;
        m_summary.encoded += qint64(keys.size());
        m_done += qint64(keys.size());
        m_pending.clear();
        report();
        return {};
    }

    ModelEncoder& m_encoder;
    EmbeddingStore& m_store;
    const std::vector<ImageKey>& m_todo;
    const InferenceRequest& m_request;
    const Progress& m_control;
    InferenceSummary& m_summary;
    int m_batchSize;
    std::vector<Decoded> m_pending;
    std::vector<float> m_buffer;
    QElapsedTimer m_timer;
    qint64 m_done = 0;
    qint64 m_failed = 0;
};

} // namespace

QString formatDuration(double seconds) {
    const qint64 s = qint64(std::max(0.0, seconds) + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

InferenceRequest inferenceRequestFor(const StoreSamples& samples, const QString& bundlePath,
                                     const QString& storeDir) {
    InferenceRequest request;
    request.bundlePath = bundlePath;
    request.storeDir = storeDir;
    request.images.reserve(size_t(samples.size()));
    for (qsizetype i = 0; i < samples.size(); ++i)
        request.images.push_back({samples.paths[i], samples.sampleIds[i], -1, -1});
    request.samples = samples;
    return request;
}

Result<InferenceSummary> runInference(const InferenceRequest& request, const Progress& control) {
    QElapsedTimer timer;
    timer.start();
    if (request.samples) {
        if (auto written = writeStoreSamples(request.storeDir, *request.samples); !written)
            return std::unexpected(written.error());
    }
    auto bundle = readModelBundle(request.bundlePath);
    if (!bundle)
        return std::unexpected(bundle.error());
    auto encoder = ModelEncoder::open(*bundle, request.settings);
    if (!encoder)
        return std::unexpected(encoder.error());
    SegmentInfo info;
    info.model = bundle->name;
    info.modelHash = bundle->contentHash;
    info.preprocessing = bundle->preprocess.toJson();
    info.dim = bundle->embeddingDim;
    auto store = EmbeddingStore::openForWriting(request.storeDir, info, request.shardIndex,
                                                request.shardCount);
    if (!store)
        return std::unexpected(store.error());

    InferenceSummary summary;
    summary.device = (*encoder)->deviceName();
    summary.segmentPath = store->segmentPath();
    summary.repairedBytes = store->repairedBytes();
    summary.storeDamage = store->damage();
    std::vector<ImageKey> todo;
    for (ImageKey key : request.images) {
        if (request.shardCount > 1 &&
            stableKeyHash(key.sampleId) % std::uint64_t(request.shardCount) !=
                std::uint64_t(request.shardIndex))
            continue;
        ++summary.images;
        if (!key.stat()) {
            ++summary.missing;
            summary.failures.push_back({key.path, key.sampleId, Tr::tr("file not found")});
            continue;
        }
        if (store->contains(key.identity()))
            ++summary.reused;
        else
            todo.push_back(std::move(key));
    }

    Pipeline pipeline(**encoder, *store, todo, request, control, summary);
    const auto ran = pipeline.run();
    writeFailures(summary.segmentPath, request, summary.failures);
    if (!ran)
        return std::unexpected(ran.error());
    summary.seconds = double(timer.nsecsElapsed()) * 1e-9;
    summary.imagesPerSecond = summary.seconds > 0 ? double(summary.encoded) / summary.seconds : 0.0;
    return summary;
}

} // namespace cxrfair

#include "discovery/parallelchunks.h"

#include "common/computepool.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>
#include <vector>

namespace cxrfair {

void forEachChunk(std::size_t chunks, int threads, const std::function<void(std::size_t)>& work) {
    if (chunks == 0)
        return;
    if (threads == 1 || chunks == 1) {
        for (std::size_t c = 0; c < chunks; ++c)
            work(c);
        return;
    }
    std::vector<std::size_t> indices(chunks);
    std::iota(indices.begin(), indices.end(), std::size_t(0));
    if (threads <= 0) {
        QtConcurrent::blockingMap(computePool(), indices, [&](std::size_t c) { work(c); });
        return;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QtConcurrent::blockingMap(&pool, indices, [&](std::size_t c) { work(c); });
}

} // namespace cxrfair

#pragma once

#include <QThreadPool>

#include <cstddef>
#include <functional>

namespace cxrfair {

/// Runs `work(chunk)` for every chunk index in [0, chunks) on `threads` threads (0: the compute
/// pool's), and waits. Callers keep one result per chunk and combine them in chunk order, so the
/// numbers do not depend on the thread count.
void forEachChunk(std::size_t chunks, int threads, const std::function<void(std::size_t)>& work);

} // namespace cxrfair

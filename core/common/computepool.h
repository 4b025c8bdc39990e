#pragma once

class QThreadPool;

namespace cxrfair {

/// The thread pool for parallel loops inside a job (bootstrap batches, reading tables on the
/// other core). Jobs themselves run in Qt's global pool and wait for their loops; were the
/// loops in the same pool, two waiting jobs on two cores would hold every thread and wait
/// forever (and so would the GUI thread, which paints with the global pool). One thread per
/// core by default.
QThreadPool* computePool();

} // namespace cxrfair

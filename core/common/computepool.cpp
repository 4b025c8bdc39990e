#include "common/computepool.h"

#include <QThread>
#include <QThreadPool>

namespace cxrfair {

QThreadPool* computePool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives as long as the process: jobs may outlive main()
        p->setMaxThreadCount(QThread::idealThreadCount());
        return p;
    }();
    return pool;
}

} // namespace cxrfair

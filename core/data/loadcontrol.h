#pragma once

#include <QString>

#include <functional>

namespace cxrfair {

/// Lets a caller follow a long load and stop it. Both callbacks are optional and may be called
/// from the loading thread.
struct LoadControl {
    /// fraction in [0, 1] and what is being done ("reading metadata", ...).
    std::function<void(double fraction, const QString& stage)> onProgress;
    std::function<bool()> isCancelled;

    void progress(double fraction, const QString& stage) const {
        if (onProgress)
            onProgress(fraction, stage);
    }
    bool cancelled() const { return isCancelled && isCancelled(); }
};

} // namespace cxrfair

#include "data/grouping.h"

#include <algorithm>

namespace cxrfair {

std::vector<qint64> Grouping::counts() const {
    std::vector<qint64> out(size_t(groups.size()), 0);
    for (std::int16_t c : codes) {
        if (c >= 0)
            ++out[size_t(c)];
    }
    return out;
}

qint64 Grouping::missing() const {
    return std::count(codes.begin(), codes.end(), std::int16_t(-1));
}

} // namespace cxrfair

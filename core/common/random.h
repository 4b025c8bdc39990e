#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace cxrfair {

/// A small, fully specified random generator (SplitMix64) with its own distributions, so that
/// seeded results (the demo dataset, bootstrap resamples, data splits) are the same on every
/// platform and standard library.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed) {}
    /// A generator for stream `stream` of `seed`: independent of how many numbers other streams
    /// drew, so work can be done in any order, on any number of threads.
    static Random stream(std::uint64_t seed, std::uint64_t stream) {
        Random mixer(seed ^ (stream * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL));
        return Random(mixer.next());
    }

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi].
    int integer(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box-Muller).
    double normal() {
        double u = uniform();
        while (u <= 0.0)
            u = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * uniform());
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

private:
    std::uint64_t m_state;
};

} // namespace cxrfair

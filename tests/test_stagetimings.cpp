#include "common/stagetimings.h"

#include <QTest>

#include <cstring>
#include <vector>

using namespace cxrfair;

namespace {
// AddressSanitizer keeps freed memory in quarantine: it stays resident.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kFreedMemoryLeaves = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kFreedMemoryLeaves = false;
#else
constexpr bool kFreedMemoryLeaves = true;
#endif
#else
constexpr bool kFreedMemoryLeaves = true;
#endif
} // namespace

class TestStageTimings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachStageHasItsOwnPeak() {
        const double base = StageTimings::processPeakMiB();
        if (base < 0)
            QSKIP("this system does not report peak memory");
        StageTimings timings;
        timings.setPrefix(QStringLiteral("mimic: "));
        {
            const StageTimings::Scope outer(&timings, QStringLiteral("outer"));
            {
                const StageTimings::Scope inner(&timings, QStringLiteral("inner"));
                std::vector<char> big(size_t(300) << 20);
                std::memset(big.data(), 1, big.size()); // resident, not only reserved
                QTest::qWait(20);
            }
            const StageTimings::Scope after(&timings, QStringLiteral("after"));
            QTest::qWait(20);
        }
        const StageTimings::Scope nothing(nullptr, QStringLiteral("not recorded"));
        const auto stages = timings.stages();
        QCOMPARE(stages.size(), size_t(3));
        QCOMPARE(stages[0].name, QStringLiteral("mimic: inner"));
        QCOMPARE(stages[1].name, QStringLiteral("mimic: after"));
        QCOMPARE(stages[2].name, QStringLiteral("mimic: outer"));
        // The inner stage held the 300 MiB; the stage after it, once they were freed, did not
        // (its peak was reset when it started); the enclosing stage saw both.
        QVERIFY2(stages[0].peakMiB >= base + 290, qPrintable(QString::number(stages[0].peakMiB)));
        if (kFreedMemoryLeaves)
            QVERIFY2(stages[1].peakMiB < stages[0].peakMiB - 200,
                     qPrintable(
                         QStringLiteral("%1 vs %2").arg(stages[1].peakMiB).arg(stages[0].peakMiB)));
        QVERIFY(stages[2].peakMiB >= stages[0].peakMiB);
        QVERIFY(timings.overallPeakMiB() >= stages[0].peakMiB);
        QVERIFY(stages[0].seconds >= 0.015 && stages[1].seconds >= 0.015);
        QVERIFY(stages[2].seconds >= stages[0].seconds + stages[1].seconds);
    }
};

QTEST_GUILESS_MAIN(TestStageTimings)
#include "test_stagetimings.moc"

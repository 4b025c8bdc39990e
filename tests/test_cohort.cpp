#include "data/cohort.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;

/// Cohort::build on hand-made columns whose every value is a function of the row's sample id,
/// so that after filtering and compaction each column can be checked against its id.
class TestCohort : public QObject {
    Q_OBJECT

private:
    static constexpr int kRows = 5000;

    static CohortColumns makeColumns(const QDir& root, bool createImages) {
        CohortColumns c;
        c.tables = {QStringLiteral("table.csv")};
        c.imageColumn = QStringLiteral("image");
        c.setConditions({QStringLiteral("A"), QStringLiteral("B")});
        QStringList images;
        for (int i = 0; i < kRows; ++i) {
            const std::string id = "s" + std::to_string(i);
            c.sampleId.append(id);
            c.imagePath.append(id + ".png");
            c.patientId.append("p" + std::to_string(i / 3));
            c.sourceLine.push_back(std::uint32_t(i + 2));
            if (i % 11 == 0) {
                c.appendUnlabelled();
            } else {
                const LabelState states[2] = {LabelState(i % 4), LabelState((i / 4) % 4)};
                c.appendLabels(states);
            }
            c.age.push_back(i % 13 == 0 ? std::nanf("") : float(i % 97));
            c.sex.append(i % 5 == 0 ? "" : (i % 2 ? "F" : "M"));
            c.race.append(i % 3 == 0 ? "WHITE" : i % 3 == 1 ? "BLACK/AFRICAN AMERICAN" : "UNKNOWN");
            c.view.append(i % 7 == 0 ? "LATERAL" : "PA");
            c.split.append(i % 2 ? "test" : "train");
            if (createImages && i % 17 != 0)
                images << QString::fromStdString(id + ".png");
        }
        if (createImages)
            test::touch(root, images);
        return c;
    }

    static CohortSettings unfiltered() {
        CohortSettings settings;
        settings.views.clear();
        settings.checkImages = false;
        return settings;
    }

    /// Every row kept: no view filter, no image check.
    static Result<Cohort> buildUnfiltered() {
        return Cohort::build(DatasetSource(DatasetFormat::Csv, QStringLiteral("/nonexistent")),
                             unfiltered(), makeColumns(QDir(), false), LoadReport());
    }

private Q_SLOTS:
    void filtersKeepColumnsAligned() {
        QTemporaryDir dir;
        CohortSettings settings;
        settings.splits = {QStringLiteral("TEST")}; // case-insensitive
        DatasetSource source{DatasetFormat::Csv, dir.path()};
        auto cohort = Cohort::build(source, settings, makeColumns(dir.path(), true), LoadReport());
        QVERIFY(cohort);

        int expected = 0, missing = 0, lateral = 0, unlabeled = 0;
        for (int i = 0; i < kRows; ++i) {
            if (i % 2 == 0)
                continue;
            if (i % 7 == 0) {
                ++lateral;
                continue;
            }
            if (i % 11 == 0) {
                ++unlabeled;
                continue;
            }
            if (i % 17 == 0) {
                ++missing;
                continue;
            }
            ++expected;
        }
        QCOMPARE(cohort->size(), size_t(expected));
        QCOMPARE(cohort->report().excludedBySplit, kRows / 2);
        QCOMPARE(cohort->report().excludedByView, lateral);
        QCOMPARE(cohort->report().unlabeled, unlabeled);
        QCOMPARE(cohort->report().missingImages, missing);
        QCOMPARE(cohort->report().problems.total(), missing);

        const auto sex = cohort->grouping(QStringLiteral("sex"));
        const auto race = cohort->grouping(QStringLiteral("race"));
        for (size_t row = 0; row < cohort->size(); ++row) {
            const int i = cohort->sampleId(row).mid(1).toInt();
            QCOMPARE(cohort->imagePath(row), dir.path() + QStringLiteral("/s%1.png").arg(i));
            QCOMPARE(cohort->patientId(row), QStringLiteral("p%1").arg(i / 3));
            QCOMPARE(cohort->sourceLine(row), std::uint32_t(i + 2));
            QCOMPARE(cohort->rawLabel(0, row), LabelState(i % 4));
            QCOMPARE(cohort->rawLabel(1, row), LabelState((i / 4) % 4));
            if (i % 13 == 0)
                QVERIFY(std::isnan(cohort->age(row)));
            else
                QCOMPARE(cohort->age(row), float(i % 97));
            const int expectedSex = i % 5 == 0 ? -1 : (i % 2 ? 0 : 1);
            QCOMPARE(int(sex->codes[row]), expectedSex);
            const QString expectedRace = i % 3 == 0   ? QStringLiteral("White")
                                         : i % 3 == 1 ? QStringLiteral("Black")
                                                      : QString();
            QCOMPARE(race->codes[row] < 0 ? QString() : race->groups[race->codes[row]],
                     expectedRace);
        }
        // Patients are indexed consistently.
        for (size_t a = 0; a < cohort->size(); ++a) {
            if (a + 1 < cohort->size())
                QCOMPARE(cohort->patientIndex(a) == cohort->patientIndex(a + 1),
                         cohort->patientId(a) == cohort->patientId(a + 1));
        }
    }

    void labelsFollowPolicies() {
        CohortSettings settings = unfiltered();
        auto cohort = buildUnfiltered();
        QVERIFY(cohort);
        for (LabelPolicy u : {LabelPolicy::Unknown, LabelPolicy::Negative, LabelPolicy::Positive}) {
            for (LabelPolicy b :
                 {LabelPolicy::Unknown, LabelPolicy::Negative, LabelPolicy::Positive}) {
                settings.uncertain = u;
                settings.blank = b;
                cohort->setSettings(settings);
                const auto labels = cohort->labels(0);
                for (size_t row = 0; row < cohort->size(); ++row)
                    QCOMPARE(labels[row], resolveLabel(cohort->rawLabel(0, row), u, b));
            }
        }
    }

    void ageBinsChangeWithoutReload() {
        CohortSettings settings = unfiltered();
        auto cohort = buildUnfiltered();
        QVERIFY(cohort);
        settings.ageBins = *AgeBins::parse(QStringLiteral("60"));
        cohort->setSettings(settings);
        const auto age = cohort->grouping(QStringLiteral("age"));
        QCOMPARE(age->groups, (QStringList{"<60", "60+"}));
        qint64 over = 0, nan = 0;
        for (size_t row = 0; row < cohort->size(); ++row) {
            if (std::isnan(cohort->age(row)))
                ++nan;
            else if (cohort->age(row) >= 60)
                ++over;
        }
        QCOMPARE(age->counts()[1], over);
        QCOMPARE(age->missing(), nan);
        QVERIFY(!cohort->grouping(QStringLiteral("nonsense")));
    }

    void mismatchedColumnsAreRefused() {
        QTemporaryDir dir;
        CohortColumns c = makeColumns(dir.path(), false);
        c.age.pop_back();
        QVERIFY(!Cohort::build(DatasetSource{DatasetFormat::Csv, dir.path()}, CohortSettings(),
                               std::move(c), LoadReport()));
    }
};

QTEST_GUILESS_MAIN(TestCohort)
#include "test_cohort.moc"

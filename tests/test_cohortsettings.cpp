#include "data/cohortsettings.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace cxrfair;

class TestCohortSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void studyAgeBins() {
        const AgeBins bins;
        QCOMPARE(bins.labels(), (QStringList{"<18", "18-25", "25-50", "50-65", "65-80", "80+"}));
        // Half-open intervals [18,25), ..., [80, inf).
        QCOMPARE(bins.indexOf(17.99), 0);
        QCOMPARE(bins.indexOf(18.0), 1);
        QCOMPARE(bins.indexOf(24.999), 1);
        QCOMPARE(bins.indexOf(25.0), 2);
        QCOMPARE(bins.indexOf(64.9), 3);
        QCOMPARE(bins.indexOf(65.0), 4);
        QCOMPARE(bins.indexOf(80.0), 5);
        QCOMPARE(bins.indexOf(112.0), 5);
        QCOMPARE(bins.indexOf(std::nan("")), -1);
    }

    void otherAgeBins() {
        const auto bins = AgeBins::parse(QStringLiteral("20, 40,60,80"));
        QVERIFY(bins);
        QCOMPARE(bins->labels(), (QStringList{"<20", "20-40", "40-60", "60-80", "80+"}));
        const auto split = AgeBins::parse(QStringLiteral("60.5"));
        QVERIFY(split);
        QCOMPARE(split->labels(), (QStringList{"<60.5", "60.5+"}));
        QVERIFY(!AgeBins::parse(QStringLiteral("18,18")));
        QVERIFY(!AgeBins::parse(QStringLiteral("50,25")));
        QVERIFY(!AgeBins::parse(QStringLiteral("x")));
        QVERIFY(!AgeBins::parse(QString()));
    }

    void mimicRaceStrings_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("group");
        QTest::newRow("white") << "WHITE"
                               << "White";
        QTest::newRow("white russian") << "WHITE - RUSSIAN"
                                       << "White";
        QTest::newRow("white other european") << "WHITE - OTHER EUROPEAN"
                                              << "White";
        QTest::newRow("black") << "BLACK/AFRICAN AMERICAN"
                               << "Black";
        QTest::newRow("cape verdean") << "BLACK/CAPE VERDEAN"
                                      << "Black";
        QTest::newRow("chinese") << "ASIAN - CHINESE"
                                 << "Asian";
        QTest::newRow("puerto rican") << "HISPANIC/LATINO - PUERTO RICAN"
                                      << "Hispanic/Latino";
        QTest::newRow("hispanic or latino") << "HISPANIC OR LATINO"
                                            << "Hispanic/Latino";
        QTest::newRow("portuguese") << "PORTUGUESE"
                                    << "Other";
        QTest::newRow("native") << "AMERICAN INDIAN/ALASKA NATIVE"
                                << "Other";
        QTest::newRow("multiple") << "MULTIPLE RACE/ETHNICITY"
                                  << "Other";
        QTest::newRow("unknown") << "UNKNOWN"
                                 << "";
        QTest::newRow("unable") << "UNABLE TO OBTAIN"
                                << "";
        QTest::newRow("declined") << "PATIENT DECLINED TO ANSWER"
                                  << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("chexpert black") << "Black or African American"
                                        << "Black";
        QTest::newRow("chexpert refused") << "Patient Refused"
                                          << "";
        QTest::newRow("chexpert white nh") << "White, non-Hispanic"
                                           << "White";
    }
    void mimicRaceStrings() {
        QFETCH(QString, raw);
        QFETCH(QString, group);
        QCOMPARE(RaceMapping::study().map(raw), group);
    }

    void jsonRoundTrip() {
        CohortSettings s;
        s.splits = {QStringLiteral("test")};
        s.views.clear();
        s.uncertain = LabelPolicy::Positive;
        s.blank = LabelPolicy::Unknown;
        s.ageBins = *AgeBins::parse(QStringLiteral("60"));
        s.race.setRules({{QStringLiteral("W"), QStringLiteral("Group W")}});
        s.race.setFallback(QStringLiteral("Rest"));
        s.femaleName = QStringLiteral("F");
        s.intersections = {{QStringLiteral("sex"), QStringLiteral("age")}};
        s.checkImages = false;
        const QByteArray text = QJsonDocument(s.toJson()).toJson();
        const auto back = CohortSettings::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QVERIFY(*back == s);
        // Defaults are the study's.
        const auto defaults = CohortSettings::fromJson(QJsonObject());
        QVERIFY(defaults);
        QVERIFY(*defaults == CohortSettings());
        QCOMPARE(defaults->views, (QStringList{"PA", "AP"}));
        QCOMPARE(defaults->blank, LabelPolicy::Negative);
        QCOMPARE(defaults->uncertain, LabelPolicy::Unknown);
    }

    void badJson() {
        QVERIFY(!CohortSettings::fromJson(QJsonObject{{"uncertain", "sometimes"}}));
        const QJsonObject decreasing{{"age_bins", QJsonArray{50, 20}}};
        QVERIFY(!CohortSettings::fromJson(decreasing));
        const QJsonObject single{{"intersections", QJsonArray{QJsonArray{"sex"}}}};
        QVERIFY(!CohortSettings::fromJson(single));
    }

    void intersectionSyntax() {
        QCOMPARE(parseIntersection(QStringLiteral("sex:age")), (QStringList{"sex", "age"}));
        QCOMPARE(parseIntersection(QStringLiteral("sex x race")), (QStringList{"sex", "race"}));
        QCOMPARE(parseIntersection(QStringLiteral("sex")), (QStringList{"sex"}));
        QCOMPARE(intersectionName({QStringLiteral("sex"), QStringLiteral("age")}),
                 QStringLiteral("sex x age"));
    }
};

QTEST_GUILESS_MAIN(TestCohortSettings)
#include "test_cohortsettings.moc"

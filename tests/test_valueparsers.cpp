#include "data/readerutils.h"
#include "data/valueparsers.h"

#include <QTest>

#include <cmath>

using namespace cxrfair;

class TestValueParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ages() {
        QCOMPARE(parseAgeYears("58").value(), 58.0);
        QCOMPARE(parseAgeYears(" 58.5 ").value(), 58.5);
        QCOMPARE(parseAgeYears("058Y").value(), 58.0); // NIH 2017 release
        QCOMPARE(parseAgeYears("011M").value(), 11.0 / 12.0);
        QCOMPARE(parseAgeYears("045D").value(), 45.0 / 365.25);
        QVERIFY(std::isnan(parseAgeYears("").value())); // missing, not an error
        QVERIFY(!parseAgeYears("abc"));
        QVERIFY(!parseAgeYears("-3"));
        QVERIFY(!parseAgeYears("58 years"));
    }

    void labels() {
        QCOMPARE(parseLabel("1.0").value(), LabelState::Positive);
        QCOMPARE(parseLabel("1").value(), LabelState::Positive);
        QCOMPARE(parseLabel("0.0").value(), LabelState::Negative);
        QCOMPARE(parseLabel("-1.0").value(), LabelState::Uncertain);
        QCOMPARE(parseLabel("").value(), LabelState::Blank);
        QVERIFY(!parseLabel("2"));
        QVERIFY(!parseLabel("0.5"));
        QVERIFY(!parseLabel("yes"));
    }

    void labelPolicies() {
        using enum LabelPolicy;
        QCOMPARE(resolveLabel(LabelState::Uncertain, Unknown, Negative), std::int8_t(-1));
        QCOMPARE(resolveLabel(LabelState::Uncertain, Positive, Negative), std::int8_t(1));
        QCOMPARE(resolveLabel(LabelState::Uncertain, Negative, Negative), std::int8_t(0));
        QCOMPARE(resolveLabel(LabelState::Blank, Unknown, Negative), std::int8_t(0));
        QCOMPARE(resolveLabel(LabelState::Blank, Unknown, Unknown), std::int8_t(-1));
        QCOMPARE(resolveLabel(LabelState::Positive, Negative, Negative), std::int8_t(1));
        QCOMPARE(parseLabelPolicy(QStringLiteral("drop")).value(), Unknown);
        QCOMPARE(labelPolicyName(Unknown), QStringLiteral("drop"));
        QVERIFY(!parseLabelPolicy(QStringLiteral("maybe")));
    }

    void sexes() {
        QCOMPARE(parseSex("M"), SexValue::Male);
        QCOMPARE(parseSex("female"), SexValue::Female);
        QCOMPARE(parseSex("Unknown"), SexValue::Missing);
        QCOMPARE(parseSex(""), SexValue::Missing);
        QCOMPARE(parseSex("X"), SexValue::Invalid);
    }

    void views() {
        QCOMPARE(normalizeView(" pa "), std::string("PA"));
        QCOMPARE(normalizeView("LL"), std::string("LATERAL"));
        QCOMPARE(normalizeView("Lateral"), std::string("LATERAL"));
        QCOMPARE(normalizeView("AP AXIAL"), std::string("AP AXIAL"));
        QCOMPARE(normalizeView(""), std::string());
    }
};

QTEST_GUILESS_MAIN(TestValueParsers)
#include "test_valueparsers.moc"

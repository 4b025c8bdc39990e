#include "data/cohortloader.h"
#include "data/cohortsummary.h"
#include "demo/demogenerator.h"
#include "demo/demoplan.h"
#include "demo/phantom.h"
#include "imaging/imagedecoder.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

/// Relative path -> SHA-256 of every file under `root`.
QMap<QString, QByteArray> fingerprint(const QString& root) {
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(QDir(root).relativeFilePath(path),
                   QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

double meanAbsDifference(const std::vector<float>& a, const std::vector<float>& b) {
    double sum = 0;
    for (size_t i = 0; i < a.size(); ++i)
        sum += std::abs(a[i] - b[i]);
    return sum / double(a.size());
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoOptions m_options;

private Q_SLOTS:
    void initTestCase() {
        m_options.outDir = m_dir.filePath(QStringLiteral("a"));
        m_options.nihImages = 150;
        m_options.mimicImages = 150;
        m_options.imageSize = 128;
        m_options.seed = 7;
        const auto result = generateDemo(m_options);
        QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
        QVERIFY(!result->reused);
    }

    void sameSeedSameBytes() {
        DemoOptions other = m_options;
        other.outDir = m_dir.filePath(QStringLiteral("b"));
        other.threads = 1; // the output must not depend on the thread count
        QVERIFY(generateDemo(other));
        const auto a = fingerprint(m_options.outDir);
        const auto b = fingerprint(other.outDir);
        QVERIFY(a.size() > 300);
        QCOMPARE(a.keys(), b.keys());
        QVERIFY(a == b);

        other.outDir = m_dir.filePath(QStringLiteral("c"));
        other.seed = 8;
        QVERIFY(generateDemo(other));
        QVERIFY(fingerprint(other.outDir) != a);
    }

    void reusedOrRefused() {
        const auto again = generateDemo(m_options);
        QVERIFY(again && again->reused);
        // A folder with other content is not overwritten.
        QTemporaryDir busy;
        QFile keep(busy.filePath(QStringLiteral("thesis.tex")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        DemoOptions o = m_options;
        o.outDir = busy.path();
        const auto refused = generateDemo(o);
        QVERIFY(!refused);
        QVERIFY(QFile::exists(keep.fileName()));
    }

    void readersLoadTheDemo() {
        CohortSettings all;
        all.views.clear();
        const auto nih = loadCohort(
            DatasetSource{DatasetFormat::Nih, m_options.outDir + QStringLiteral("/nih")}, all);
        QVERIFY2(nih, nih ? "" : qPrintable(nih.error().toString()));
        QCOMPARE(nih->size(), size_t(150));
        QCOMPARE(nih->report().missingImages, 0);
        QCOMPARE(nih->report().invalidRows, 0);
        QVERIFY(nih->attributeNames().contains(QStringLiteral("drain")));

        const auto mimic = loadCohort(
            DatasetSource{DatasetFormat::Mimic, m_options.outDir + QStringLiteral("/mimic")}, all);
        QVERIFY2(mimic, mimic ? "" : qPrintable(mimic.error().toString()));
        QCOMPARE(mimic->size(), size_t(150));
        QCOMPARE(mimic->report().missingImages, 0);
        QCOMPARE(mimic->report().invalidRows, 0);
        QVERIFY(mimic->attributeNames().contains(QStringLiteral("race")));
        const auto age = mimic->grouping(QStringLiteral("age"));
        QCOMPARE(age->missing(), 0);

        // Every image decodes; the MIMIC tree mixes MONOCHROME1, MONOCHROME2 and JPEG lossless.
        QSet<QString> photometric, syntaxes;
        for (const Cohort* cohort : {&*nih, &*mimic}) {
            for (size_t row = 0; row < cohort->size(); ++row) {
                const auto d = decodeImage(cohort->imagePath(row));
                QVERIFY2(d, d ? "" : qPrintable(d.error().toString()));
                QCOMPARE(d->image.width, 128);
                photometric << d->info.photometric;
                syntaxes << d->info.transferSyntaxUid;
            }
        }
        QVERIFY(photometric.contains(QStringLiteral("MONOCHROME1")));
        QVERIFY(syntaxes.contains(QStringLiteral("1.2.840.10008.1.2.4.70")));
    }

    void findingsAreVisible() {
        // The same patient with and without each finding differs visibly; in patients of 80 and
        // over the difference is smaller (the demo's age bias).
        for (int f = 0; f < kDemoFindings; ++f) {
            PhantomSpec base;
            base.seed = 99;
            base.age = 50;
            PhantomSpec sick = base;
            sick.severity[size_t(f)] = 0.8;
            const double young =
                meanAbsDifference(renderPhantom(base, 128), renderPhantom(sick, 128));
            QVERIFY2(
                young > 0.002,
                qPrintable(QStringLiteral("%1: %2").arg(demoFindingNames()[size_t(f)]).arg(young)));
            base.age = sick.age = 85;
            sick.visibility = 0.45;
            const double old =
                meanAbsDifference(renderPhantom(base, 128), renderPhantom(sick, 128));
            QVERIFY(old < young);
        }
        PhantomSpec tube;
        tube.seed = 5;
        PhantomSpec none = tube;
        tube.drain = true;
        QVERIFY(meanAbsDifference(renderPhantom(tube, 128), renderPhantom(none, 128)) > 0.001);
    }

    void drainsGoWithPneumothorax() {
        const DemoPlan plan = planDemo(DemoDataset::Nih, 4000, 1);
        int ptx = 0, ptxDrain = 0, other = 0, otherDrain = 0;
        double severityWith = 0, severityWithout = 0;
        for (const DemoImage& image : plan.images) {
            const double s = image.severity[size_t(DemoFinding::Pneumothorax)];
            if (s > 0) {
                ++ptx;
                ptxDrain += image.drain;
                (image.drain ? severityWith : severityWithout) += s;
            } else {
                ++other;
                otherDrain += image.drain;
            }
        }
        QVERIFY(ptx > 200);
        const double withRate = double(ptxDrain) / ptx, otherRate = double(otherDrain) / other;
        QVERIFY(withRate > 0.4 && withRate < 0.7);
        QVERIFY(otherRate < 0.06);
        // Drained pneumothoraces are the larger ones: the shortcut to find.
        QVERIFY(severityWith / ptxDrain > severityWithout / (ptx - ptxDrain) + 0.2);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"

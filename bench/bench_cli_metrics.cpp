// The path users run: `cxrfair-cli metrics` as a separate process on the study-sized score
// table (6 models x 6 conditions x 100,000 images = 3.6 million rows, about 160 MB, in the
// columns `cxrfair-cli score` writes; attributes sex, race and age binned as the study does;
// 1000 resamples). Targets on the 2-core machine: at most 10 s end to end, reading the table
// alone at most 2 s, peak memory at most 1 GB, and at least 200 times the study's own way
// (scikit-learn's roc_auc_score per resample per group, extrapolated, in the same run).
//
//   bench_cli_metrics [--images 100000] [--resamples 1000] [--no-reference] [--keep DIR]

#include "benchutils.h"

#include "common/random.h"
#include "stats/scoretable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cmath>

using namespace cxrfair;

namespace {

constexpr int kModels = 6;
constexpr int kConditions = 6;

/// The study-sized table, and the reference's inputs (model 1's scores, the labels and the
/// group codes) from the same draws.
struct Generated {
    ScoreTable table;
    FloatMatrix scores, labels, groups;
};

Generated generate(int n) {
    Random r(11);
    Generated g;
    ScoreTable& t = g.table;
    t.attributes = {QStringLiteral("sex"), QStringLiteral("race"), QStringLiteral("age")};
    t.sampleAttributes.resize(3);
    const QStringList sexes{QStringLiteral("Female"), QStringLiteral("Male")};
    const QStringList races{QStringLiteral("Asian"), QStringLiteral("Black"),
                            QStringLiteral("Other"), QStringLiteral("White")};
    const double ageEdges[] = {18, 25, 50, 65, 80};
    g.groups = {n, 3, {}};
    for (int i = 0; i < n; ++i) {
        t.sampleIds << QStringLiteral("img%1").arg(i, 6, 10, QLatin1Char('0'));
        t.samplePatient.push_back(i / 2);
        const int sex = r.integer(0, 1), race = r.integer(0, 3);
        const int age = r.integer(18, 95);
        t.sampleAttributes[0] << sexes[sex];
        t.sampleAttributes[1] << races[race];
        t.sampleAttributes[2] << QString::number(age);
        int bin = 0;
        while (bin + 1 < 5 && age >= ageEdges[bin + 1])
            ++bin;
        g.groups.data.insert(g.groups.data.end(), {float(sex), float(bin), float(race)});
    }
    for (int p = 0; p < (n + 1) / 2; ++p)
        t.patientIds << QStringLiteral("p%1").arg(p);
    g.scores = {n, kModels, std::vector<float>(size_t(n) * kModels)};
    g.labels = {n, kConditions, std::vector<float>(size_t(n) * kConditions)};
    std::vector<std::vector<std::int8_t>> labels(kConditions);
    for (int c = 0; c < kConditions; ++c) {
        t.conditions << QStringLiteral("Condition %1").arg(c + 1);
        for (int i = 0; i < n; ++i) {
            labels[size_t(c)].push_back(std::int8_t(r.chance(0.1))); // the image's label
            g.labels.data[size_t(i) * kConditions + size_t(c)] = labels[size_t(c)].back();
        }
    }
    t.entries.resize(kModels);
    for (int m = 0; m < kModels; ++m) {
        t.models << QStringLiteral("model %1").arg(m + 1);
        for (int c = 0; c < kConditions; ++c) {
            std::vector<ScoreTable::Entry> entries;
            entries.reserve(size_t(n));
            for (int i = 0; i < n; ++i) {
                const std::int8_t y = labels[size_t(c)][size_t(i)];
                const double s =
                    1.0 / (1.0 + std::exp(-(r.normal() + (y ? 0.5 + 0.2 * m : 0.0) - 2.0)));
                entries.push_back({std::uint32_t(i), y, s});
                if (c == 0)
                    g.scores.data[size_t(i) * kModels + size_t(m)] = float(s);
            }
            t.entries[size_t(m)].push_back(std::move(entries));
        }
    }
    return g;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = bench::option(args, QStringLiteral("images"), QStringLiteral("100000")).toInt();
    const int resamples =
        bench::option(args, QStringLiteral("resamples"), QStringLiteral("1000")).toInt();
    const QString cli = bench::option(args, QStringLiteral("cli"), QStringLiteral(CXRFAIR_CLI));
    QTextStream out(stdout);
    out << "cxrfair-cli metrics benchmark: " << kModels << " models x " << kConditions
        << " conditions x " << n << " images, attributes sex, race, age (5 bins), " << resamples
        << " bootstrap resamples\nmachine: " << bench::machineDescription() << Qt::endl;

    QTemporaryDir temporary;
    const QString kept = bench::option(args, QStringLiteral("keep"));
    const QDir dir(kept.isEmpty() ? temporary.path() : kept);
    QDir().mkpath(dir.path());
    const QString scoresPath = dir.filePath(QStringLiteral("scores.csv"));
    const Generated generated = generate(n);
    if (auto written = writeScoreTable(scoresPath, generated.table); !written) {
        out << "cannot write the table: " << written.error().toString() << Qt::endl;
        return 1;
    }
    out << "table:    " << QString::number(QFileInfo(scoresPath).size() / 1e6, 'f', 1) << " MB, "
        << qint64(kModels) * kConditions * n << " rows" << Qt::endl;

    // Reading alone, in this process.
    double start = bench::now();
    const auto read = readScoreTable(scoresPath);
    const double readSeconds = bench::now() - start;
    if (!read || read->sampleIds.size() != n) {
        out << "cannot read the table back" << Qt::endl;
        return 1;
    }
    out << "read:     " << QString::number(readSeconds, 'f', 2)
        << " s to read and check the table   target <= 2 s: "
        << (readSeconds <= 2.0 ? "met" : "NOT met") << Qt::endl;

    // The command as users run it.
    QProcess metrics;
    metrics.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList arguments{QStringLiteral("metrics"),
                                QStringLiteral("--scores"),
                                scoresPath,
                                QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("metrics.csv")),
                                QStringLiteral("--attributes"),
                                QStringLiteral("sex,race,age"),
                                QStringLiteral("--age-bins"),
                                QStringLiteral("18,25,50,65,80"),
                                QStringLiteral("--bootstrap"),
                                QString::number(resamples)};
    start = bench::now();
    metrics.start(cli, arguments);
    metrics.waitForFinished(-1);
    const double seconds = bench::now() - start;
    if (metrics.exitStatus() != QProcess::NormalExit || metrics.exitCode() != 0) {
        out << "cxrfair-cli metrics failed (" << cli << ")" << Qt::endl;
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far: the command
    const double peakMiB = double(usage.ru_maxrss) / 1024.0;
    out << "cxrfair-cli metrics: " << QString::number(seconds, 'f', 2)
        << " s end to end   target <= 10 s: " << (seconds <= 10.0 ? "met" : "NOT met") << Qt::endl;
    out << "peak memory: " << QString::number(peakMiB, 'f', 0)
        << " MiB   target <= 1024 MiB: " << (peakMiB <= 1024.0 ? "met" : "NOT met") << Qt::endl;

    if (bench::flag(args, QStringLiteral("no-reference")))
        return 0;
    bench::printSklearnComparison(
        out,
        bench::sklearnBootstrapReference(generated.scores, generated.labels, generated.groups,
                                         kModels, kConditions, resamples),
        seconds, QStringLiteral("the whole command, reading included"));
    return 0;
}

#include "inference/embeddinganalysis.h"

#include "inference/embeddingstore.h"
#include "inference/storesamples.h"
#include "models/modelbundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <cmath>
#include <optional>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::EmbeddingAnalysis)
};

/// Classes in sorted order (ages in bin order), codes per value.
SampleClasses categorical(const QString& name, const QStringList& values, const AgeBins& bins) {
    SampleClasses column{name, {}, {}};
    bool numeric = name == QStringLiteral("age");
    for (const QString& v : values) {
        bool ok = v.isEmpty();
        if (!ok)
            v.toDouble(&ok);
        numeric = numeric && ok;
    }
    if (numeric) {
        column.classes = bins.labels();
        for (const QString& v : values)
            column.codes.push_back(v.isEmpty() ? -1 : bins.indexOf(v.toDouble()));
        return column;
    }
    for (const QString& v : values)
        if (!v.isEmpty() && !column.classes.contains(v))
            column.classes << v;
    column.classes.sort();
    for (const QString& v : values)
        column.codes.push_back(v.isEmpty() ? -1 : std::int32_t(column.classes.indexOf(v)));
    return column;
}

} // namespace

const SampleClasses* findColumn(const EmbeddingAnalysis& analysis, const QString& name) {
    for (const SampleClasses& c : analysis.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

Result<EmbeddingAnalysis> analyseEmbeddings(const EmbeddingAnalysisRequest& request,
                                            const Progress& progress) {
    const auto stageName = [&](const QString& stage) {
        return request.stageName.isEmpty() ? stage
                                           : request.stageName + QStringLiteral(": ") + stage;
    };
    std::optional<StageTimings::Scope> timed;
    timed.emplace(request.timings, stageName(QStringLiteral("embeddings read")));
    QString modelHash = request.modelHash;
    QString modelName;
    if (!request.bundlePath.isEmpty()) {
        auto bundle = readModelBundle(request.bundlePath);
        if (!bundle)
            return std::unexpected(bundle.error());
        modelHash = bundle->contentHash;
        modelName = bundleLabel(*bundle);
    }
    // What the scorer read already, or the store's.
    std::optional<StoredEmbeddings> readStored;
    if (!request.stored) {
        auto read = EmbeddingStore::readModel(request.storeDir, modelHash);
        if (!read)
            return std::unexpected(read.error());
        readStored = std::move(*read);
    }
    const StoredEmbeddings* stored = request.stored ? request.stored : &*readStored;
    if (modelName.isEmpty())
        modelName = stored->info.model;
    std::optional<StoreSamples> readSamples;
    if (!request.samples) {
        auto read = readStoreSamples(request.storeDir);
        if (!read)
            return std::unexpected(read.error());
        readSamples = std::move(*read);
    }
    const StoreSamples* samples = request.samples ? request.samples : &*readSamples;

    EmbeddingAnalysis analysis;
    analysis.model = modelName;
    analysis.segmentPath = QDir(request.storeDir).filePath(stored->info.folderName());
    analysis.storedImages = stored->vectors.rows;
    analysis.dimension = int(stored->vectors.cols);
    std::vector<qint64> storeRows, sampleRows;
    for (qsizetype i = 0; i < samples->size(); ++i) {
        const qint64 row = stored->rowOfSample.value(samples->sampleIds[i], -1);
        if (row < 0)
            continue;
        storeRows.push_back(row);
        sampleRows.push_back(i);
        analysis.sampleIds << samples->sampleIds[i];
        analysis.patientIds << samples->patientIds[i];
        analysis.paths << samples->paths[i];
    }
    if (storeRows.size() < 3)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the store holds %n embedded image(s) of this model; the analysis "
                           "needs at least 3",
                           nullptr, int(storeRows.size())),
                    request.storeDir);
    FloatMatrix x;
    x.rows = qint64(storeRows.size());
    x.cols = stored->vectors.cols;
    x.data.resize(size_t(x.rows * x.cols));
    for (qint64 r = 0; r < x.rows; ++r)
        std::copy_n(stored->vectors.row(storeRows[size_t(r)]), x.cols, x.row(r));
    readStored.reset(); // x holds what the analysis needs

    // Attributes first (the probed ones in their order), then labels.
    QStringList order = request.probeAttributes;
    for (const QString& a : samples->attributes)
        if (!order.contains(a))
            order << a;
    for (const QString& name : order) {
        const qsizetype a = samples->attributes.indexOf(name);
        if (a < 0)
            continue;
        QStringList values;
        for (qint64 i : sampleRows)
            values << samples->values[size_t(a)][i];
        analysis.columns.push_back(categorical(name, values, request.ageBins));
    }
    for (qsizetype c = 0; c < samples->conditions.size(); ++c) {
        SampleClasses label{QStringLiteral("label:") + samples->conditions[c],
                            {QStringLiteral("0"), QStringLiteral("1")},
                            {}};
        for (qint64 i : sampleRows)
            label.codes.push_back(samples->labels[size_t(c)][size_t(i)]);
        analysis.columns.push_back(std::move(label));
    }

    const int total = int(request.probeAttributes.size()) + 1;
    const auto stage = [&](int done) {
        progress.step(done, total,
                      Tr::tr("Embedding analysis: PCA and attribute probes (%1 of %2)")
                          .arg(std::min(done + 1, total))
                          .arg(total));
    };
    timed.reset();
    stage(0);
    timed.emplace(request.timings, stageName(QStringLiteral("PCA")));
    auto components = pca(x, 2);
    timed.reset();
    if (!components)
        return std::unexpected(components.error());
    analysis.pca = std::move(*components);

    QHash<QString, std::int32_t> patientIndex;
    std::vector<std::int32_t> patients;
    for (const QString& p : analysis.patientIds)
        patients.push_back(
            patientIndex.insert(p, patientIndex.value(p, std::int32_t(patientIndex.size())))
                .value());
    for (int k = 0; k < int(request.probeAttributes.size()); ++k) {
        if (progress.cancelled())
            return std::unexpected(Progress::cancelledError());
        stage(k + 1);
        const QString& name = request.probeAttributes[k];
        const SampleClasses* column = findColumn(analysis, name);
        if (!column) {
            analysis.probeProblems << Tr::tr("%1: not recorded in this dataset").arg(name);
            continue;
        }
        timed.emplace(request.timings, stageName(QStringLiteral("probe ") + name));
        auto probe = runProbe(x, column->codes, patients, column->classes, request.probe, progress);
        timed.reset();
        if (!probe) {
            if (probe.error().code == ErrorCode::Cancelled)
                return std::unexpected(probe.error());
            analysis.probeProblems << QStringLiteral("%1: %2").arg(name, probe.error().message);
            continue;
        }
        probe->target = name;
        analysis.probes.push_back(std::move(*probe));
        if (!request.shift)
            continue;
        QStringList groups;
        groups.reserve(qsizetype(column->codes.size()));
        for (const std::int32_t code : column->codes)
            groups << (code >= 0 ? column->classes[code] : QString());
        MmdOptions options = *request.shift;
        options.seed = request.probe.seed;
        timed.emplace(request.timings, stageName(QStringLiteral("shift ") + name));
        auto shift = groupMmd(x, groups, options,
                              progress.part(double(k + 1) / total, double(k + 2) / total));
        timed.reset();
        if (!shift) {
            if (shift.error().code == ErrorCode::Cancelled)
                return std::unexpected(shift.error());
            analysis.probeProblems
                << Tr::tr("%1: no representation shift: %2").arg(name, shift.error().message);
            continue;
        }
        analysis.shifts.push_back({name, std::move(*shift)});
    }
    stage(total);
    return analysis;
}

} // namespace cxrfair

#include "discovery/modeldiscovery.h"

#include "discovery/slicesources.h"
#include "inference/scoring.h"

#include <QCoreApplication>
#include <QHash>

#include <numeric>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ModelDiscovery)
};
} // namespace

Result<ModelDiscovery> discoverForModel(StoreScorer& scorer, const ScoreTable& scores,
                                        const DiscoveryRequest& request, const Progress& progress) {
    ModelDiscovery out;
    TagSet tags = TagSet::builtIn();
    if (!request.settings.tagsFile.isEmpty()) {
        auto extra = TagSet::fromFile(request.settings.tagsFile);
        if (!extra)
            return std::unexpected(extra.error());
        tags.add(*extra);
    }
    const ScoreTable& images = scorer.images();
    if (request.tags || request.slices) {
        progress.report(0.0, Tr::tr("Tags"));
        auto scored = scoreTags(scorer, tags);
        if (!scored)
            return std::unexpected(scored.error());
        out.tags = std::move(*scored);
        out.tagSamples = images.sampleIds;
        for (qsizetype t = 0; t < out.tags.tags.size(); ++t) {
            const std::vector<double>& s = out.tags.scores[size_t(t)];
            out.tagCuts.push_back(tagCut(s, request.settings.threshold(out.tags.tags[t])));
            const QString annotation = tagAnnotation(out.tags.tags[t]);
            const qsizetype a = images.attributes.indexOf(annotation);
            if (!annotation.isEmpty() && a >= 0)
                out.agreements.push_back(tagAgreement(out.tags.tags[t], s, annotation,
                                                      images.sampleAttributes[size_t(a)],
                                                      images.samplePatient, request.bootstrap));
        }
    }
    if (!request.slices)
        return out;

    const QStringList conditions = request.settings.sliceConditions.isEmpty()
                                       ? scores.conditions
                                       : request.settings.sliceConditions;
    const FloatMatrix embeddings = scorer.imageEmbeddings();
    // The scorer's images are the table's samples when the table comes from it; join by id so
    // that any table of the same store works.
    QHash<QString, qint64> rowOf;
    for (qsizetype i = 0; i < images.sampleIds.size(); ++i)
        rowOf.insert(images.sampleIds[i], i);
    std::vector<qint64> embeddingRow;
    for (const QString& id : scores.sampleIds)
        embeddingRow.push_back(rowOf.value(id, -1));
    const QStringList terms = radiologyTerms(tags);
    auto termEmbeddings = scorer.textEmbeddings(terms);
    if (!termEmbeddings)
        return std::unexpected(termEmbeddings.error());
    SliceOptions options;
    options.slices = request.settings.slices;
    options.seed = request.bootstrap.seed;
    options.bootstrap = request.bootstrap;
    options.bootstrap.mode = BootstrapMode::Clustered;
    options.threads = request.threads;
    for (qsizetype c = 0; c < conditions.size(); ++c) {
        if (progress.cancelled())
            return std::unexpected(Progress::cancelledError());
        const QString& condition = conditions[c];
        progress.report(0.1 + 0.9 * double(c) / double(conditions.size()),
                        Tr::tr("Slices of %1").arg(condition));
        auto data =
            sliceDataFromTable(scores, 0, condition, embeddings, embeddingRow, request.ageBins);
        if (!data) {
            out.problems << data.error().message;
            continue;
        }
        for (Grouping& g : tagColumns(out, data->sampleIds))
            data->attributes.push_back(std::move(g));
        data->terms = terms;
        data->termEmbeddings = *termEmbeddings;
        auto found =
            discoverSlices(*data, options,
                           progress.part(0.1 + 0.9 * double(c) / double(conditions.size()),
                                         0.1 + 0.9 * double(c + 1) / double(conditions.size())));
        if (!found) {
            if (found.error().code == ErrorCode::Cancelled)
                return std::unexpected(found.error());
            out.problems << Tr::tr("%1: no slices: %2").arg(condition, found.error().message);
            continue;
        }
        out.slices.push_back({condition, data->sampleIds, std::move(*found)});
    }
    progress.report(1.0);
    return out;
}

Result<void> addTagAttributes(ScoreTable& table, const ModelDiscovery& discovery) {
    for (const Grouping& g : tagColumns(discovery, table.sampleIds)) {
        if (table.attributes.contains(g.attribute))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("the scores already have an attribute '%1'").arg(g.attribute),
                        table.path);
        QStringList values;
        values.reserve(qsizetype(g.codes.size()));
        for (std::int16_t code : g.codes)
            values << (code < 0 ? QString() : g.groups[code]);
        table.attributes << g.attribute;
        table.sampleAttributes.push_back(std::move(values));
    }
    return {};
}

std::vector<Grouping> tagColumns(const ModelDiscovery& discovery, const QStringList& sampleIds) {
    QHash<QString, qint64> rowOf;
    for (qsizetype i = 0; i < discovery.tagSamples.size(); ++i)
        rowOf.insert(discovery.tagSamples[i], i);
    std::vector<Grouping> out;
    for (qsizetype t = 0; t < discovery.tags.tags.size(); ++t) {
        Grouping g{tagAttributeName(discovery.tags.tags[t]),
                   {QStringLiteral("no"), QStringLiteral("yes")},
                   {}};
        for (const QString& id : sampleIds) {
            const qint64 r = rowOf.value(id, -1);
            g.codes.push_back(r < 0 ? std::int16_t(-1)
                                    : std::int16_t(discovery.tags.scores[size_t(t)][size_t(r)] >=
                                                           discovery.tagCuts[size_t(t)]
                                                       ? 1
                                                       : 0));
        }
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace cxrfair

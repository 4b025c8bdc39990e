#include "discovery/slicesources.h"

#include <QCoreApplication>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::SliceSources)
};
} // namespace

Result<SliceData> sliceDataFromTable(const ScoreTable& table, int model, const QString& condition,
                                     const FloatMatrix& embeddings,
                                     const std::vector<qint64>& embeddingRow, const AgeBins& bins,
                                     qint64* withoutEmbedding) {
    const qsizetype c = table.conditions.indexOf(condition);
    if (c < 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the scores have no condition '%1' (they have %2)")
                        .arg(condition, table.conditions.join(QStringLiteral(", "))),
                    table.path);
    if (model < 0 || model >= table.models.size() ||
        size_t(c) >= table.entries[size_t(model)].size())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the scores have no model %1 for '%2'").arg(model).arg(condition),
                    table.path);
    SliceData data;
    data.embeddings.cols = embeddings.cols;
    std::vector<qint64> samples;
    qint64 missing = 0;
    for (const ScoreTable::Entry& e : table.entries[size_t(model)][size_t(c)]) {
        const qint64 row = embeddingRow[e.sample];
        if (row < 0) {
            ++missing;
            continue;
        }
        samples.push_back(e.sample);
        data.embeddings.data.insert(data.embeddings.data.end(), embeddings.row(row),
                                    embeddings.row(row) + embeddings.cols);
        data.sampleIds << table.sampleIds[e.sample];
        data.patientIds << table.patientIds[table.samplePatient[e.sample]];
        data.scores.push_back(e.score);
        data.labels.push_back(e.label);
    }
    data.embeddings.rows = qint64(samples.size());
    if (withoutEmbedding)
        *withoutEmbedding = missing;
    for (int a = 0; a < int(table.attributes.size()); ++a) {
        const Grouping all = sampleGrouping(table, a, bins);
        Grouping g{all.attribute, all.groups, {}};
        g.codes.reserve(samples.size());
        for (qint64 s : samples)
            g.codes.push_back(all.codes[size_t(s)]);
        data.attributes.push_back(std::move(g));
    }
    return data;
}

} // namespace cxrfair

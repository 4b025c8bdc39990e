#include "inference/storesamples.h"

#include "data/csvreader.h"
#include "data/csvwriter.h"

#include <QDir>
#include <QFile>

#include <cmath>
#include <cstdio>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::StoreSamples)
};

const QString kSamplesFile = QStringLiteral("samples.csv.gz");
const std::string kLabelPrefix = "label:";
/// Attributes written as the settings map and name them; others keep their recorded values.
const QStringList kMapped = {QStringLiteral("sex"), QStringLiteral("race"), QStringLiteral("view")};
const char* const kFixed[] = {"sample_id", "patient_id", "path", "dataset_format", "dataset_root"};

std::string text(const QString& s) {
    return s.toStdString();
}

} // namespace

StoreSamples storeSamples(const Cohort& cohort) {
    StoreSamples s;
    s.datasetRoot = QDir(cohort.source().root).absolutePath();
    s.datasetFormat = formatName(cohort.format());
    s.conditions = cohort.conditions();
    const size_t n = cohort.size();
    for (size_t row = 0; row < n; ++row) {
        s.sampleIds << cohort.sampleId(row);
        s.patientIds << cohort.patientId(row);
        s.paths << cohort.imagePath(row);
    }
    for (int c = 0; c < s.conditions.size(); ++c)
        s.labels.push_back(cohort.labels(c));
    for (const QString& attribute : cohort.attributeNames()) {
        if (attribute == QStringLiteral("split"))
            continue;
        QStringList values;
        values.reserve(qsizetype(n));
        if (attribute == QStringLiteral("age")) {
            for (size_t row = 0; row < n; ++row) {
                const float age = cohort.age(row);
                values << (std::isnan(age) ? QString() : QString::number(double(age)));
            }
        } else if (const CategoricalColumn* raw = cohort.rawAttribute(attribute);
                   raw && !kMapped.contains(attribute)) {
            // Annotations such as drains keep their recorded values (1/0), which is what
            // cxrfair-cli metrics --confounder reads.
            for (size_t row = 0; row < n; ++row) {
                const int code = raw->code(row);
                values << (code >= 0 ? raw->categories().at(code) : QString());
            }
        } else {
            auto grouping = cohort.grouping(attribute);
            if (!grouping)
                continue;
            for (size_t row = 0; row < n; ++row) {
                const int code = grouping->codes[row];
                values << (code >= 0 ? grouping->groups.at(code) : QString());
            }
        }
        s.attributes << attribute;
        s.values.push_back(std::move(values));
    }
    return s;
}

Result<void> writeStoreSamples(const QString& storeDir, const StoreSamples& samples) {
    if (!QDir().mkpath(storeDir))
        return fail(ErrorCode::Io, Tr::tr("cannot create the embedding store folder"), storeDir);
    const QString path = QDir(storeDir).filePath(kSamplesFile);
    if (QFile::exists(path)) {
        auto existing = readStoreSamples(storeDir);
        if (existing && (existing->datasetRoot != samples.datasetRoot ||
                         existing->datasetFormat != samples.datasetFormat))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("this embedding store holds the dataset %1 (%2), not %3 (%4): use "
                               "another store folder for it")
                            .arg(existing->datasetRoot, existing->datasetFormat,
                                 samples.datasetRoot, samples.datasetFormat),
                        storeDir);
    }
    // Shards of one run write the same table at once: the writer renames each one's own
    // temporary over the table atomically.
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    std::vector<std::string> header(std::begin(kFixed), std::end(kFixed));
    for (const QString& a : samples.attributes)
        header.push_back(text(a));
    for (const QString& c : samples.conditions)
        header.push_back(kLabelPrefix + text(c));
    writer->writeRow(header);
    const std::string format = text(samples.datasetFormat);
    const std::string root = text(samples.datasetRoot);
    std::vector<std::string> row;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        row = {text(samples.sampleIds[i]), text(samples.patientIds[i]), text(samples.paths[i]),
               i == 0 ? format : std::string(), i == 0 ? root : std::string()};
        for (const QStringList& values : samples.values)
            row.push_back(text(values[i]));
        for (const auto& labels : samples.labels) {
            const int label = labels[size_t(i)];
            row.push_back(label < 0 ? std::string() : std::to_string(label));
        }
        writer->writeRow(row);
    }
    return writer->close();
}

Result<StoreSamples> readStoreSamples(const QString& storeDir) {
    const QString path = QDir(storeDir).filePath(kSamplesFile);
    if (!QFile::exists(path))
        return fail(
            ErrorCode::Io,
            Tr::tr("not an embedding store (no %1): run cxrfair-cli embed first").arg(kSamplesFile),
            storeDir);
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    auto fixed =
        reader->requireColumns("sample_id", "patient_id", "path", "dataset_format", "dataset_root");
    if (!fixed)
        return std::unexpected(fixed.error());
    StoreSamples s;
    std::vector<int> attributeColumns;
    std::vector<int> labelColumns;
    const auto& header = reader->header();
    for (int c = 5; c < int(header.size()); ++c) {
        if (header[size_t(c)].starts_with(kLabelPrefix)) {
            s.conditions << QString::fromStdString(header[size_t(c)].substr(kLabelPrefix.size()));
            labelColumns.push_back(c);
        } else {
            s.attributes << QString::fromStdString(header[size_t(c)]);
            attributeColumns.push_back(c);
        }
    }
    s.labels.resize(labelColumns.size());
    s.values.resize(attributeColumns.size());
    auto field = [&](int column) { return QString::fromUtf8(reader->field(column)); };
    while (reader->next()) {
        if (s.sampleIds.isEmpty()) {
            s.datasetFormat = field((*fixed)[3]);
            s.datasetRoot = field((*fixed)[4]);
        }
        s.sampleIds << field((*fixed)[0]);
        s.patientIds << field((*fixed)[1]);
        s.paths << field((*fixed)[2]);
        for (size_t a = 0; a < attributeColumns.size(); ++a)
            s.values[a] << field(attributeColumns[a]);
        for (size_t c = 0; c < labelColumns.size(); ++c) {
            const std::string_view v = reader->field(labelColumns[c]);
            if (v != "0" && v != "1" && !v.empty())
                return std::unexpected(
                    Error{ErrorCode::InvalidValue,
                          Tr::tr("a label must be 0, 1 or empty"),
                          path,
                          reader->line(),
                          QString::fromStdString(header[size_t(labelColumns[c])]),
                          {},
                          {}});
            s.labels[c].push_back(v.empty() ? -1 : std::int8_t(v == "1"));
        }
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return s;
}

} // namespace cxrfair

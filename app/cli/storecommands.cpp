#include "clicommon.h"
#include "commands.h"

#include "data/csvreader.h"
#include "data/csvwriter.h"
#include "embedding/npy.h"
#include "inference/embeddingimport.h"
#include "inference/embeddingstore.h"
#include "inference/storemerge.h"
#include "inference/storesamples.h"
#include "models/modelbundle.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::StoreCommands)
};

/// The segment a user names by bundle, by segment folder or model name, or the only one.
Result<StoredEmbeddings> chooseSegment(const QString& storeDir, const QString& bundlePath,
                                       const QString& name) {
    if (!bundlePath.isEmpty()) {
        auto bundle = readModelBundle(bundlePath);
        if (!bundle)
            return std::unexpected(bundle.error());
        return EmbeddingStore::readModel(storeDir, bundle->contentHash);
    }
    if (name.isEmpty())
        return EmbeddingStore::readModel(storeDir, {});
    auto all = EmbeddingStore::segments(storeDir);
    if (!all)
        return std::unexpected(all.error());
    QStringList names;
    for (const SegmentInfo& info : *all) {
        if (info.folderName() == name || info.model == name)
            return EmbeddingStore::read(storeDir, info);
        names << info.folderName();
    }
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("no segment '%1' in the store (it has: %2)")
                    .arg(name, names.join(QStringLiteral(", "))),
                storeDir);
}

int runExport(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption storeOption(QStringLiteral("store"), Tr::tr("The embedding store."),
                                         Tr::tr("STORE"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), Tr::tr("Export the embeddings of this bundle."), Tr::tr("BUNDLE"));
    const QCommandLineOption segmentOption(
        QStringLiteral("segment"),
        Tr::tr("Or name the segment (its folder or model name; default: the only one)."),
        Tr::tr("NAME"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The embeddings (float32, C order .npy)."), Tr::tr("X.npy"));
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        Tr::tr("The rows' keys: index, sample_id, patient_id, path, then the attributes and "
               "labels when the store has them."),
        Tr::tr("K.csv"));
    parser.addOptions({storeOption, modelOption, segmentOption, outOption, keysOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Write a store's embeddings as a NumPy array and a CSV of keys aligned with "
                   "its rows (np.load and pandas.read_csv read them)."));
        status >= 0)
        return status;
    if (!parser.isSet(storeOption) || !parser.isSet(outOption) || !parser.isSet(keysOption))
        return reportError(Tr::tr("--store STORE, --out X.npy and --keys K.csv are required"));
    const QString storeDir = parser.value(storeOption);
    auto stored = chooseSegment(storeDir, parser.value(modelOption), parser.value(segmentOption));
    if (!stored)
        return reportError(stored.error());
    reportStoreDamage(stored->damage,
                      QT_TRANSLATE_N_NOOP("cxrfair::cli::Common",
                                          "about %n embedding(s) lost and not exported; run embed "
                                          "again to encode their images"));
    if (auto written = writeNpy(parser.value(outOption), stored->vectors); !written)
        return reportError(written.error());

    auto samples = readStoreSamples(storeDir);
    QHash<QString, qsizetype> sampleRow;
    if (samples)
        for (qsizetype i = 0; i < samples->size(); ++i)
            sampleRow.insert(samples->sampleIds[i], i);
    auto writer = CsvWriter::create(parser.value(keysOption));
    if (!writer)
        return reportError(writer.error());
    std::vector<std::string> header{"index", "sample_id", "patient_id", "path"};
    if (samples) {
        for (const QString& a : samples->attributes)
            header.push_back(a.toStdString());
        for (const QString& c : samples->conditions)
            header.push_back(c.toStdString());
    }
    writer->writeRow(header);
    std::vector<std::string> row;
    for (size_t r = 0; r < stored->keys.size(); ++r) {
        const ImageKey& key = stored->keys[r];
        const qsizetype s = sampleRow.value(key.sampleId, -1);
        row = {std::to_string(r), key.sampleId.toStdString(),
               s >= 0 ? samples->patientIds[s].toStdString() : std::string(),
               key.path.toStdString()};
        if (samples) {
            for (const QStringList& values : samples->values)
                row.push_back(s >= 0 ? values[s].toStdString() : std::string());
            for (const auto& labels : samples->labels) {
                const int label = s >= 0 ? labels[size_t(s)] : -1;
                row.push_back(label < 0 ? std::string() : std::to_string(label));
            }
        }
        writer->writeRow(row);
    }
    if (auto closed = writer->close(); !closed)
        return reportError(closed.error());
    out() << Tr::tr("Exported %1 embeddings of %2 (dimension %3) to %4 and %5.")
                 .arg(stored->vectors.rows)
                 .arg(stored->info.model)
                 .arg(stored->vectors.cols)
                 .arg(parser.value(outOption), parser.value(keysOption))
          << '\n';
    out().flush();
    return 0;
}

int runImport(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption embeddingsOption(
        QStringLiteral("embeddings"),
        Tr::tr("Image embeddings computed elsewhere (.npy, one row per image)."), Tr::tr("X.npy"));
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        Tr::tr("A CSV aligned with the rows (a cxrfair keys file, or the study's metadata CSV)."),
        Tr::tr("K.csv"));
    const QCommandLineOption idOption(
        QStringLiteral("id-column"),
        Tr::tr("The column of image ids (default: the first of sample_id, dicom_id, Image Index, "
               "image_id, path, Path)."),
        Tr::tr("NAME"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        Tr::tr("The model's name (default: the file's name)."),
                                        Tr::tr("NAME"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The embedding store to add them to."), Tr::tr("STORE"));
    parser.addOptions({embeddingsOption, keysOption, idOption, nameOption, outOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Add embeddings computed elsewhere to a store as an \"embeddings only\" "
                   "model, for the embedding views and export."));
        status >= 0)
        return status;
    if (!parser.isSet(embeddingsOption) || !parser.isSet(keysOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--embeddings X.npy, --keys K.csv and --out STORE are required"));
    EmbeddingImportRequest request;
    request.npyPath = parser.value(embeddingsOption);
    request.keysPath = parser.value(keysOption);
    request.idColumn = parser.value(idOption);
    request.name = parser.value(nameOption);
    request.storeDir = parser.value(outOption);
    auto imported = importEmbeddings(request);
    if (!imported)
        return reportError(imported.error());
    out() << Tr::tr("Imported %1 embeddings of dimension %2 as '%3' into %4.")
                 .arg(imported->rows)
                 .arg(imported->info.dim)
                 .arg(imported->info.model, imported->segmentPath)
          << '\n';
    out().flush();
    return 0;
}

int runMerge(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The merged store (created, or added to)."), Tr::tr("STORE"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("STORE"),
                                 Tr::tr("The stores of the shards, e.g. store-0 store-1 ..."),
                                 QStringLiteral("STORE..."));
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Join the stores of shard runs (cxrfair-cli embed --shard i/N) into one. "
                   "Stores of different models, preprocessing or datasets are refused."));
        status >= 0)
        return status;
    if (!parser.isSet(outOption) || parser.positionalArguments().isEmpty())
        return reportError(Tr::tr("--out STORE and at least one store to merge are required"));
    auto merged = mergeStores(parser.positionalArguments(), parser.value(outOption));
    if (!merged)
        return reportError(merged.error());
    for (size_t i = 0; i < merged->segments.size(); ++i)
        out() << Tr::tr("%1: %2 embeddings of dimension %3")
                     .arg(merged->segments[i].model)
                     .arg(merged->embeddings[i])
                     .arg(merged->segments[i].dim)
              << '\n';
    out() << Tr::tr("Merged %1 store(s) into %2 (%3 part files copied).")
                 .arg(parser.positionalArguments().size())
                 .arg(parser.value(outOption))
                 .arg(merged->partsCopied)
          << '\n';
    out().flush();
    return 0;
}

} // namespace

int runEmbeddings(const QStringList& arguments, const QString& sub) {
    if (sub == QStringLiteral("export"))
        return runExport(arguments);
    if (sub == QStringLiteral("merge"))
        return runMerge(arguments);
    return runImport(arguments);
}

} // namespace cxrfair::cli

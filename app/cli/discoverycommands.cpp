#include "clicommon.h"
#include "commands.h"

#include "common/filecontents.h"
#include "data/csvreader.h"
#include "data/csvwriter.h"
#include "data/valueparsers.h"
#include "discovery/modeldiscovery.h"
#include "discovery/slicediscovery.h"
#include "discovery/slicesources.h"
#include "discovery/slicetable.h"
#include "discovery/tags.h"
#include "embedding/npy.h"
#include "inference/scoring.h"
#include "inference/storerecords.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <charconv>
#include <limits>
#include <numeric>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::DiscoveryCommands)
};

std::string figure(const std::optional<double>& v) {
    return v ? QString::number(*v, 'g', 6).toStdString() : std::string();
}

Result<double> shareOption(const QCommandLineParser& parser, const QCommandLineOption& option) {
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || !(v > 0.0 && v < 1.0))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--%1 takes a share between 0 and 1 (not '%2')")
                        .arg(option.names().constFirst(), parser.value(option)));
    return v;
}

/// The built-in tags, with a file's added (or replacing them).
Result<TagSet> tagsWith(const QString& file) {
    TagSet tags = TagSet::builtIn();
    if (file.isEmpty())
        return tags;
    auto extra = TagSet::fromFile(file);
    if (!extra)
        return std::unexpected(extra.error());
    tags.add(*extra);
    return tags;
}

Result<QStringList> readTerms(const QString& path) {
    auto content = readFileContents(path);
    if (!content)
        return std::unexpected(content.error());
    QStringList terms;
    for (const QByteArray& line : textLines(*content))
        if (const QString t = QString::fromUtf8(line).trimmed(); !t.isEmpty())
            terms << t;
    if (terms.isEmpty())
        return fail(ErrorCode::Format, Tr::tr("the terms file has no term (one per line)"), path);
    return terms;
}

/// The rows of K.csv: each sample id's row of X.npy.
Result<QHash<QString, qint64>> readKeys(const QString& path, qint64 rows, const QString& npyPath) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto column = reader->requireColumns("sample_id");
    if (!column)
        return std::unexpected(column.error());
    QHash<QString, qint64> rowOf;
    qint64 row = 0;
    while (reader->next()) {
        const QString id = toQString(trimmedView(reader->field((*column)[0])));
        if (id.isEmpty() || rowOf.contains(id))
            return fail(ErrorCode::Format,
                        id.isEmpty() ? Tr::tr("an empty sample_id")
                                     : Tr::tr("the sample_id '%1' is repeated").arg(id),
                        path, reader->line(), QStringLiteral("sample_id"));
        rowOf.insert(id, row++);
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    if (row != rows)
        return fail(ErrorCode::Format,
                    Tr::tr("%1 rows of keys for %2 rows of embeddings in %3: they must align")
                        .arg(row)
                        .arg(rows)
                        .arg(npyPath),
                    path);
    return rowOf;
}

Result<void> writeSlices(const QString& path, const SliceDiscovery& found) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow(sliceTableColumns());
    for (const DiscoveredSlice& s : found.slices)
        writer->writeRow(
            sliceTableRow(s, [](double v) { return QString::number(v, 'g', 6).toStdString(); }));
    return writer->close();
}

Result<void> writeMembers(const QString& path, const SliceData& data, const SliceDiscovery& found) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow({"sample_id", "slice", "half"});
    for (qsizetype i = 0; i < data.sampleIds.size(); ++i)
        writer->writeRow({data.sampleIds[i].toStdString(),
                          std::to_string(found.sliceOfRow[size_t(i)]),
                          found.evaluateHalf[size_t(i)] ? "evaluate" : "search"});
    return writer->close();
}

void printSlices(const SliceDiscovery& found, const QString& condition) {
    out() << Tr::tr("%1 slices of %2 (%3 mixture components on %4 principal components; %5 "
                    "images searched, %6 held out):")
                 .arg(found.slices.size())
                 .arg(condition)
                 .arg(found.components)
                 .arg(found.pcaComponents)
                 .arg(found.searchImages)
                 .arg(found.evaluateImages)
          << '\n';
    for (const DiscoveredSlice& s : found.slices) {
        const SliceComparison& c = s.comparison;
        out() << QStringLiteral("  %1. ").arg(s.number)
              << Tr::tr("%1 images (%2 positive): AUC %3 against %4, difference %5 [%6, %7], "
                        "p %8; %9")
                     .arg(s.images)
                     .arg(s.positives)
                     .arg(QString::fromStdString(figure(c.auc.slice)),
                          QString::fromStdString(figure(c.auc.rest)),
                          QString::fromStdString(figure(c.difference)),
                          QString::fromStdString(figure(c.interval.low)),
                          QString::fromStdString(figure(c.interval.high)),
                          QString::fromStdString(figure(c.p)), s.description)
              << '\n';
    }
    out().flush();
}

} // namespace

int runTags(const QStringList& arguments) {
    QCommandLineParser parser;
    const EncoderOptions encoderOptions;
    const StoreModelOptions storeModel(Tr::tr("The model bundle whose embeddings to tag."));
    const QCommandLineOption& storeOption = storeModel.store;
    const QCommandLineOption& modelOption = storeModel.model;
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The table to write: sample_id, then one score per tag."),
        Tr::tr("tags.csv"));
    const QCommandLineOption tagsOption(
        QStringLiteral("tags"),
        Tr::tr("More tags, in the prompt JSON format (a tag named as a built-in one replaces it)."),
        Tr::tr("FILE.json"));
    const QCommandLineOption agreementOption(
        QStringLiteral("agreement"),
        Tr::tr("Write each tag's AUC against the dataset's annotation of the same thing (NEATX "
               "drains), with its bootstrap interval."),
        Tr::tr("FILE.csv"));
    const QCommandLineOption builtInOption(
        QStringLiteral("print-built-in"),
        Tr::tr("Print the built-in tags as a JSON file to start one's own from, and stop."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Tr::tr("Seed of the bootstrap (default 2025)."),
                                        Tr::tr("N"), QStringLiteral("2025"));
    parser.addOptions({storeOption, modelOption, outOption, tagsOption, agreementOption,
                       builtInOption, seedOption, encoderOptions.device, encoderOptions.threads});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Zero-shot tags for what images show that is not a finding (devices, the "
                   "acquisition), scored from the stored image embeddings: no image is "
                   "encoded."));
        status >= 0)
        return status;
    if (parser.isSet(builtInOption)) {
        out() << QJsonDocument(TagSet::builtIn().toJson()).toJson();
        out().flush();
        return 0;
    }
    if (!parser.isSet(storeOption) || !parser.isSet(modelOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--store STORE, --model BUNDLE and --out FILE are required"));
    auto settings = encoderOptions.read(parser);
    if (!settings)
        return reportError(settings.error());
    auto seed = wholeOption(parser, seedOption, 0);
    if (!seed)
        return reportError(seed.error());
    ScoringRequest request;
    request.storeDir = parser.value(storeOption);
    request.bundlePath = parser.value(modelOption);
    request.settings = *settings;
    auto scorer = StoreScorer::open(request);
    if (!scorer)
        return reportError(scorer.error());
    // The pipeline's tag step: the scores, and each tag against the dataset's annotation of
    // the same thing where it has one.
    DiscoveryRequest tagging;
    tagging.slices = false;
    tagging.settings.tagsFile = parser.value(tagsOption);
    tagging.bootstrap.seed = std::uint64_t(*seed);
    tagging.bootstrap.mode = BootstrapMode::Clustered;
    tagging.threads = settings->threads;
    auto tagged = discoverForModel(**scorer, (*scorer)->images(), tagging);
    if (!tagged)
        return reportError(tagged.error());
    const TagScores& scored = tagged->tags;
    const ScoreTable& images = (*scorer)->images();
    auto writer = CsvWriter::create(parser.value(outOption));
    if (!writer)
        return reportError(writer.error());
    std::vector<std::string> row{"sample_id"};
    for (const QString& t : scored.tags)
        row.push_back(t.toStdString());
    writer->writeRow(row);
    for (qsizetype i = 0; i < images.sampleIds.size(); ++i) {
        row = {images.sampleIds[i].toStdString()};
        for (const auto& scores : scored.scores)
            row.push_back(csvNumber(scores[size_t(i)]));
        writer->writeRow(row);
    }
    if (auto closed = writer->close(); !closed)
        return reportError(closed.error());
    out() << Tr::tr("Wrote %1 tags of %2 images to %3.")
                 .arg(scored.tags.size())
                 .arg(images.sampleIds.size())
                 .arg(parser.value(outOption))
          << '\n';
    const std::vector<TagAgreement>& agreements = tagged->agreements;
    for (const TagAgreement& g : agreements)
        if (g.auc)
            out() << Tr::tr("%1 against the annotation '%2': AUC %3 [%4, %5] on %6 annotated "
                            "images (%7 with it).")
                         .arg(g.tag, g.annotation)
                         .arg(*g.auc, 0, 'f', 3)
                         .arg(g.interval.low, 0, 'f', 3)
                         .arg(g.interval.high, 0, 'f', 3)
                         .arg(g.images)
                         .arg(g.annotated)
                  << '\n';
    if (parser.isSet(agreementOption)) {
        auto table = CsvWriter::create(parser.value(agreementOption));
        if (!table)
            return reportError(table.error());
        table->writeRow({"tag", "annotation", "images", "annotated", "auc", "ci_low", "ci_high"});
        for (const TagAgreement& g : agreements)
            table->writeRow({g.tag.toStdString(), g.annotation.toStdString(),
                             std::to_string(g.images), std::to_string(g.annotated), figure(g.auc),
                             g.interval.valid() ? figure(g.interval.low) : std::string(),
                             g.interval.valid() ? figure(g.interval.high) : std::string()});
        if (auto closed = table->close(); !closed)
            return reportError(closed.error());
    }
    out().flush();
    return 0;
}

int runSlices(const QStringList& arguments) {
    QCommandLineParser parser;
    const EncoderOptions encoderOptions;
    const QCommandLineOption embeddingsOption(
        QStringLiteral("embeddings"),
        Tr::tr("Image embeddings (.npy) as cxrfair-cli embeddings export writes them."),
        Tr::tr("X.npy"));
    const QCommandLineOption keysOption(QStringLiteral("keys"),
                                        Tr::tr("The keys aligned with X.npy (a sample_id column)."),
                                        Tr::tr("K.csv"));
    const QCommandLineOption scoresOption(
        QStringLiteral("scores"),
        Tr::tr("Scores as cxrfair-cli score writes them (attributes from its extra columns)."),
        Tr::tr("S.csv"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        Tr::tr("Instead of the three files: the embedding store and --model."), Tr::tr("STORE"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), Tr::tr("The model bundle (with --store)."), Tr::tr("BUNDLE"));
    const QCommandLineOption promptsOption(
        QStringLiteral("prompts"),
        Tr::tr("With --store: the prompts to score with (a preset or a JSON file; default "
               "faimi2025)."),
        Tr::tr("PRESET|FILE"), QStringLiteral("faimi2025"));
    const QCommandLineOption tagsOption(
        QStringLiteral("tags"),
        Tr::tr("With --store: more tags (prompt JSON format) for the enrichment; the built-in "
               "ones are always scored."),
        Tr::tr("FILE.json"));
    const QCommandLineOption prevalenceOption(
        QStringLiteral("tag-prevalence"),
        Tr::tr("With --store: each tag is given to this share of the images (default 0.1)."),
        Tr::tr("SHARE"), QStringLiteral("0.1"));
    const QCommandLineOption conditionOption(QStringLiteral("condition"),
                                             Tr::tr("The condition whose errors to slice."),
                                             Tr::tr("NAME"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The slices to write, worst first."), Tr::tr("slices.csv"));
    const QCommandLineOption membersOption(
        QStringLiteral("members"),
        Tr::tr("Write every labelled image's slice (-1: none) and half."), Tr::tr("M.csv"));
    const QCommandLineOption kOption(QStringLiteral("k"), Tr::tr("How many slices (default 5)."),
                                     Tr::tr("K"), QStringLiteral("5"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        Tr::tr("Seed of the halves, the mixture and the bootstrap (default 2025)."), Tr::tr("N"),
        QStringLiteral("2025"));
    const QCommandLineOption resamplesOption(QStringLiteral("resamples"),
                                             Tr::tr("Bootstrap resamples (default 1000)."),
                                             Tr::tr("N"), QStringLiteral("1000"));
    const QCommandLineOption textOption(
        QStringLiteral("text-embeddings"),
        Tr::tr("Text embeddings of the terms (.npy, one row per line of --terms)."),
        Tr::tr("T.npy"));
    const QCommandLineOption termsOption(
        QStringLiteral("terms"),
        Tr::tr("Phrases that describe slices, one per line (with --store, encoded by the "
               "model; default: built-in radiology phrases)."),
        Tr::tr("terms.txt"));
    parser.addOptions({embeddingsOption, keysOption, scoresOption, storeOption, modelOption,
                       promptsOption, tagsOption, prevalenceOption, conditionOption, outOption,
                       membersOption, kOption, seedOption, resamplesOption, textOption, termsOption,
                       encoderOptions.device, encoderOptions.threads});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Finds the groups of images, close in embedding space, where a model does "
                   "worst on one condition: searched on half of the patients, every figure "
                   "reported on the other half."));
        status >= 0)
        return status;
    const bool store = parser.isSet(storeOption) || parser.isSet(modelOption);
    const bool files =
        parser.isSet(embeddingsOption) || parser.isSet(keysOption) || parser.isSet(scoresOption);
    if (store == files || !parser.isSet(conditionOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("give --embeddings X.npy --keys K.csv --scores S.csv, or "
                                  "--store STORE --model BUNDLE; and --condition NAME and --out "
                                  "FILE"));
    if (store && (!parser.isSet(storeOption) || !parser.isSet(modelOption)))
        return reportError(Tr::tr("--store and --model go together"));
    if (files && (!parser.isSet(embeddingsOption) || !parser.isSet(keysOption) ||
                  !parser.isSet(scoresOption)))
        return reportError(Tr::tr("--embeddings, --keys and --scores go together"));
    if (parser.isSet(textOption) && !parser.isSet(termsOption))
        return reportError(Tr::tr("--text-embeddings needs --terms (one term per row)"));
    if (!store &&
        (parser.isSet(tagsOption) || parser.isSet(prevalenceOption) || parser.isSet(promptsOption)))
        return reportError(Tr::tr("--prompts, --tags and --tag-prevalence go with --store"));
    auto settings = encoderOptions.read(parser);
    if (!settings)
        return reportError(settings.error());
    SliceOptions options;
    auto k = wholeOption(parser, kOption, 1, 100);
    auto seed = wholeOption(parser, seedOption, 0);
    auto resamples = wholeOption(parser, resamplesOption, 0, 100000);
    auto prevalence = shareOption(parser, prevalenceOption);
    for (const auto* v : {&k, &seed, &resamples})
        if (!*v)
            return reportError(v->error());
    if (!prevalence)
        return reportError(prevalence.error());
    options.slices = *k;
    options.seed = std::uint64_t(*seed);
    options.bootstrap.seed = options.seed;
    options.bootstrap.resamples = *resamples;
    options.threads = settings->threads;
    const QString condition = parser.value(conditionOption);

    ScoreTable table;
    FloatMatrix embeddings;
    std::vector<qint64> embeddingRow;
    std::unique_ptr<StoreScorer> scorer;
    if (store) {
        ScoringRequest request;
        request.storeDir = parser.value(storeOption);
        request.bundlePath = parser.value(modelOption);
        request.settings = *settings;
        request.conditions = {condition};
        auto opened = StoreScorer::open(request);
        if (!opened)
            return reportError(opened.error());
        scorer = std::move(*opened);
        auto prompts = promptsFromArgument(parser.value(promptsOption));
        if (!prompts)
            return reportError(prompts.error());
        auto scored = scorer->score(*prompts);
        if (!scored)
            return reportError(scored.error());
        reportStoreDamage(scored->storeDamage,
                          QT_TRANSLATE_N_NOOP("cxrfair::cli::Common",
                                              "about %n stored embedding(s) lost, their images "
                                              "left out; run embed again to encode them"));
        table = std::move(scored->table);
        embeddings = scorer->imageEmbeddings();
        embeddingRow.resize(size_t(table.sampleIds.size()));
        std::iota(embeddingRow.begin(), embeddingRow.end(), qint64(0));
    } else {
        auto x = readNpy(parser.value(embeddingsOption));
        if (!x)
            return reportError(x.error());
        embeddings = std::move(*x);
        auto keys =
            readKeys(parser.value(keysOption), embeddings.rows, parser.value(embeddingsOption));
        if (!keys)
            return reportError(keys.error());
        auto scores = readScoreTable(parser.value(scoresOption));
        if (!scores)
            return reportError(scores.error());
        table = std::move(*scores);
        if (table.models.size() != 1)
            return reportError(fail(ErrorCode::InvalidArgument,
                                    Tr::tr("the scores hold %1 models (%2): give one model's")
                                        .arg(table.models.size())
                                        .arg(table.models.join(QStringLiteral(", "))),
                                    parser.value(scoresOption))
                                   .error());
        for (const QString& id : table.sampleIds)
            embeddingRow.push_back(keys->value(id, -1));
    }
    qint64 withoutEmbedding = 0;
    auto data = sliceDataFromTable(table, 0, condition, embeddings, embeddingRow, AgeBins::study(),
                                   &withoutEmbedding);
    if (!data)
        return reportError(data.error());
    if (withoutEmbedding > 0)
        err() << Tr::tr("warning: %1 labelled images of %2 have no embedding and are left out")
                     .arg(withoutEmbedding)
                     .arg(condition)
              << Qt::endl;
    if (scorer) {
        auto tags = tagsWith(parser.value(tagsOption));
        if (!tags)
            return reportError(tags.error());
        DiscoveryRequest tagging;
        tagging.slices = false;
        tagging.settings.tagsFile = parser.value(tagsOption);
        tagging.settings.prevalence = *prevalence;
        auto tagged = discoverForModel(*scorer, table, tagging);
        if (!tagged)
            return reportError(tagged.error());
        for (Grouping& g : tagColumns(*tagged, data->sampleIds))
            data->attributes.push_back(std::move(g));
        auto terms = parser.isSet(termsOption) ? readTerms(parser.value(termsOption))
                                               : Result<QStringList>(radiologyTerms(*tags));
        if (!terms)
            return reportError(terms.error());
        data->terms = *terms;
        if (!parser.isSet(textOption)) {
            auto text = scorer->textEmbeddings(data->terms);
            if (!text)
                return reportError(text.error());
            data->termEmbeddings = std::move(*text);
        }
    }
    if (parser.isSet(textOption)) {
        auto terms = readTerms(parser.value(termsOption));
        if (!terms)
            return reportError(terms.error());
        auto text = readNpy(parser.value(textOption));
        if (!text)
            return reportError(text.error());
        if (text->rows != terms->size())
            return reportError(fail(ErrorCode::Format,
                                    Tr::tr("%1 rows of text embeddings for %2 terms in %3")
                                        .arg(text->rows)
                                        .arg(terms->size())
                                        .arg(parser.value(termsOption)),
                                    parser.value(textOption))
                                   .error());
        data->terms = *terms;
        data->termEmbeddings = std::move(*text);
    }
    TerminalProgress progress(Tr::tr("Slices"));
    auto found = discoverSlices(*data, options, progress.progress());
    progress.finish();
    if (!found)
        return reportError(found.error());
    if (auto written = writeSlices(parser.value(outOption), *found); !written)
        return reportError(written.error());
    if (parser.isSet(membersOption))
        if (auto written = writeMembers(parser.value(membersOption), *data, *found); !written)
            return reportError(written.error());
    printSlices(*found, condition);
    return 0;
}

} // namespace cxrfair::cli

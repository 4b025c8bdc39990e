#include "clicommon.h"
#include "cohortoptions.h"
#include "commands.h"

#include "inference/inferencejob.h"
#include "inference/scoring.h"
#include "inference/storesamples.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"
#include "models/tokenizer.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::ModelCommands)
};

/// Reads "--shard i/N".
bool parseShard(const QString& text, int& index, int& count) {
    const QStringList parts = text.split(QLatin1Char('/'));
    bool okIndex = false;
    bool okCount = false;
    if (parts.size() == 2) {
        index = parts[0].toInt(&okIndex);
        count = parts[1].toInt(&okCount);
    }
    return okIndex && okCount && count >= 1 && index >= 0 && index < count;
}

} // namespace

int runTokenize(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption tokenizerOption(QStringLiteral("tokenizer"),
                                             Tr::tr("clip-bpe or wordpiece."), Tr::tr("KIND"));
    const QCommandLineOption vocabOption(
        QStringLiteral("vocab"),
        Tr::tr("The vocabulary: CLIP's bpe_simple_vocab_16e6.txt(.gz) or BERT's vocab.txt."),
        Tr::tr("FILE"));
    const QCommandLineOption lowercaseOption(
        QStringLiteral("lowercase"),
        Tr::tr("WordPiece: lower-case and strip accents (uncased models). CLIP always "
               "lower-cases."));
    const QCommandLineOption contextOption(
        QStringLiteral("context"),
        Tr::tr("Context length: ids are truncated to it, end token kept (default 77 for "
               "clip-bpe, 512 for wordpiece)."),
        Tr::tr("N"));
    parser.addOptions({tokenizerOption, vocabOption, lowercaseOption, contextOption});
    parser.addPositionalArgument(QStringLiteral("TEXT"), Tr::tr("Texts to tokenize."),
                                 QStringLiteral("TEXT..."));
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Print the token ids of each TEXT, one line per text, separated by single "
                   "spaces, with start and end tokens and without padding."));
        status >= 0)
        return status;
    const auto kind = parseTokenizerKind(parser.value(tokenizerOption));
    if (!kind)
        return reportError(Tr::tr("--tokenizer takes clip-bpe or wordpiece"));
    if (!parser.isSet(vocabOption))
        return reportError(Tr::tr("--vocab FILE is required"));
    int context = *kind == TokenizerKind::ClipBpe ? 77 : 512;
    if (parser.isSet(contextOption)) {
        bool ok = false;
        context = parser.value(contextOption).toInt(&ok);
        if (!ok || context < 2)
            return reportError(Tr::tr("--context takes a whole number of at least 2"));
    }
    auto tokenizer =
        loadTokenizer(*kind, parser.value(vocabOption), context, parser.isSet(lowercaseOption));
    if (!tokenizer)
        return reportError(tokenizer.error());
    for (const QString& text : parser.positionalArguments()) {
        QStringList ids;
        for (const std::int64_t id : (*tokenizer)->encode(text))
            ids << QString::number(id);
        out() << ids.join(QLatin1Char(' ')) << '\n';
    }
    out().flush();
    return 0;
}

int runEmbed(const QStringList& arguments) {
    QCommandLineParser parser;
    const CohortOptions cohortOptions;
    const EncoderOptions encoderOptions;
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         Tr::tr("The model bundle (NAME.cxrmodel folder)."),
                                         Tr::tr("BUNDLE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        Tr::tr("The embedding store folder (created; an existing one is resumed)."),
        Tr::tr("STORE"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        Tr::tr("Images per forward pass, halved on out-of-memory (default 0: 1 on the CPU, so "
               "that each embedding depends on its image alone; 32 on CUDA)."),
        Tr::tr("N"), QStringLiteral("0"));
    const QCommandLineOption decodersOption(
        QStringLiteral("decode-threads"),
        Tr::tr("Threads decoding and preprocessing images (default: one per core)."), Tr::tr("N"),
        QStringLiteral("0"));
    const QCommandLineOption shardOption(
        QStringLiteral("shard"),
        Tr::tr("Encode only shard i of N (0-based), chosen by a stable hash of the image key; "
               "N processes fill one store."),
        Tr::tr("i/N"), QStringLiteral("0/1"));
    cohortOptions.addTo(parser);
    parser.addOptions({modelOption, outOption, encoderOptions.device, batchOption,
                       encoderOptions.threads, decodersOption, shardOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Encode a dataset's images with a model's image encoder and store the "
                   "embeddings. Embeddings are appended as they are produced: a second run "
                   "reuses them, and an interrupted run resumes where it stopped."));
        status >= 0)
        return status;
    const auto parsed = cohortOptions.read(parser);
    if (!parsed)
        return reportError(parsed.error());
    if (!parser.isSet(modelOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--model BUNDLE and --out STORE are required"));
    auto settings = encoderOptions.read(parser);
    if (!settings)
        return reportError(settings.error());
    bool ok = false;
    const int batch = parser.value(batchOption).toInt(&ok);
    if (!ok || batch < 0)
        return reportError(Tr::tr("--batch takes a non-negative whole number"));
    const int decoders = parser.value(decodersOption).toInt(&ok);
    if (!ok || decoders < 0)
        return reportError(Tr::tr("--decode-threads takes a non-negative whole number"));
    int shardIndex = 0;
    int shardCount = 1;
    if (!parseShard(parser.value(shardOption), shardIndex, shardCount))
        return reportError(Tr::tr("--shard takes i/N with 0 <= i < N, e.g. 3/8"));

    auto cohort = loadCohortWithProgress(*parsed, false);
    if (!cohort)
        return reportError(cohort.error());
    InferenceRequest request = inferenceRequestFor(storeSamples(*cohort), parser.value(modelOption),
                                                   parser.value(outOption));
    request.settings = *settings;
    request.settings.batchSize = batch;
    request.decodeThreads = decoders;
    request.shardIndex = shardIndex;
    request.shardCount = shardCount;

    TerminalProgress progress(Tr::tr("Encoding"));
    const auto summary = runInference(request, progress.progress());
    progress.finish();
    if (!summary)
        return reportError(summary.error());
    const InferenceSummary& s = *summary;
    reportStoreDamage(s.storeDamage,
                      QT_TRANSLATE_N_NOOP("cxrfair::cli::Common",
                                          "about %n damaged or incomplete record(s) of the store "
                                          "were skipped; those of this run's part were cut out "
                                          "and their images encoded again"));
    out() << Tr::tr("Encoded %1 images in %2 s (%3 images/s) on %4, batch %5.")
                 .arg(s.encoded)
                 .arg(s.seconds, 0, 'f', 1)
                 .arg(s.imagesPerSecond, 0, 'f', 1)
                 .arg(s.device)
                 .arg(s.batchSize)
          << '\n';
    out() << Tr::tr("Images %1 (shard %2/%3): %4 already stored, %5 encoded, %6 failed.")
                 .arg(s.images)
                 .arg(request.shardIndex)
                 .arg(request.shardCount)
                 .arg(s.reused)
                 .arg(s.encoded)
                 .arg(qint64(s.failures.size()))
          << '\n';
    out() << Tr::tr("Store: %1").arg(s.segmentPath) << '\n';
    if (!s.failures.empty()) {
        const QString list = request.shardCount > 1 ? QStringLiteral("failures-%1-of-%2.csv")
                                                          .arg(request.shardIndex)
                                                          .arg(request.shardCount)
                                                    : QStringLiteral("failures.csv");
        out() << Tr::tr("Failed images (all listed in %1):").arg(QDir(s.segmentPath).filePath(list))
              << '\n';
        for (size_t i = 0; i < s.failures.size() && i < 10; ++i)
            out() << "  " << s.failures[i].path << ": " << s.failures[i].reason << '\n';
        if (s.failures.size() > 10)
            out() << Tr::tr("  ... and %1 more").arg(s.failures.size() - 10) << '\n';
    }
    out().flush();
    return 0;
}

int runScore(const QStringList& arguments) {
    QCommandLineParser parser;
    const EncoderOptions encoderOptions;
    const StoreModelOptions storeModel(Tr::tr("The model bundle whose embeddings to score."));
    const QCommandLineOption& storeOption = storeModel.store;
    const QCommandLineOption& modelOption = storeModel.model;
    const QCommandLineOption promptsOption(
        QStringLiteral("prompts"),
        Tr::tr("A prompt preset (%1; default faimi2025: 'Chest {condition}' against 'Chest No "
               "findings') or a JSON file.")
            .arg(PromptSet::presetNames().join(QStringLiteral(", "))),
        Tr::tr("PRESET|FILE"), QStringLiteral("faimi2025"));
    const QCommandLineOption conditionsOption(
        QStringLiteral("conditions"),
        Tr::tr("Conditions to score, comma-separated (default: every condition of the dataset "
               "with positive and negative labels)."),
        Tr::tr("LIST"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Tr::tr("The score table to write (CSV, .gz allowed)."),
                                       Tr::tr("scores.csv"));
    parser.addOptions({storeOption, modelOption, promptsOption, conditionsOption, outOption,
                       encoderOptions.device, encoderOptions.threads});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Zero-shot scores from stored image embeddings: for each condition, "
                   "sigmoid(T (v.t+ - v.t-)) with the model's logit scale T. Only the prompts "
                   "are encoded; images never are. Writes the table cxrfair-cli metrics reads."));
        status >= 0)
        return status;
    if (!parser.isSet(storeOption) || !parser.isSet(modelOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--store STORE, --model BUNDLE and --out FILE are required"));
    auto settings = encoderOptions.read(parser);
    if (!settings)
        return reportError(settings.error());
    auto prompts = promptsFromArgument(parser.value(promptsOption));
    if (!prompts)
        return reportError(prompts.error());
    ScoringRequest request;
    request.storeDir = parser.value(storeOption);
    request.bundlePath = parser.value(modelOption);
    request.prompts = *prompts;
    request.settings = *settings;
    for (const QString& c :
         parser.value(conditionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.conditions << c.trimmed();
    auto scored = scoreStore(request);
    if (!scored)
        return reportError(scored.error());
    reportStoreDamage(scored->storeDamage,
                      QT_TRANSLATE_N_NOOP("cxrfair::cli::Common",
                                          "about %n stored embedding(s) lost, their images left "
                                          "out; run embed again to encode them"));
    if (auto written = writeScoreTable(parser.value(outOption), scored->table); !written)
        return reportError(written.error());
    qint64 rows = 0;
    for (const auto& entries : scored->table.entries.front())
        rows += qint64(entries.size());
    out() << Tr::tr("Wrote %1 scores (%2 conditions, %3 prompts encoded) to %4.")
                 .arg(rows)
                 .arg(scored->table.conditions.size())
                 .arg(scored->promptsEncoded)
                 .arg(parser.value(outOption))
          << '\n';
    if (!scored->oneClassConditions.isEmpty())
        out() << Tr::tr("Left out (no positive or no negative label): %1.")
                     .arg(scored->oneClassConditions.join(QStringLiteral(", ")))
              << '\n';
    if (scored->withoutEmbedding > 0)
        out() << Tr::tr("%1 of %2 images have no embedding (failed, or not encoded yet) and are "
                        "left out.")
                     .arg(scored->withoutEmbedding)
                     .arg(scored->withoutEmbedding + scored->table.sampleIds.size())
              << '\n';
    out().flush();
    return 0;
}

} // namespace cxrfair::cli

#include "clicommon.h"
#include "commands.h"

#include "data/agebins.h"
#include "data/csvreader.h"
#include "data/csvwriter.h"
#include "data/valueparsers.h"
#include "embedding/pca.h"
#include "embedding/probe.h"

#include <QJsonDocument>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::EmbeddingCommands)
};

/// The target classes and patients of a table whose rows align with the embeddings.
struct ProbeTable {
    std::vector<std::int32_t> labels;
    std::vector<std::int32_t> patients;
    QStringList classes;
};

Result<ProbeTable> readProbeTable(const QString& path, const QString& target, const AgeBins& bins) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto columns = reader->requireColumns("patient_id", target.toStdString());
    if (!columns)
        return std::unexpected(columns.error());
    const auto [patientCol, targetCol] = *columns;
    QStringList values, patientIds;
    while (reader->next()) {
        values << toQString(trimmedView(reader->field(targetCol)));
        patientIds << toQString(trimmedView(reader->field(patientCol)));
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    ProbeTable t;
    binNumericAges(values, target, bins);
    for (const QString& v : values) {
        if (!v.isEmpty() && !t.classes.contains(v))
            t.classes << v;
    }
    t.classes.sort();
    QHash<QString, int> patientIndex;
    for (qsizetype i = 0; i < values.size(); ++i) {
        t.labels.push_back(values[i].isEmpty() ? -1 : std::int32_t(t.classes.indexOf(values[i])));
        const QString p = patientIds[i].isEmpty() ? QStringLiteral("row %1").arg(i) : patientIds[i];
        t.patients.push_back(std::int32_t(
            patientIndex.insert(p, patientIndex.value(p, int(patientIndex.size()))).value()));
    }
    return t;
}

} // namespace

int runProbe(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption embeddingsOption(
        QStringLiteral("embeddings"), Tr::tr("Image embeddings (float32 .npy, one row per image)."),
        Tr::tr("X.npy"));
    const QCommandLineOption tableOption(
        QStringLiteral("table"),
        Tr::tr("A CSV whose rows align with the embeddings, with patient_id and the target."),
        Tr::tr("T.csv"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"), Tr::tr("The column to predict (sex, race, age, a label)."),
        Tr::tr("COLUMN"));
    const QCommandLineOption classifierOption(QStringLiteral("classifier"),
                                              Tr::tr("logistic (default) or knn."), Tr::tr("NAME"),
                                              QStringLiteral("logistic"));
    const QCommandLineOption foldsOption(
        QStringLiteral("folds"),
        Tr::tr("Patient-grouped cross-validation folds (default 5); 0: the study's 80/20 "
               "split with C chosen on a validation part."),
        Tr::tr("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Tr::tr("Random seed (default 2025)."), Tr::tr("N"),
                                        QStringLiteral("2025"));
    const QCommandLineOption cOption(QStringLiteral("C"),
                                     Tr::tr("Inverse regularisation strength (default 1)."),
                                     Tr::tr("C"), QStringLiteral("1"));
    const QCommandLineOption neighboursOption(QStringLiteral("neighbours"),
                                              Tr::tr("k for k-NN (default 15)."), Tr::tr("K"),
                                              QStringLiteral("15"));
    const QCommandLineOption bootstrapOption(
        QStringLiteral("bootstrap"),
        Tr::tr("Bootstrap resamples for the intervals (default 1000)."), Tr::tr("N"),
        QStringLiteral("1000"));
    const QCommandLineOption ageBinsOption(QStringLiteral("age-bins"),
                                           Tr::tr("Bin edges when the target is a numeric age."),
                                           Tr::tr("EDGES"), QStringLiteral("18,25,50,65,80"));
    const QCommandLineOption maxTrainOption(
        QStringLiteral("max-train"),
        Tr::tr("At most this many images train the probe, whole patients drawn with the seed "
               "(default 50000; 0: all). The test images are never sampled."),
        Tr::tr("N"), QStringLiteral("50000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({embeddingsOption, tableOption, targetOption, classifierOption, foldsOption,
                       seedOption, cOption, neighboursOption, bootstrapOption, ageBinsOption,
                       maxTrainOption, jsonOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("How well an attribute can be predicted from image embeddings: a "
                   "patient-grouped probe with macro one-vs-rest AUC and accuracy."));
        status >= 0)
        return status;
    if (!parser.isSet(embeddingsOption) || !parser.isSet(tableOption) ||
        !parser.isSet(targetOption))
        return reportError(Tr::tr("--embeddings, --table and --target are required"));
    ProbeOptions options;
    const QString classifier = parser.value(classifierOption);
    if (classifier == QStringLiteral("knn"))
        options.classifier = ProbeClassifier::Knn;
    else if (classifier != QStringLiteral("logistic"))
        return reportError(Tr::tr("--classifier takes logistic or knn"));
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false, ok6 = false;
    options.folds = parser.value(foldsOption).toInt(&ok1);
    options.seed = parser.value(seedOption).toULongLong(&ok2);
    options.C = parser.value(cOption).toDouble(&ok3);
    options.neighbours = parser.value(neighboursOption).toInt(&ok4);
    options.bootstrap.resamples = parser.value(bootstrapOption).toInt(&ok5);
    options.bootstrap.seed = options.seed;
    options.maxTrainImages = parser.value(maxTrainOption).toLongLong(&ok6);
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || options.folds < 0 || options.folds == 1 ||
        !(options.C > 0) || options.neighbours < 1 || options.bootstrap.resamples < 0 ||
        options.maxTrainImages < 0)
        return reportError(
            Tr::tr("--folds (0 or at least 2), --seed, --C (positive), --neighbours, "
                   "--bootstrap and --max-train take numbers"));
    auto bins = AgeBins::parse(parser.value(ageBinsOption));
    if (!bins)
        return reportError(Tr::tr("--age-bins: %1").arg(bins.error().message));

    const auto x = readNpy(parser.value(embeddingsOption));
    if (!x)
        return reportError(x.error());
    const auto table = readProbeTable(parser.value(tableOption), parser.value(targetOption), *bins);
    if (!table)
        return reportError(table.error());
    if (qint64(table->labels.size()) != x->rows) {
        return reportError(Tr::tr("%1 has %2 rows but %3 has %4: they must align")
                               .arg(parser.value(tableOption))
                               .arg(table->labels.size())
                               .arg(parser.value(embeddingsOption))
                               .arg(x->rows));
    }
    auto result = runProbe(*x, table->labels, table->patients, table->classes, options);
    if (!result)
        return reportError(result.error());
    result->target = parser.value(targetOption);
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented);
    } else {
        out() << Tr::tr("Target     %1 (%2 classes, %3 images evaluated)")
                     .arg(result->target)
                     .arg(result->classes.size())
                     .arg(result->evaluatedRows)
              << '\n'
              << Tr::tr("Method     %1").arg(result->method) << '\n'
              << Tr::tr("Macro AUC  %1 [%2, %3]   (chance 0.5)")
                     .arg(result->macroAuc, 0, 'f', 4)
                     .arg(result->macroAucCi.low, 0, 'f', 4)
                     .arg(result->macroAucCi.high, 0, 'f', 4)
              << '\n'
              << Tr::tr("Accuracy   %1 [%2, %3]   (chance %4)")
                     .arg(result->accuracy, 0, 'f', 4)
                     .arg(result->accuracyCi.low, 0, 'f', 4)
                     .arg(result->accuracyCi.high, 0, 'f', 4)
                     .arg(result->chanceAccuracy, 0, 'f', 4)
              << '\n';
        for (qsizetype c = 0; c < result->classes.size(); ++c) {
            const auto& auc = result->perClassAuc[size_t(c)];
            out() << "  " << result->classes[c].leftJustified(24)
                  << (auc ? QString::number(*auc, 'f', 4) : Tr::tr("undefined")) << "  ("
                  << result->classCounts[size_t(c)] << ")\n";
        }
        if (!result->converged)
            out() << Tr::tr("warning: a logistic fit did not converge") << '\n';
    }
    out().flush();
    return 0;
}

int runPca(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption embeddingsOption(QStringLiteral("embeddings"),
                                              Tr::tr("Image embeddings (.npy)."), Tr::tr("X.npy"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The projection to write: row,pc1,pc2,..."), Tr::tr("P.csv"));
    const QCommandLineOption componentsOption(QStringLiteral("components"),
                                              Tr::tr("Number of components (default 2)."),
                                              Tr::tr("K"), QStringLiteral("2"));
    parser.addOptions({embeddingsOption, outOption, componentsOption});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Principal components of image embeddings (centred, unscaled)."));
        status >= 0)
        return status;
    if (!parser.isSet(embeddingsOption) || !parser.isSet(outOption))
        return reportError(Tr::tr("--embeddings and --out are required"));
    bool ok = false;
    const int components = parser.value(componentsOption).toInt(&ok);
    if (!ok || components < 1)
        return reportError(Tr::tr("--components takes a positive whole number"));
    const auto x = readNpy(parser.value(embeddingsOption));
    if (!x)
        return reportError(x.error());
    const auto result = pca(*x, components);
    if (!result)
        return reportError(result.error().message + QStringLiteral(" (") +
                           parser.value(embeddingsOption) + QLatin1Char(')'));
    auto writer = CsvWriter::create(parser.value(outOption));
    if (!writer)
        return reportError(writer.error());
    std::vector<std::string> row{"row"};
    for (int c = 0; c < components; ++c)
        row.push_back("pc" + std::to_string(c + 1));
    writer->writeRow(row);
    for (std::int64_t r = 0; r < result->projection.rows; ++r) {
        row.assign(1, std::to_string(r));
        for (int c = 0; c < components; ++c)
            row.push_back(
                QString::number(double(result->projection.row(r)[c]), 'g', 9).toStdString());
        writer->writeRow(row);
    }
    if (auto closed = writer->close(); !closed)
        return reportError(closed.error());
    out() << Tr::tr("Explained variance ratio:");
    for (double v : result->explainedVarianceRatio)
        out() << ' ' << QString::number(v, 'f', 6);
    out() << '\n';
    out().flush();
    return 0;
}

} // namespace cxrfair::cli

#include "clicommon.h"
#include "commands.h"

#include "models/modelbundle.h"
#include "models/modelencoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::ModelInfoCommand)
};

/// One probe pass through an encoder: its output shape, whether it is finite, and the time.
struct Probe {
    qint64 rows = 0;
    qint64 cols = 0;
    bool finite = true;
    double milliseconds = 0.0;
    QJsonArray first; ///< the first row of the embeddings (raw, not normalised)

    QJsonObject toJson() const {
        return {{QStringLiteral("shape"), QJsonArray{rows, cols}},
                {QStringLiteral("finite"), finite},
                {QStringLiteral("embedding"), first},
                {QStringLiteral("ms"), std::round(milliseconds * 10.0) / 10.0}};
    }
};

Probe probeOf(const FloatMatrix& m, const QElapsedTimer& clock) {
    Probe p{m.rows, m.cols, true, double(clock.nsecsElapsed()) / 1e6, {}};
    for (float v : m.data)
        p.finite = p.finite && std::isfinite(v);
    for (qint64 c = 0; c < m.cols && m.rows > 0; ++c)
        p.first.append(double(m.row(0)[c]));
    return p;
}

} // namespace

int runModelInfo(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption device = deviceOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({device, jsonOption});
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 Tr::tr("The model bundle (NAME.cxrmodel)."));
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Print a model bundle's manifest and content hash, and check it: both "
                   "encoders load and a probe image and a probe prompt give finite embeddings of "
                   "the manifest's dimension."));
        status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return reportError(Tr::tr("give exactly one BUNDLE (see --help)"));
    auto bundle = readModelBundle(parser.positionalArguments().front());
    if (!bundle)
        return reportError(bundle.error());
    InferenceSettings settings;
    const auto choice = readDevice(parser, device);
    if (!choice)
        return reportError(choice.error());
    settings.device = *choice;
    auto encoder = ModelEncoder::open(*bundle, settings);
    if (!encoder)
        return reportError(encoder.error());

    // A mid-grey image of the preprocessed size and one of the study's prompts.
    const PreprocessSpec& spec = bundle->preprocess;
    const auto [height, width] = spec.outputSize().value_or(std::pair{spec.size, spec.size});
    std::vector<float> pixels(size_t(spec.channels) * size_t(height) * size_t(width), 0.5f);
    QElapsedTimer clock;
    clock.start();
    auto image = (*encoder)->encodeImages(pixels.data(), 1, spec.channels, height, width);
    if (!image)
        return reportError(image.error());
    const Probe imageProbe = probeOf(*image, clock);
    const QString prompt = QStringLiteral("Chest Pneumothorax");
    clock.restart();
    auto text = (*encoder)->encodeTexts({prompt});
    if (!text)
        return reportError(text.error());
    const Probe textProbe = probeOf(*text, clock);
    const bool ok = imageProbe.finite && textProbe.finite &&
                    imageProbe.cols == bundle->embeddingDim &&
                    textProbe.cols == bundle->embeddingDim;

    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("path"), bundle->path},
                                 {QStringLiteral("sha256"), bundle->contentHash},
                                 {QStringLiteral("manifest"), bundle->toJson()},
                                 {QStringLiteral("check"),
                                  QJsonObject{{QStringLiteral("device"), (*encoder)->deviceName()},
                                              {QStringLiteral("image"), imageProbe.toJson()},
                                              {QStringLiteral("text"), textProbe.toJson()},
                                              {QStringLiteral("ok"), ok}}}})
                     .toJson();
    } else {
        out() << Tr::tr("Model      %1").arg(bundle->name) << '\n'
              << Tr::tr("Citation   %1").arg(bundle->citation) << '\n'
              << Tr::tr("Bundle     %1").arg(bundle->path) << '\n'
              << Tr::tr("SHA-256    %1").arg(bundle->contentHash) << '\n'
              << Tr::tr("Embedding  %1 dimensions, logit scale %2")
                     .arg(bundle->embeddingDim)
                     .arg(bundle->logitScale)
              << '\n'
              << Tr::tr("Check      on %1: image %2x%3 -> [%4, %5] in %6 ms; \"%7\" -> [%8, %9] "
                        "in %10 ms; %11")
                     .arg((*encoder)->deviceName())
                     .arg(width)
                     .arg(height)
                     .arg(imageProbe.rows)
                     .arg(imageProbe.cols)
                     .arg(imageProbe.milliseconds, 0, 'f', 1)
                     .arg(prompt)
                     .arg(textProbe.rows)
                     .arg(textProbe.cols)
                     .arg(textProbe.milliseconds, 0, 'f', 1)
                     .arg(ok ? Tr::tr("ok")
                             : Tr::tr("FAILED (not finite, or not the manifest's "
                                      "dimension)"))
              << '\n'
              << Tr::tr("Manifest") << '\n'
              << QJsonDocument(bundle->toJson()).toJson();
    }
    out().flush();
    return ok ? 0 : 1;
}

} // namespace cxrfair::cli

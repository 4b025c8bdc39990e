#include "clicommon.h"
#include "commands.h"

#include "embedding/npy.h"
#include "robustness/saliency.h"
#include "robustness/saliencyoverlay.h"

#include <limits>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::SaliencyCommand)
};

Result<int> pixels(const QCommandLineParser& parser, const QCommandLineOption& option) {
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < 1 || v > 16384)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--%1 takes a number of pixels from 1 to 16384 (not '%2')")
                        .arg(option.names().constFirst(), parser.value(option)));
    return v;
}

} // namespace

int runSaliency(const QStringList& arguments) {
    QCommandLineParser parser;
    const EncoderOptions encoderOptions;
    const QCommandLineOption modelOption(QStringLiteral("model"), Tr::tr("The model bundle."),
                                         Tr::tr("BUNDLE"));
    const QCommandLineOption imageOption(
        QStringLiteral("image"), Tr::tr("The radiograph (DICOM, PNG or JPEG)."), Tr::tr("FILE"));
    const QCommandLineOption conditionOption(QStringLiteral("condition"),
                                             Tr::tr("The condition whose score to explain."),
                                             Tr::tr("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Tr::tr("The map: float32 .npy of shape (rows, columns)."),
                                       Tr::tr("MAP.npy"));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        Tr::tr("occlusion (the default; every bundle, forward passes only) or gradient "
               "(gradient x input; encoders with autograd)."),
        Tr::tr("METHOD"), QStringLiteral("occlusion"));
    const QCommandLineOption patchOption(QStringLiteral("patch"),
                                         Tr::tr("Occlusion: the side of the patch (default 32)."),
                                         Tr::tr("P"), QStringLiteral("32"));
    const QCommandLineOption strideOption(
        QStringLiteral("stride"), Tr::tr("Occlusion: the step between patches (default 16)."),
        Tr::tr("S"), QStringLiteral("16"));
    const QCommandLineOption promptsOption(
        QStringLiteral("prompts"),
        Tr::tr("A prompt preset (%1; default faimi2025) or a JSON file.")
            .arg(PromptSet::presetNames().join(QStringLiteral(", "))),
        Tr::tr("PRESET|FILE"), QStringLiteral("faimi2025"));
    const QCommandLineOption overlayOption(
        QStringLiteral("overlay"),
        Tr::tr("Also write the image with the map over it and a colour bar (PNG)."),
        Tr::tr("OUT.png"));
    parser.addOptions({modelOption, imageOption, conditionOption, outOption, methodOption,
                       patchOption, strideOption, promptsOption, overlayOption,
                       encoderOptions.device, encoderOptions.threads});
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Where a zero-shot score comes from on one image: occlusion (the score's drop "
                   "when a patch of the input is set to 0) or gradient x input."));
        status >= 0)
        return status;
    if (!parser.isSet(modelOption) || !parser.isSet(imageOption) ||
        !parser.isSet(conditionOption) || !parser.isSet(outOption))
        return reportError(Tr::tr(
            "--model BUNDLE, --image FILE, --condition NAME and --out MAP.npy are required"));
    SaliencyRequest request;
    request.bundlePath = parser.value(modelOption);
    request.imagePath = parser.value(imageOption);
    request.condition = parser.value(conditionOption);
    const auto method = parseSaliencyMethod(parser.value(methodOption));
    if (!method)
        return reportError(Tr::tr("--method takes occlusion or gradient (not '%1')")
                               .arg(parser.value(methodOption)));
    request.method = *method;
    if ((parser.isSet(patchOption) || parser.isSet(strideOption)) &&
        request.method == SaliencyMethod::Gradient)
        return reportError(Tr::tr("--patch and --stride are for --method occlusion"));
    auto patch = pixels(parser, patchOption);
    if (!patch)
        return reportError(patch.error());
    auto stride = pixels(parser, strideOption);
    if (!stride)
        return reportError(stride.error());
    request.patch = *patch;
    request.stride = *stride;
    auto prompts = promptsFromArgument(parser.value(promptsOption));
    if (!prompts)
        return reportError(prompts.error());
    request.prompts = *prompts;
    auto settings = encoderOptions.read(parser);
    if (!settings)
        return reportError(settings.error());
    request.settings = *settings;

    auto map = computeSaliency(request, lineProgress());
    if (!map)
        return reportError(map.error());
    if (auto written =
            writeNpy(parser.value(outOption), FloatMatrix{map->rows, map->columns, map->values});
        !written)
        return reportError(written.error());
    if (parser.isSet(overlayOption))
        if (auto written = writeSaliencyOverlay(*map, parser.value(overlayOption)); !written)
            return reportError(written.error());
    out() << Tr::tr("%1 of %2 for %3: score %4; map %5 x %6 (%7, on %8) written to %9.")
                 .arg(saliencyMethodName(map->method), request.imagePath, request.condition)
                 .arg(map->score, 0, 'f', 4)
                 .arg(map->rows)
                 .arg(map->columns)
                 .arg(map->method == SaliencyMethod::Occlusion
                          ? Tr::tr("patch %1, stride %2").arg(map->patch).arg(map->stride)
                          : Tr::tr("one value per input pixel"),
                      map->device, parser.value(outOption))
          << '\n';
    out().flush();
    return 0;
}

} // namespace cxrfair::cli

#include "clicommon.h"
#include "commands.h"

#include "demo/demogenerator.h"

#include <QDir>
#include <QElapsedTimer>

#include <limits>

namespace cxrfair::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::DemoCommand)
};
} // namespace

int runDemo(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Tr::tr("Folder to write the demo into (created if needed)."),
                                       Tr::tr("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Tr::tr("Random seed (default 2025)."), Tr::tr("N"),
                                        QStringLiteral("2025"));
    const QCommandLineOption nihOption(QStringLiteral("nih"),
                                       Tr::tr("Images in the NIH-CXR14 tree (default 1600)."),
                                       Tr::tr("N"), QStringLiteral("1600"));
    const QCommandLineOption mimicOption(QStringLiteral("mimic"),
                                         Tr::tr("Images in the MIMIC-CXR tree (default 1600)."),
                                         Tr::tr("N"), QStringLiteral("1600"));
    const QCommandLineOption imagesOption(
        QStringLiteral("images"),
        Tr::tr("Full-dataset scale: only a MIMIC-CXR tree of N images with MIMIC-CXR's own "
               "proportions of patients, studies and images, small images (default 32 pixels), "
               "and a demo model whose encoder reads them at their own size, so that embedding "
               "hundreds of thousands of images takes minutes."),
        Tr::tr("N"));
    const QCommandLineOption dimensionOption(
        QStringLiteral("dimension"),
        Tr::tr("With --images: the demo model's embedding dimension (default 512, as the "
               "study's models; at least 24)."),
        Tr::tr("N"), QStringLiteral("512"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        Tr::tr("Image width and height in pixels (default 256; 32 with --images)."),
        Tr::tr("PIXELS"), QStringLiteral("256"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        Tr::tr("Rendering threads (default: all cores; the output does not depend on it)."),
        Tr::tr("N"), QStringLiteral("0"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         Tr::tr("Regenerate even if the folder holds this demo."));
    parser.addOptions({outOption, seedOption, nihOption, mimicOption, imagesOption, dimensionOption,
                       sizeOption, threadsOption, forceOption});
    if (const int status =
            parseCommandLine(parser, arguments,
                             Tr::tr("Generate the demo datasets: synthetic chest radiographs with "
                                    "the study's six findings and chest "
                                    "drains, written as an NIH-CXR14 tree (PNG) and a MIMIC-CXR "
                                    "tree (DICOM, MIMIC-IV tables).\n"
                                    "The same options always give the same files."));
        status >= 0)
        return status;
    if (!parser.isSet(outOption))
        return reportError(Tr::tr("--out DIR is required"));

    DemoOptions options;
    options.outDir = parser.value(outOption);
    bool ok = true;
    auto number = [&](const QCommandLineOption& option,
                      qlonglong maximum = std::numeric_limits<int>::max()) {
        bool good = false;
        const qlonglong value = parser.value(option).toLongLong(&good);
        ok = ok && good && value >= 0 && value <= maximum;
        return value;
    };
    options.seed = std::uint64_t(number(seedOption, std::numeric_limits<qlonglong>::max()));
    options.nihImages = int(number(nihOption));
    options.mimicImages = int(number(mimicOption));
    options.imageSize = int(number(sizeOption));
    options.threads = int(number(threadsOption));
    options.force = parser.isSet(forceOption);
    if (parser.isSet(imagesOption)) {
        if (parser.isSet(nihOption) || parser.isSet(mimicOption))
            return reportError(Tr::tr("--images makes a MIMIC-CXR tree alone: it cannot be "
                                      "combined with --nih or --mimic"));
        options.nihImages = 0;
        options.mimicImages = int(number(imagesOption));
        options.imageSize = parser.isSet(sizeOption) ? options.imageSize : 32;
        options.model.inputSize = options.imageSize;
        options.model.dimension = int(number(dimensionOption, 4096));
        options.proportions = DemoProportions::Mimic;
        if (ok && options.imageSize % 8 != 0)
            return reportError(Tr::tr("with --images, --size must be a multiple of 8 (the model "
                                      "reads the images at their own size)"));
    } else if (parser.isSet(dimensionOption))
        return reportError(
            Tr::tr("--dimension is for --images (the demo model is 24-dimensional)"));
    if (!ok)
        return reportError(Tr::tr("--seed, --nih, --mimic, --images, --dimension, --size and "
                                  "--threads take non-negative whole numbers"));

    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress(Tr::tr("Rendering"));
    const auto result = generateDemo(options, progress.progress());
    progress.finish();
    if (!result)
        return reportError(result.error());
    if (result->reused) {
        out() << Tr::tr("The demo in %1 is up to date (seed %2).")
                     .arg(QDir(options.outDir).absolutePath())
                     .arg(options.seed)
              << '\n';
    } else {
        out() << Tr::tr("Demo written to %1 in %2 s (seed %3).")
                     .arg(QDir(options.outDir).absolutePath())
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(options.seed)
              << '\n';
    }
    if (result->nihImages > 0)
        out() << Tr::tr("  NIH-CXR14 layout:  %1  (%2 images)")
                     .arg(result->nihRoot)
                     .arg(result->nihImages)
              << '\n';
    if (result->mimicImages > 0)
        out() << Tr::tr("  MIMIC-CXR layout:  %1  (%2 images)")
                     .arg(result->mimicRoot)
                     .arg(result->mimicImages)
              << '\n';
    if (!result->modelPath.isEmpty())
        out() << Tr::tr("  Demo model:        %1").arg(result->modelPath) << '\n';
    out().flush();
    return 0;
}

} // namespace cxrfair::cli

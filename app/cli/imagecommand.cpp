#include "clicommon.h"
#include "commands.h"

#include "imaging/imagedecoder.h"

#include <QImageWriter>
#include <QJsonDocument>

namespace cxrfair::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::ImageCommand)
};
} // namespace

int runImageExport(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), Tr::tr("The PNG file to write (8-bit grayscale)."), Tr::tr("PNG"));
    const QCommandLineOption infoOption(
        QStringLiteral("info"),
        Tr::tr("Print JSON describing the image: rows, columns, bits, photometric "
               "interpretation, transfer syntax and the window used."));
    const QCommandLineOption maxSizeOption(
        QStringLiteral("max-size"),
        Tr::tr("Shrink so that the longer side is at most this many pixels."), Tr::tr("PIXELS"),
        QStringLiteral("0"));
    const QCommandLineOption depthOption(QStringLiteral("bits"),
                                         Tr::tr("PNG bit depth: 8 (default) or 16."),
                                         Tr::tr("BITS"), QStringLiteral("8"));
    parser.addOptions({outOption, infoOption, maxSizeOption, depthOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The image: DICOM, PNG or JPEG."));
    if (const int status = parseCommandLine(
            parser, arguments,
            Tr::tr("Decode an image as cxrfair sees it (modality and VOI transforms, "
                   "MONOCHROME1 inverted) and write it as PNG at its native size."));
        status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return reportError(Tr::tr("give exactly one image FILE (see --help)"));
    if (!parser.isSet(outOption) && !parser.isSet(infoOption))
        return reportError(Tr::tr("nothing to do: give --out PNG, --info, or both"));
    bool ok = false;
    const int maxSize = parser.value(maxSizeOption).toInt(&ok);
    if (!ok || maxSize < 0)
        return reportError(Tr::tr("--max-size takes a non-negative whole number"));
    const int bits = parser.value(depthOption).toInt(&ok);
    if (!ok || (bits != 8 && bits != 16))
        return reportError(Tr::tr("--bits takes 8 or 16"));

    const auto decoded = decodeImage(files.front(), DecodeOptions{maxSize});
    if (!decoded)
        return reportError(decoded.error());
    if (parser.isSet(outOption)) {
        const QString target = parser.value(outOption);
        QImageWriter writer(target, "png");
        if (!writer.write(bits == 16 ? decoded->image.toQImage16() : decoded->image.toQImage8()))
            return reportError(
                Tr::tr("%1: cannot write the PNG (%2)").arg(target, writer.errorString()));
    }
    if (parser.isSet(infoOption)) {
        out() << QJsonDocument(decoded->info.toJson()).toJson(QJsonDocument::Indented);
        out().flush();
    }
    return 0;
}

} // namespace cxrfair::cli

#pragma once

#include <QString>
#include <QTextStream>

namespace cxrfair::bench {

/// One way of running an image encoder on the CPU, timed on the same seeded input as cxrfair's
/// way (the module frozen and passed through LibTorch's inference optimisations).
struct EncoderVariant {
    QString name;
    double imagesPerSecond = 0.0;
    double maxRelativeError = 0.0; ///< over images: |e - e_cxrfair| / |e_cxrfair|
    double pairsReordered = 0.0;   ///< share of image pairs whose zero-shot order changes
    QString failure;               ///< why the variant could not run; empty when it ran
};

/// Times `encoderFile` (a TorchScript image encoder taking [B, 3, side, side]) run as:
/// cxrfair's way, plain (loaded, not frozen), frozen only, channels-last, BF16 and, when
/// `int8File` is given, that file (the same encoder with int8 linear layers). `images` images
/// per timed pass, the median of `passes` passes after one warm-up pass. The pair order is that
/// of a zero-shot score: the cosine with a fixed random direction, which is what an AUC sees.
std::vector<EncoderVariant> measureEncoderVariants(const QString& encoderFile, int side, int images,
                                                   int passes, const QString& int8File = {});

void printEncoderVariants(QTextStream& out, const std::vector<EncoderVariant>& variants);

} // namespace cxrfair::bench

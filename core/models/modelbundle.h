#pragma once

#include "common/error.h"
#include "imaging/preprocess.h"
#include "models/tokenizer.h"

#include <QJsonObject>
#include <QString>

namespace cxrfair {

/// What a bundle declares about its text side.
struct TextSpec {
    QString encoderFile = QStringLiteral("text_encoder.pt");
    TokenizerKind tokenizer = TokenizerKind::ClipBpe;
    QString vocabFile; ///< relative to the bundle
    bool lowercase = true;
    int contextLength = 77;
    /// Pad every prompt to the context length (fixed-shape encoders such as CLIP) or only to
    /// the longest prompt of a batch (BERT-style encoders that take any length).
    bool padToContext = true;
    bool normalize = true; ///< L2-normalise text embeddings before scoring
};

/// A model bundle: the folder `NAME.cxrmodel/` with its manifest, two TorchScript encoders and
/// the tokenizer's files (format documented in docs/model-bundles.md).
struct ModelBundle {
    static constexpr int kFormatVersion = 1;

    QString path; ///< the bundle folder, absolute
    QString name;
    QString citation;
    QString description;
    int embeddingDim = 0;
    double logitScale = 1.0;
    QString imageEncoderFile = QStringLiteral("image_encoder.pt");
    bool normalizeImage = true; ///< L2-normalise image embeddings before scoring
    PreprocessSpec preprocess;
    TextSpec text;
    /// SHA-256 over the manifest and every file it names: embeddings are stored under it, so
    /// a changed weight file or preprocessing never reuses stale embeddings.
    QString contentHash;

    QString filePath(const QString& relative) const;
    QJsonObject toJson() const;
};

/// Reads and checks `NAME.cxrmodel/manifest.json`: its format version, every field, and that
/// every file it names exists. Errors name the bundle and the problem. The encoders are not
/// loaded here (see ModelEncoder::open).
Result<ModelBundle> readModelBundle(const QString& path);

/// Writes `bundle`'s manifest into its folder (the files it names are the caller's).
Result<void> writeManifest(const ModelBundle& bundle);

/// A short, file-name-safe label for a bundle: its name and the start of its hash.
QString bundleLabel(const ModelBundle& bundle);

} // namespace cxrfair

#include "models/modelbundle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ModelBundle)
};

const QString kManifest = QStringLiteral("manifest.json");

/// What to say when a checkpoint, or a folder without manifest, is given as a bundle.
QString howToMakeABundle() {
    return Tr::tr("a bundle is made from a model's published weights by "
                  "tools/export/cxrfair_export.py (see docs/models.md)");
}

std::unexpected<Error> bundleError(const QString& path, const QString& message,
                                   ErrorCode code = ErrorCode::Format) {
    return fail(code, Tr::tr("model bundle %1: %2").arg(QDir::toNativeSeparators(path), message),
                path);
}

Result<QString> contentHash(const ModelBundle& bundle, const QByteArray& manifest) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(manifest);
    for (const QString& name :
         {bundle.imageEncoderFile, bundle.text.encoderFile, bundle.text.vocabFile}) {
        QFile file(bundle.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return bundleError(bundle.path,
                               Tr::tr("cannot read %1: %2").arg(name, file.errorString()),
                               ErrorCode::Io);
        hash.addData(name.toUtf8());
        if (!hash.addData(&file))
            return bundleError(bundle.path, Tr::tr("cannot read %1").arg(name), ErrorCode::Io);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString ModelBundle::filePath(const QString& relative) const {
    return QDir(path).filePath(relative);
}

QJsonObject ModelBundle::toJson() const {
    QJsonObject image = preprocess.toJson();
    image.insert(QStringLiteral("encoder"), imageEncoderFile);
    image.insert(QStringLiteral("normalize"), normalizeImage);
    const QJsonObject textJson{
        {QStringLiteral("encoder"), text.encoderFile},
        {QStringLiteral("tokenizer"), tokenizerKindName(text.tokenizer)},
        {QStringLiteral("vocab"), text.vocabFile},
        {QStringLiteral("lowercase"), text.lowercase},
        {QStringLiteral("context_length"), text.contextLength},
        {QStringLiteral("padding"),
         text.padToContext ? QStringLiteral("max_length") : QStringLiteral("longest")},
        {QStringLiteral("normalize"), text.normalize},
    };
    return QJsonObject{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("citation"), citation},
        {QStringLiteral("description"), description},
        {QStringLiteral("embedding_dim"), embeddingDim},
        {QStringLiteral("logit_scale"), logitScale},
        {QStringLiteral("image"), image},
        {QStringLiteral("text"), textJson},
    };
}

Result<ModelBundle> readModelBundle(const QString& path) {
    ModelBundle b;
    b.path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(b.path).isDir()) {
        static const QStringList checkpointSuffixes = {
            QStringLiteral("pt"),  QStringLiteral("pth"),  QStringLiteral("bin"),
            QStringLiteral("tar"), QStringLiteral("ckpt"), QStringLiteral("safetensors")};
        if (checkpointSuffixes.contains(QFileInfo(b.path).suffix().toLower()))
            return bundleError(b.path,
                               Tr::tr("a PyTorch checkpoint, not a model bundle folder; %1")
                                   .arg(howToMakeABundle()),
                               ErrorCode::Io);
        return bundleError(b.path, Tr::tr("not a folder"), ErrorCode::Io);
    }
    QFile file(b.filePath(kManifest));
    if (!file.open(QIODevice::ReadOnly))
        return bundleError(b.path, Tr::tr("missing %1; %2").arg(kManifest, howToMakeABundle()),
                           ErrorCode::Io);
    const QByteArray manifest = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifest, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bundleError(b.path, Tr::tr("%1 is not valid JSON: %2 (at byte %3)")
                                       .arg(kManifest, parseError.errorString())
                                       .arg(parseError.offset));
    const QJsonObject o = doc.object();
    const int version = o.value(QStringLiteral("format_version")).toInt(-1);
    if (version < 1)
        return bundleError(b.path, Tr::tr("%1 lacks a format_version").arg(kManifest));
    if (version > ModelBundle::kFormatVersion)
        return bundleError(b.path,
                           Tr::tr("format version %1 is newer than this cxrfair reads (%2)")
                               .arg(version)
                               .arg(ModelBundle::kFormatVersion),
                           ErrorCode::Unsupported);
    b.name = o.value(QStringLiteral("name")).toString();
    if (b.name.trimmed().isEmpty())
        return bundleError(b.path, Tr::tr("%1 lacks a name").arg(kManifest));
    b.citation = o.value(QStringLiteral("citation")).toString();
    b.description = o.value(QStringLiteral("description")).toString();
    b.embeddingDim = o.value(QStringLiteral("embedding_dim")).toInt(0);
    if (b.embeddingDim <= 0)
        return bundleError(b.path, Tr::tr("embedding_dim must be a positive whole number"));
    b.logitScale = o.value(QStringLiteral("logit_scale")).toDouble(1.0);
    if (!(b.logitScale > 0.0) || !std::isfinite(b.logitScale))
        return bundleError(b.path, Tr::tr("logit_scale must be a positive number"));

    const QJsonObject image = o.value(QStringLiteral("image")).toObject();
    if (image.isEmpty())
        return bundleError(b.path, Tr::tr("%1 lacks the image section").arg(kManifest));
    auto spec = PreprocessSpec::fromJson(image);
    if (!spec)
        return bundleError(b.path, Tr::tr("image preprocessing: %1").arg(spec.error().message));
    if (auto valid = spec->validate(); !valid)
        return bundleError(b.path, Tr::tr("image preprocessing: %1").arg(valid.error().message));
    b.preprocess = *spec;
    b.imageEncoderFile = image.value(QStringLiteral("encoder")).toString(b.imageEncoderFile);
    b.normalizeImage = image.value(QStringLiteral("normalize")).toBool(true);

    const QJsonObject text = o.value(QStringLiteral("text")).toObject();
    if (text.isEmpty())
        return bundleError(b.path, Tr::tr("%1 lacks the text section").arg(kManifest));
    b.text.encoderFile = text.value(QStringLiteral("encoder")).toString(b.text.encoderFile);
    const auto kind = parseTokenizerKind(text.value(QStringLiteral("tokenizer")).toString());
    if (!kind)
        return bundleError(b.path, Tr::tr("unknown tokenizer '%1' (clip-bpe or wordpiece)")
                                       .arg(text.value(QStringLiteral("tokenizer")).toString()));
    b.text.tokenizer = *kind;
    b.text.vocabFile = text.value(QStringLiteral("vocab")).toString();
    if (b.text.vocabFile.isEmpty())
        return bundleError(b.path, Tr::tr("the text section lacks the tokenizer's vocab file"));
    b.text.lowercase = text.value(QStringLiteral("lowercase")).toBool(true);
    b.text.contextLength = text.value(QStringLiteral("context_length")).toInt(77);
    if (b.text.contextLength < 2 || b.text.contextLength > 8192)
        return bundleError(b.path, Tr::tr("context_length must be between 2 and 8192"));
    const QString padding =
        text.value(QStringLiteral("padding")).toString(QStringLiteral("max_length"));
    if (padding != QStringLiteral("max_length") && padding != QStringLiteral("longest"))
        return bundleError(b.path,
                           Tr::tr("padding must be max_length or longest, not '%1'").arg(padding));
    b.text.padToContext = padding == QStringLiteral("max_length");
    b.text.normalize = text.value(QStringLiteral("normalize")).toBool(true);

    for (const QString& name : {b.imageEncoderFile, b.text.encoderFile, b.text.vocabFile}) {
        if (QDir::isAbsolutePath(name) || name.contains(QStringLiteral("..")))
            return bundleError(b.path, Tr::tr("'%1' must name a file inside the bundle").arg(name));
        if (!QFileInfo(b.filePath(name)).isFile())
            return bundleError(b.path, Tr::tr("missing %1").arg(name), ErrorCode::Io);
    }
    auto hash = contentHash(b, manifest);
    if (!hash)
        return std::unexpected(hash.error());
    b.contentHash = *hash;
    return b;
}

Result<void> writeManifest(const ModelBundle& bundle) {
    QSaveFile file(bundle.filePath(kManifest));
    if (!file.open(QIODevice::WriteOnly))
        return bundleError(bundle.path, file.errorString(), ErrorCode::Io);
    file.write(QJsonDocument(bundle.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return bundleError(bundle.path, file.errorString(), ErrorCode::Io);
    return {};
}

QString bundleLabel(const ModelBundle& bundle) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = bundle.name;
    name.replace(unsafe, QStringLiteral("_"));
    return name.left(40) + QLatin1Char('-') + bundle.contentHash.left(12);
}

} // namespace cxrfair

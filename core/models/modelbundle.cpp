#include "models/modelbundle.h"

#include "common/filecontents.h"

#include "common/jsonfields.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

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
    if (!QFileInfo::exists(b.filePath(kManifest)))
        return bundleError(b.path, Tr::tr("missing %1; %2").arg(kManifest, howToMakeABundle()),
                           ErrorCode::Io);
    auto manifest = readJsonBytes(b.filePath(kManifest));
    if (!manifest)
        return bundleError(b.path, manifest.error().message, manifest.error().code);
    auto doc = parseJsonObject(*manifest, b.filePath(kManifest));
    if (!doc)
        return bundleError(b.path, Tr::tr("%1: %2").arg(kManifest, doc.error().message));
    JsonFields o(*doc);
    int version = -1;
    o.whole("format_version", version, 1, 1000000);
    if (version < 1)
        return bundleError(b.path,
                           Tr::tr("%1 lacks a format_version (a whole number)").arg(kManifest));
    if (version > ModelBundle::kFormatVersion)
        return bundleError(b.path,
                           Tr::tr("format version %1 is newer than this cxrfair reads (%2)")
                               .arg(version)
                               .arg(ModelBundle::kFormatVersion),
                           ErrorCode::Unsupported);
    o.text("name", b.name);
    o.text("citation", b.citation);
    o.text("description", b.description);
    o.whole("embedding_dim", b.embeddingDim, 1, 1 << 20);
    b.logitScale = 1.0;
    o.number("logit_scale", b.logitScale, 1e-6, 1e6);
    o.value("source"); // where the exporter took the weights from: provenance only
    const QJsonObject image = o.object("image").value_or(QJsonObject{});
    const QJsonObject text = o.object("text").value_or(QJsonObject{});
    auto manifestError = [&](const Error& e) {
        return bundleError(b.path, Tr::tr("%1: %2").arg(kManifest, e.message));
    };
    if (auto done = o.finish(); !done)
        return manifestError(done.error());
    if (b.name.trimmed().isEmpty())
        return bundleError(b.path, Tr::tr("%1 lacks a name").arg(kManifest));
    if (b.embeddingDim <= 0)
        return bundleError(b.path, Tr::tr("embedding_dim must be a positive whole number"));

    if (image.isEmpty())
        return bundleError(b.path, Tr::tr("%1 lacks the image section").arg(kManifest));
    auto spec = PreprocessSpec::fromJson(image, QStringLiteral("image"),
                                         {QStringLiteral("encoder"), QStringLiteral("normalize")});
    if (!spec)
        return bundleError(b.path, Tr::tr("image preprocessing: %1").arg(spec.error().message));
    b.preprocess = *spec;
    JsonFields imageFields(image, QStringLiteral("image"));
    imageFields.alsoKnown(PreprocessSpec{}.toJson().keys());
    imageFields.text("encoder", b.imageEncoderFile);
    imageFields.flag("normalize", b.normalizeImage);
    if (auto done = imageFields.finish(); !done)
        return manifestError(done.error());

    if (text.isEmpty())
        return bundleError(b.path, Tr::tr("%1 lacks the text section").arg(kManifest));
    JsonFields t(text, QStringLiteral("text"));
    t.text("encoder", b.text.encoderFile);
    QString tokenizer;
    t.text("tokenizer", tokenizer);
    const auto kind = parseTokenizerKind(tokenizer);
    if (!kind)
        return bundleError(b.path,
                           Tr::tr("unknown tokenizer '%1' (clip-bpe or wordpiece)").arg(tokenizer));
    b.text.tokenizer = *kind;
    t.text("vocab", b.text.vocabFile);
    t.flag("lowercase", b.text.lowercase);
    t.whole("context_length", b.text.contextLength, 2, 8192);
    QString padding = QStringLiteral("max_length");
    t.text("padding", padding);
    if (padding != QStringLiteral("max_length") && padding != QStringLiteral("longest"))
        t.invalid("padding", Tr::tr("max_length or longest, not '%1'").arg(padding));
    b.text.padToContext = padding == QStringLiteral("max_length");
    t.flag("normalize", b.text.normalize);
    if (auto done = t.finish(); !done)
        return manifestError(done.error());
    if (b.text.vocabFile.isEmpty())
        return bundleError(b.path, Tr::tr("the text section lacks the tokenizer's vocab file"));

    for (const QString& name : {b.imageEncoderFile, b.text.encoderFile, b.text.vocabFile}) {
        if (QDir::isAbsolutePath(name) || name.contains(QStringLiteral("..")))
            return bundleError(b.path, Tr::tr("'%1' must name a file inside the bundle").arg(name));
        if (!QFileInfo(b.filePath(name)).isFile())
            return bundleError(b.path, Tr::tr("missing %1").arg(name), ErrorCode::Io);
    }
    auto hash = contentHash(b, *manifest);
    if (!hash)
        return std::unexpected(hash.error());
    b.contentHash = *hash;
    return b;
}

Result<void> writeManifest(const ModelBundle& bundle) {
    auto written = writeFileContents(
        bundle.filePath(kManifest), QJsonDocument(bundle.toJson()).toJson(QJsonDocument::Indented));
    if (!written)
        return bundleError(bundle.path, written.error().message, ErrorCode::Io);
    return {};
}

QString bundleLabel(const ModelBundle& bundle) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = bundle.name;
    name.replace(unsafe, QStringLiteral("_"));
    return name.left(40) + QLatin1Char('-') + bundle.contentHash.left(12);
}

} // namespace cxrfair

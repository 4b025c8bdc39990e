#include "modelfixtures.h"

#include "models/modelbundle.h"

#include <torch/script.h>

#include <QFile>
#include <QImage>

namespace cxrfair::test {

QString writeTinyBundle(const QDir& dir, const QString& name, const TinyBundle& spec) {
    const QString path = dir.filePath(name + QStringLiteral(".cxrmodel"));
    QDir().mkpath(path);
    ModelBundle bundle;
    bundle.path = path;
    bundle.name = name;
    bundle.embeddingDim = spec.manifestDim;
    bundle.logitScale = spec.logitScale;
    bundle.preprocess.size = 8;
    bundle.preprocess.resize = ResizePolicy::Exact;
    bundle.preprocess.cropSize = 0;
    bundle.preprocess.channels = 1;
    bundle.text.tokenizer = TokenizerKind::WordPiece;
    bundle.text.vocabFile = QStringLiteral("vocab.txt");
    bundle.text.contextLength = 16;
    bundle.text.padToContext = false;
    QFile vocab(bundle.filePath(bundle.text.vocabFile));
    vocab.open(QIODevice::WriteOnly);
    vocab.write("[PAD]\n[UNK]\n[CLS]\n[SEP]\nchest\nno\nfindings\npneumothorax\neffusion\n");
    vocab.close();

    const int dim = spec.moduleDim;
    at::Tensor w = torch::empty({64, dim});
    for (int i = 0; i < 64; ++i)
        for (int j = 0; j < dim; ++j)
            w[i][j] = float((i * 7 + j * 3) % 11 - 5) / 10.0f;
    at::Tensor table = torch::empty({9, dim});
    for (int i = 0; i < 9; ++i)
        for (int j = 0; j < dim; ++j)
            table[i][j] = float((i * 5 + j) % 7 - 3) / 4.0f;
    torch::jit::Module image("TinyImage");
    image.register_buffer("w", w);
    image.define(spec.imageSource.toStdString());
    image.save(bundle.filePath(bundle.imageEncoderFile).toStdString());
    torch::jit::Module text("TinyText");
    text.register_buffer("table", table);
    text.define(spec.textSource.toStdString());
    text.save(bundle.filePath(bundle.text.encoderFile).toStdString());
    if (!writeManifest(bundle))
        qFatal("cannot write the manifest");
    return path;
}

QStringList writeTestImages(const QDir& dir, int count) {
    QStringList paths;
    dir.mkpath(QStringLiteral("."));
    for (int n = 0; n < count; ++n) {
        QImage image(16, 16, QImage::Format_Grayscale8);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                image.scanLine(y)[x] = uchar((x * 13 + y * 7 + n * 29) % 256);
        const QString path =
            dir.filePath(QStringLiteral("img%1.png").arg(n, 3, 10, QLatin1Char('0')));
        image.save(path);
        paths << path;
    }
    return paths;
}

} // namespace cxrfair::test

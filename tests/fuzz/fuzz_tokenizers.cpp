// CLIP BPE and WordPiece on any text: linear in the input, ids within the vocabulary and the
// context. A vocabulary of each kind is written at start; CXRFAIR_FUZZ_CLIP_VOCAB names
// CLIP's own (bpe_simple_vocab_16e6.txt.gz) to fuzz with it instead.
#include "fuzzsupport.h"

#include "models/tokenizer.h"

#include <memory>
#include <vector>

namespace {

using namespace cxrfair;

std::unique_ptr<Tokenizer> clip;
std::unique_ptr<Tokenizer> wordPiece;

QString writeText(const QString& name, const QByteArray& text) {
    return fuzz::writeInput(reinterpret_cast<const std::uint8_t*>(text.constData()),
                            std::size_t(text.size()), name);
}

/// A merges file of CLIP's size (48,894 merges) made of pairs of CLIP's byte characters: the
/// loader takes it as it takes CLIP's, and every text meets merges.
QByteArray syntheticMerges() {
    // CLIP's bytes_to_unicode: printable bytes stand for themselves, the rest map past 255.
    std::vector<char32_t> alphabet;
    int shifted = 0;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE;
        alphabet.push_back(printable ? char32_t(b) : char32_t(256 + shifted++));
    }
    QByteArray text("#version: 0.2\n");
    int merges = 0;
    for (size_t i = 0; i < alphabet.size() && merges < 48894; ++i)
        for (size_t j = 0; j < alphabet.size() && merges < 48894; ++j, ++merges)
            text += QString::fromUcs4(&alphabet[i], 1).toUtf8() + ' ' +
                    QString::fromUcs4(&alphabet[j], 1).toUtf8() + '\n';
    return text;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    QString clipVocab = qEnvironmentVariable("CXRFAIR_FUZZ_CLIP_VOCAB");
    if (clipVocab.isEmpty())
        clipVocab = writeText(QStringLiteral("merges.txt"), syntheticMerges());
    auto bpe = loadTokenizer(TokenizerKind::ClipBpe, clipVocab, 77, true);
    const QString vocab = writeText(
        QStringLiteral("vocab.txt"),
        "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nchest\nno\nfindings\npneum\n##othorax\n##onia\n"
        "effusion\n##s\na\nb\nc\nd\ne\n##a\n##b\n##c\n##e\n.\n,\n");
    auto piece = loadTokenizer(TokenizerKind::WordPiece, vocab, 128, true);
    if (!bpe || !piece)
        qFatal("cannot load the tokenizers: %s",
               qPrintable(bpe ? piece.error().toString() : bpe.error().toString()));
    clip = std::move(*bpe);
    wordPiece = std::move(*piece);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const Tokenizer* tokenizer : {clip.get(), wordPiece.get()}) {
        const auto ids = tokenizer->encode(text);
        if (ids.size() > std::size_t(tokenizer->contextLength()))
            __builtin_trap();
        for (std::int64_t id : ids)
            if (id < 0)
                __builtin_trap();
    }
    return 0;
}

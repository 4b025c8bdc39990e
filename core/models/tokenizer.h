#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace cxrfair {

enum class TokenizerKind {
    ClipBpe,   ///< OpenAI CLIP's byte-level BPE (CheXzero, MedImageInsight)
    WordPiece, ///< BERT WordPiece (MedCLIP, BioViL, CXR-CLIP)
};

QString tokenizerKindName(TokenizerKind kind); ///< clip-bpe, wordpiece
std::optional<TokenizerKind> parseTokenizerKind(const QString& name);

/// Token ids of several texts as the text encoder takes them: `rows` x `length`, row-major,
/// with an attention mask of 1 for tokens and 0 for padding.
struct TokenBatch {
    int rows = 0;
    int length = 0;
    std::vector<std::int64_t> ids;
    std::vector<std::int64_t> mask;
};

/// Turns text into the token ids a text encoder was trained on.
class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    /// The ids of `text`, start and end tokens included, truncated to the context length (the
    /// end token kept), without padding.
    virtual std::vector<std::int64_t> encode(const QString& text) const = 0;

    int contextLength() const { return m_contextLength; }
    std::int64_t padId() const { return m_padId; }

    /// Encodes `texts` and pads them with the pad id, to the context length when
    /// `padToContext` (fixed-shape encoders), else to the longest text.
    TokenBatch encodeBatch(const QStringList& texts, bool padToContext) const;

protected:
    Tokenizer(int contextLength, std::int64_t padId)
        : m_contextLength(contextLength)
        , m_padId(padId) {}

private:
    int m_contextLength;
    std::int64_t m_padId;
};

/// Loads the tokenizer `kind` from its vocabulary file (CLIP: bpe_simple_vocab_16e6.txt.gz,
/// plain or gzipped; WordPiece: vocab.txt, one token per line).
Result<std::unique_ptr<Tokenizer>> loadTokenizer(TokenizerKind kind, const QString& vocabPath,
                                                 int contextLength, bool lowercase);

} // namespace cxrfair

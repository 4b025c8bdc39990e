#include "models/tokenizer.h"

#include "models/clipbpetokenizer.h"
#include "models/wordpiecetokenizer.h"

#include <algorithm>

namespace cxrfair {

QString tokenizerKindName(TokenizerKind kind) {
    return kind == TokenizerKind::ClipBpe ? QStringLiteral("clip-bpe")
                                          : QStringLiteral("wordpiece");
}

std::optional<TokenizerKind> parseTokenizerKind(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("clip-bpe") || n == QStringLiteral("clip"))
        return TokenizerKind::ClipBpe;
    if (n == QStringLiteral("wordpiece") || n == QStringLiteral("bert"))
        return TokenizerKind::WordPiece;
    return std::nullopt;
}

TokenBatch Tokenizer::encodeBatch(const QStringList& texts, bool padToContext) const {
    std::vector<std::vector<std::int64_t>> encoded;
    encoded.reserve(size_t(texts.size()));
    size_t longest = 0;
    for (const QString& text : texts) {
        encoded.push_back(encode(text));
        longest = std::max(longest, encoded.back().size());
    }
    TokenBatch batch;
    batch.rows = int(texts.size());
    batch.length = padToContext ? m_contextLength : int(longest);
    batch.ids.assign(size_t(batch.rows) * size_t(batch.length), m_padId);
    batch.mask.assign(batch.ids.size(), 0);
    for (size_t r = 0; r < encoded.size(); ++r) {
        const size_t n = std::min(encoded[r].size(), size_t(batch.length));
        std::copy_n(encoded[r].begin(), n, batch.ids.begin() + std::ptrdiff_t(r * batch.length));
        std::fill_n(batch.mask.begin() + std::ptrdiff_t(r * batch.length), n, 1);
    }
    return batch;
}

Result<std::unique_ptr<Tokenizer>> loadTokenizer(TokenizerKind kind, const QString& vocabPath,
                                                 int contextLength, bool lowercase) {
    if (kind == TokenizerKind::ClipBpe) {
        auto t = ClipBpeTokenizer::load(vocabPath, contextLength);
        if (!t)
            return std::unexpected(t.error());
        return std::unique_ptr<Tokenizer>(std::move(*t));
    }
    auto t = WordPieceTokenizer::load(vocabPath, contextLength, lowercase);
    if (!t)
        return std::unexpected(t.error());
    return std::unique_ptr<Tokenizer>(std::move(*t));
}

} // namespace cxrfair

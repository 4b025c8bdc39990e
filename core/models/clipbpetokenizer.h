#pragma once

#include "models/tokenizer.h"

#include <string>
#include <unordered_map>

namespace cxrfair {

/// OpenAI CLIP's byte-level BPE: the text is HTML-unescaped (twice, as CLIP does), its
/// whitespace collapsed and lower-cased, split by CLIP's pattern (contractions, letter runs,
/// single digits, runs of other symbols), each piece's UTF-8 bytes mapped to CLIP's printable
/// byte alphabet and merged by rank; ids are framed by <|startoftext|> and <|endoftext|>.
/// CLIP also runs ftfy's mojibake repair first; cxrfair does not, which only matters for text
/// that was mis-decoded before it reached the tokenizer.
class ClipBpeTokenizer final : public Tokenizer {
public:
    /// Reads CLIP's merges file (bpe_simple_vocab_16e6.txt, plain or .gz) and builds the
    /// 49,408-token vocabulary exactly as CLIP does.
    static Result<std::unique_ptr<ClipBpeTokenizer>> load(const QString& path, int contextLength);

    std::vector<std::int64_t> encode(const QString& text) const override;

    std::int64_t startId() const { return m_startId; }
    std::int64_t endId() const { return m_endId; }
    size_t vocabularySize() const { return m_vocabulary.size(); }

private:
    ClipBpeTokenizer(int contextLength)
        : Tokenizer(contextLength, 0) {}
    void appendPiece(const std::u32string& piece, std::vector<std::int64_t>& ids) const;

    std::unordered_map<std::string, std::int64_t> m_vocabulary;
    std::unordered_map<std::string, int> m_mergeRanks; ///< "left right" -> rank
    std::string m_byteSymbol[256];                     ///< CLIP's printable stand-in per byte
    std::int64_t m_startId = 0;
    std::int64_t m_endId = 0;
};

/// Python's html.unescape for what clinical text contains: numeric references (&#39; &#x27;)
/// and the named entities of HTML 4's Latin-1 and special sets most often seen (&amp; &lt;
/// &gt; &quot; &apos; &nbsp; ...), with or without the final semicolon for the classic five.
QString htmlUnescape(const QString& text);

} // namespace cxrfair

#pragma once

#include "models/tokenizer.h"

#include <QHash>

namespace cxrfair {

/// BERT's WordPiece, as Hugging Face's BertTokenizer does it: control characters removed,
/// whitespace normalised, CJK ideographs and punctuation split off, optional lower-casing with
/// accent stripping, then greedy longest-match-first sub-words marked with "##"; a word that
/// cannot be matched (or is longer than 100 characters) becomes [UNK]. Ids are framed by
/// [CLS] and [SEP] and padded with [PAD].
class WordPieceTokenizer final : public Tokenizer {
public:
    /// Reads vocab.txt (one token per line; the id is the line index). The vocabulary must hold
    /// [CLS], [SEP], [PAD] and [UNK].
    static Result<std::unique_ptr<WordPieceTokenizer>> load(const QString& path, int contextLength,
                                                            bool lowercase);

    std::vector<std::int64_t> encode(const QString& text) const override;

    /// The word pieces of `text` before they become ids (without [CLS] and [SEP]).
    QStringList pieces(const QString& text) const;

    std::int64_t clsId() const { return m_cls; }
    std::int64_t sepId() const { return m_sep; }
    std::int64_t unknownId() const { return m_unknown; }

private:
    WordPieceTokenizer(int contextLength, std::int64_t padId, bool lowercase)
        : Tokenizer(contextLength, padId)
        , m_lowercase(lowercase) {}
    QStringList basicTokens(const QString& text) const;
    void appendWordPieces(const QString& word, QStringList& out) const;

    QHash<QString, std::int64_t> m_vocabulary;
    bool m_lowercase;
    std::int64_t m_cls = 0;
    std::int64_t m_sep = 0;
    std::int64_t m_unknown = 0;
};

} // namespace cxrfair

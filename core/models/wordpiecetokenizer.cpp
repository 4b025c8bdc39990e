#include "models/wordpiecetokenizer.h"

#include "common/filecontents.h"

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::WordPieceTokenizer)
};

const QString kUnknown = QStringLiteral("[UNK]");
constexpr int kMaxWordLength = 100;

bool isWhitespace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' ||
           QChar::category(c) == QChar::Separator_Space;
}

bool isControl(char32_t c) {
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

/// BERT counts every non-alphanumeric printable ASCII character as punctuation ($, +, ^ too).
bool isPunctuation(char32_t c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
        (c >= 123 && c <= 126))
        return true;
    return QChar::isPunct(c);
}

/// The CJK Unified Ideographs blocks, as BERT lists them.
bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F) ||
           (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

QString stripAccents(const QString& word) {
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4())
        if (QChar::category(c) != QChar::Mark_NonSpacing)
            out += QString::fromUcs4(&c, 1);
    return out;
}

} // namespace

Result<std::unique_ptr<WordPieceTokenizer>>
WordPieceTokenizer::load(const QString& path, int contextLength, bool lowercase) {
    if (contextLength < 2)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the context length must be at least 2 ([CLS] and [SEP])"), path);
    auto content = readFileContents(path);
    if (!content)
        return std::unexpected(content.error());
    QHash<QString, std::int64_t> vocabulary;
    const QList<QByteArray> lines = textLines(*content);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString token = QString::fromUtf8(lines[i]);
        if (!token.isEmpty() && !vocabulary.contains(token))
            vocabulary.insert(token, std::int64_t(i));
    }
    for (const char* special : {"[CLS]", "[SEP]", "[PAD]", "[UNK]"}) {
        if (!vocabulary.contains(QLatin1String(special)))
            return fail(
                ErrorCode::Format,
                Tr::tr("the WordPiece vocabulary lacks the token %1").arg(QLatin1String(special)),
                path);
    }
    std::unique_ptr<WordPieceTokenizer> t(new WordPieceTokenizer(
        contextLength, vocabulary.value(QStringLiteral("[PAD]")), lowercase));
    t->m_cls = vocabulary.value(QStringLiteral("[CLS]"));
    t->m_sep = vocabulary.value(QStringLiteral("[SEP]"));
    t->m_unknown = vocabulary.value(kUnknown);
    t->m_vocabulary = std::move(vocabulary);
    return t;
}

QStringList WordPieceTokenizer::basicTokens(const QString& text) const {
    // Clean and split off CJK ideographs, then split on whitespace.
    QString cleaned;
    cleaned.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == 0 || c == 0xFFFD || isControl(c))
            continue;
        if (isWhitespace(c)) {
            cleaned += QLatin1Char(' ');
        } else if (isCjk(c)) {
            cleaned += QLatin1Char(' ');
            cleaned += QString::fromUcs4(&c, 1);
            cleaned += QLatin1Char(' ');
        } else {
            cleaned += QString::fromUcs4(&c, 1);
        }
    }
    QStringList tokens;
    for (QString word : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (m_lowercase)
            word = stripAccents(word.toLower());
        QString current;
        for (const char32_t c : word.toUcs4()) {
            if (isPunctuation(c)) {
                if (!current.isEmpty())
                    tokens << current;
                current.clear();
                tokens << QString::fromUcs4(&c, 1);
            } else {
                current += QString::fromUcs4(&c, 1);
            }
        }
        if (!current.isEmpty())
            tokens << current;
    }
    return tokens;
}

void WordPieceTokenizer::appendWordPieces(const QString& word, QStringList& out) const {
    const QList<uint> chars = word.toUcs4();
    if (chars.size() > kMaxWordLength) {
        out << kUnknown;
        return;
    }
    QStringList pieces;
    qsizetype start = 0;
    while (start < chars.size()) {
        qsizetype end = chars.size();
        QString match;
        while (start < end) {
            QString candidate = QString::fromUcs4(
                reinterpret_cast<const char32_t*>(chars.constData() + start), end - start);
            if (start > 0)
                candidate.prepend(QStringLiteral("##"));
            if (m_vocabulary.contains(candidate)) {
                match = candidate;
                break;
            }
            --end;
        }
        if (match.isEmpty()) {
            out << kUnknown;
            return;
        }
        pieces << match;
        start = end;
    }
    out << pieces;
}

QStringList WordPieceTokenizer::pieces(const QString& text) const {
    QStringList out;
    for (const QString& word : basicTokens(text))
        appendWordPieces(word, out);
    return out;
}

std::vector<std::int64_t> WordPieceTokenizer::encode(const QString& text) const {
    const QStringList words = pieces(text);
    std::vector<std::int64_t> ids{m_cls};
    const qsizetype room = contextLength() - 2;
    for (qsizetype i = 0; i < words.size() && i < room; ++i)
        ids.push_back(m_vocabulary.value(words[i], m_unknown));
    ids.push_back(m_sep);
    return ids;
}

} // namespace cxrfair

#include "models/clipbpetokenizer.h"

#include "common/filecontents.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <queue>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ClipBpeTokenizer)
};

/// CLIP's vocabulary: 256 byte symbols, the same with </w>, one per merge, and two specials.
constexpr int kMerges = 49152 - 256 - 2;

std::string utf8(char32_t c) {
    std::string s;
    if (c < 0x80) {
        s += char(c);
    } else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    }
    return s;
}

/// CLIP's bytes_to_unicode, in its order: the printable Latin-1 bytes map to themselves, the
/// others to 256 + n. Returns the bytes in vocabulary order with their symbols.
std::vector<std::pair<int, char32_t>> byteAlphabet() {
    std::vector<std::pair<int, char32_t>> order;
    std::vector<bool> printable(256, false);
    for (int b = '!'; b <= '~'; ++b)
        printable[size_t(b)] = true;
    for (int b = 0xA1; b <= 0xAC; ++b)
        printable[size_t(b)] = true;
    for (int b = 0xAE; b <= 0xFF; ++b)
        printable[size_t(b)] = true;
    for (int b = 0; b < 256; ++b)
        if (printable[size_t(b)])
            order.emplace_back(b, char32_t(b));
    int n = 0;
    for (int b = 0; b < 256; ++b)
        if (!printable[size_t(b)])
            order.emplace_back(b, char32_t(256 + n++));
    return order;
}

bool isLetter(char32_t c) {
    return QChar::isLetter(c);
}
bool isNumber(char32_t c) {
    return QChar::isNumber(c);
}
bool isSpace(char32_t c) {
    return QChar::isSpace(c);
}

/// CLIP's pre-tokenisation pattern, applied to cleaned, lower-cased text:
/// <|startoftext|>|<|endoftext|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+
std::vector<std::u32string> splitPieces(const std::u32string& text) {
    // Tried in the pattern's order: the two specials, then the contractions.
    static const std::u32string literals[] = {
        U"<|startoftext|>", U"<|endoftext|>", U"'s", U"'t", U"'re", U"'ve", U"'m", U"'ll", U"'d"};
    std::vector<std::u32string> pieces;
    size_t i = 0;
    const size_t n = text.size();
    auto startsWith = [&](const std::u32string& s) { return text.compare(i, s.size(), s) == 0; };
    while (i < n) {
        const char32_t c = text[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        bool matched = false;
        for (const std::u32string& s : literals) {
            if (startsWith(s)) {
                pieces.push_back(s);
                i += s.size();
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        size_t j = i + 1;
        if (isLetter(c)) {
            while (j < n && isLetter(text[j]))
                ++j;
        } else if (!isNumber(c)) {
            while (j < n && !isSpace(text[j]) && !isLetter(text[j]) && !isNumber(text[j]))
                ++j;
        }
        pieces.push_back(text.substr(i, j - i));
        i = j;
    }
    return pieces;
}

QString cleanText(const QString& text) {
    QString t = htmlUnescape(htmlUnescape(text)).simplified();
    return t.toLower();
}

} // namespace

QString htmlUnescape(const QString& text) {
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, char32_t> named = {
        {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},      {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("copy"), 0xA9},    {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("deg"), 0xB0},     {QStringLiteral("plusmn"), 0xB1},
        {QStringLiteral("micro"), 0xB5},   {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("frac12"), 0xBD},  {QStringLiteral("times"), 0xD7},
        {QStringLiteral("divide"), 0xF7},  {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("le"), 0x2264},    {QStringLiteral("ge"), 0x2265},
    };
    static const QStringList withoutSemicolon = {QStringLiteral("amp"), QStringLiteral("lt"),
                                                 QStringLiteral("gt"), QStringLiteral("quot"),
                                                 QStringLiteral("nbsp")};
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != QLatin1Char('&')) {
            result += text[i++];
            continue;
        }
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('#') && semicolon > i + 2 &&
            semicolon - i <= 10) {
            const QString digits = text.mid(i + 2, semicolon - i - 2);
            bool ok = false;
            const bool hex = digits.startsWith(QLatin1Char('x'), Qt::CaseInsensitive);
            const uint code = hex ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                result += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
                i = semicolon + 1;
                continue;
            }
        }
        if (semicolon > i + 1 && semicolon - i <= 8) {
            const auto it = named.constFind(text.mid(i + 1, semicolon - i - 1));
            if (it != named.constEnd()) {
                const char32_t c = *it;
                result += QString::fromUcs4(&c, 1);
                i = semicolon + 1;
                continue;
            }
        }
        bool replaced = false;
        for (const QString& name : withoutSemicolon) {
            if (QStringView(text).mid(i + 1).startsWith(name)) {
                const char32_t c = named.value(name);
                result += QString::fromUcs4(&c, 1);
                i += 1 + name.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            result += text[i++];
    }
    return result;
}

Result<std::unique_ptr<ClipBpeTokenizer>> ClipBpeTokenizer::load(const QString& path,
                                                                 int contextLength) {
    if (contextLength < 2)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the context length must be at least 2 (start and end tokens)"), path);
    auto content = readFileContents(path);
    if (!content)
        return std::unexpected(content.error());
    const QList<QByteArray> lines = textLines(*content);
    // The first line is a version header; CLIP uses the next 48,894 merges.
    if (lines.size() < kMerges + 1)
        return fail(ErrorCode::Format,
                    Tr::tr("not a CLIP BPE merges file: %1 lines where CLIP needs %2")
                        .arg(lines.size())
                        .arg(kMerges + 1),
                    path);

    std::unique_ptr<ClipBpeTokenizer> t(new ClipBpeTokenizer(contextLength));
    std::int64_t next = 0;
    const auto alphabet = byteAlphabet();
    for (const auto& [byte, symbol] : alphabet) {
        t->m_byteSymbol[byte] = utf8(symbol);
        t->m_vocabulary.emplace(utf8(symbol), next++);
    }
    for (const auto& [byte, symbol] : alphabet)
        t->m_vocabulary.emplace(utf8(symbol) + "</w>", next++);
    t->m_mergeRanks.reserve(kMerges);
    for (int rank = 0; rank < kMerges; ++rank) {
        const QByteArray& line = lines[rank + 1];
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || space == line.size() - 1 || line.indexOf(' ', space + 1) >= 0)
            return std::unexpected(Error{ErrorCode::Format,
                                         Tr::tr("not a merge ('left right'): '%1'").arg(line),
                                         path,
                                         rank + 2,
                                         {},
                                         {},
                                         {}});
        const std::string left = line.left(space).toStdString();
        const std::string right = line.mid(space + 1).toStdString();
        t->m_mergeRanks.emplace(left + ' ' + right, rank);
        t->m_vocabulary.emplace(left + right, next++);
    }
    t->m_startId = next++;
    t->m_vocabulary.emplace("<|startoftext|>", t->m_startId);
    t->m_endId = next++;
    t->m_vocabulary.emplace("<|endoftext|>", t->m_endId);
    return t;
}

void ClipBpeTokenizer::appendPiece(const std::u32string& piece,
                                   std::vector<std::int64_t>& ids) const {
    if (piece == U"<|startoftext|>" || piece == U"<|endoftext|>") {
        ids.push_back(piece == U"<|startoftext|>" ? m_startId : m_endId);
        return;
    }
    std::string bytes;
    for (char32_t c : piece)
        bytes += utf8(c);
    std::vector<std::string> word;
    word.reserve(bytes.size());
    for (unsigned char b : bytes)
        word.push_back(m_byteSymbol[b]);
    word.back() += "</w>";

    // Merges by rank with a heap over the adjacent pairs: O(n log n) in the word's length,
    // where CLIP's loop (find the best pair, merge all its occurrences, again) is quadratic
    // and a long hostile "word" would never end. Same result: a merge only creates pairs of
    // higher rank (a token must exist before it is merged again), and equal ranks are taken
    // left to right, as CLIP's pass does.
    struct Pair {
        int rank;
        size_t left;
        size_t right;
        size_t leftSize;
        size_t rightSize;
        bool operator>(const Pair& o) const {
            return rank != o.rank ? rank > o.rank : left > o.left;
        }
    };
    std::vector<size_t> next(word.size()), previous(word.size());
    std::vector<bool> alive(word.size(), true);
    for (size_t k = 0; k < word.size(); ++k) {
        next[k] = k + 1;
        previous[k] = k == 0 ? std::numeric_limits<size_t>::max() : k - 1;
    }
    std::priority_queue<Pair, std::vector<Pair>, std::greater<Pair>> pairs;
    std::string key;
    auto consider = [&](size_t left, size_t right) {
        if (right >= word.size())
            return;
        key.assign(word[left]).append(1, ' ').append(word[right]);
        if (const auto it = m_mergeRanks.find(key); it != m_mergeRanks.end())
            pairs.push({it->second, left, right, word[left].size(), word[right].size()});
    };
    for (size_t k = 0; k + 1 < word.size(); ++k)
        consider(k, k + 1);
    while (!pairs.empty()) {
        const Pair p = pairs.top();
        pairs.pop();
        // Stale: one side was merged away or grew since the pair was seen.
        if (!alive[p.left] || !alive[p.right] || next[p.left] != p.right ||
            word[p.left].size() != p.leftSize || word[p.right].size() != p.rightSize)
            continue;
        word[p.left] += word[p.right];
        alive[p.right] = false;
        next[p.left] = next[p.right];
        if (next[p.left] < word.size())
            previous[next[p.left]] = p.left;
        if (previous[p.left] < word.size())
            consider(previous[p.left], p.left);
        consider(p.left, next[p.left]);
    }
    std::vector<std::string> merged;
    for (size_t k = 0; k < word.size(); k = next[k])
        merged.push_back(std::move(word[k]));
    word = std::move(merged);
    for (const std::string& symbol : word) {
        const auto it = m_vocabulary.find(symbol);
        // Every byte symbol is in the vocabulary and every merge result too.
        ids.push_back(it != m_vocabulary.end() ? it->second : m_endId);
    }
}

std::vector<std::int64_t> ClipBpeTokenizer::encode(const QString& text) const {
    std::vector<std::int64_t> ids{m_startId};
    const QList<uint> ucs4 = cleanText(text).toUcs4();
    std::u32string cleaned(ucs4.begin(), ucs4.end());
    for (const std::u32string& piece : splitPieces(cleaned)) {
        // What lies beyond the context is cut off below: no need to merge it.
        if (ids.size() >= size_t(contextLength()))
            break;
        appendPiece(piece, ids);
    }
    ids.push_back(m_endId);
    if (ids.size() > size_t(contextLength())) {
        ids.resize(size_t(contextLength()));
        ids.back() = m_endId;
    }
    return ids;
}

} // namespace cxrfair

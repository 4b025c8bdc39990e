#include "common/filecontents.h"
#include "models/clipbpetokenizer.h"
#include "models/wordpiecetokenizer.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <random>

using namespace cxrfair;

namespace {

QString sharedReference(const QString& relative) {
    const QString root = qEnvironmentVariable("CXRFAIR_SHARED_DIR");
    const QString path = QDir(root).filePath(QStringLiteral("reference/") + relative);
    return root.isEmpty() || !QFile::exists(path) ? QString() : path;
}

std::vector<std::int64_t> ids(std::initializer_list<std::int64_t> list) {
    return std::vector<std::int64_t>(list);
}

} // namespace

class TestTokenizers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vocab;

    std::unique_ptr<WordPieceTokenizer> wordPiece(bool lowercase, int context = 16) {
        auto t = WordPieceTokenizer::load(m_vocab, context, lowercase);
        if (!t)
            qFatal("%s", qPrintable(t.error().toString()));
        return std::move(*t);
    }

private Q_SLOTS:
    void initTestCase() {
        // Ids are line numbers: [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 ...
        m_vocab = test::writeFile(QDir(m_dir.path()), QStringLiteral("vocab.txt"),
                                  "[PAD]\n[UNK]\n[CLS]\n[SEP]\nchest\npneum\n##oth\n##orax\n##o\n"
                                  "no\nfindings\n.\n,\n(\n)\ncafe\nCafe\nun\n##aff\n##able\n"
                                  "\xe8\x82\xba\n$\n");
    }

    void clipMatchesReference() {
        const QString vocab =
            sharedReference(QStringLiteral("clip-bpe/bpe_simple_vocab_16e6.txt.gz"));
        const QString tokens = sharedReference(QStringLiteral("clip-bpe/tokens.tsv"));
        if (vocab.isEmpty() || tokens.isEmpty())
            QSKIP("the CLIP BPE reference data (../shared/reference/clip-bpe) is not present");
        auto t = ClipBpeTokenizer::load(vocab, 77);
        QVERIFY2(t.has_value(), qPrintable(t ? QString() : t.error().toString()));
        QCOMPARE((*t)->vocabularySize(), size_t(49408));
        QCOMPARE((*t)->startId(), std::int64_t(49406));
        QCOMPARE((*t)->endId(), std::int64_t(49407));
        QFile file(tokens);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int checked = 0;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QList<QByteArray> parts = line.split('\t');
            QCOMPARE(parts.size(), 2);
            std::vector<std::int64_t> expected;
            for (const QByteArray& id : parts[1].split(' '))
                expected.push_back(id.toLongLong());
            const auto actual = (*t)->encode(QString::fromUtf8(parts[0]));
            if (actual != expected) {
                QStringList a;
                for (auto id : actual)
                    a << QString::number(id);
                QFAIL(qPrintable(QStringLiteral("'%1' gave %2, expected %3")
                                     .arg(QString::fromUtf8(parts[0]), a.join(QLatin1Char(' ')),
                                          QString::fromUtf8(parts[1]))));
            }
            ++checked;
        }
        QVERIFY(checked >= 10);
        // The same texts, differently spaced, cased and HTML-escaped, give the same ids.
        QCOMPARE((*t)->encode(QStringLiteral("  CHEST\tatelectasis ")),
                 (*t)->encode(QStringLiteral("Chest Atelectasis")));
        QCOMPARE((*t)->encode(QStringLiteral("Left chest tube in place&#59; no pneumothorax.")),
                 (*t)->encode(QStringLiteral("Left chest tube in place; no pneumothorax.")));
        // Truncation keeps the end token.
        auto short5 = ClipBpeTokenizer::load(vocab, 5);
        QVERIFY(short5.has_value());
        QCOMPARE((*short5)->encode(QStringLiteral("There is a small right apical pneumothorax.")),
                 ids({49406, 997, 533, 320, 49407}));
        // Padding to the context length.
        const TokenBatch batch = (*t)->encodeBatch({QStringLiteral("Chest Pneumonia")}, true);
        QCOMPARE(batch.length, 77);
        QCOMPARE(batch.ids[2], std::int64_t(42906));
        QCOMPARE(batch.ids[4], std::int64_t(0));
        QCOMPARE(batch.mask[3], std::int64_t(1));
        QCOMPARE(batch.mask[4], std::int64_t(0));
    }

    void clipMergesAsClipsOwnLoop() {
        // CLIP's bpe() written out as it is in Python (find the best-ranked pair, merge all its
        // occurrences left to right, again), as an independent reference for cxrfair's
        // heap-based merging, on random words; then a 300,000-letter word, which CLIP's loop
        // would take hours over, is tokenized at once.
        const QString vocab =
            sharedReference(QStringLiteral("clip-bpe/bpe_simple_vocab_16e6.txt.gz"));
        if (vocab.isEmpty())
            QSKIP("the CLIP BPE reference data (../shared/reference/clip-bpe) is not present");
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), vocab});
        QVERIFY(gunzip.waitForFinished(30000));
        const QList<QByteArray> lines = gunzip.readAllStandardOutput().split('\n');
        constexpr int merges = 48894;
        QVERIFY(lines.size() > merges);
        // CLIP's vocabulary: 256 byte symbols (letters are themselves), the same with </w>,
        // then one per merge.
        std::map<std::string, int> rank;
        std::map<std::string, std::int64_t> id;
        std::vector<std::string> symbols;
        for (int b = 0; b < 256; ++b)
            symbols.push_back(std::string(1, char(b)));
        for (int b = 'a'; b <= 'z'; ++b) {
            id[std::string(1, char(b))] = b - '!';
            id[std::string(1, char(b)) + "</w>"] = 256 + (b - '!');
        }
        for (int m = 0; m < merges; ++m) {
            const QList<QByteArray> pair = lines[m + 1].split(' ');
            QCOMPARE(pair.size(), 2);
            const std::string left = pair[0].toStdString(), right = pair[1].toStdString();
            rank[left + ' ' + right] = m;
            id[left + right] = 512 + m;
        }
        auto clipLoop = [&](const std::string& text) {
            std::vector<std::string> word;
            for (char c : text)
                word.push_back(std::string(1, c));
            word.back() += "</w>";
            while (word.size() > 1) {
                int best = merges;
                std::string first, second;
                for (size_t k = 0; k + 1 < word.size(); ++k)
                    if (const auto it = rank.find(word[k] + ' ' + word[k + 1]);
                        it != rank.end() && it->second < best) {
                        best = it->second;
                        first = word[k];
                        second = word[k + 1];
                    }
                if (best == merges)
                    break;
                std::vector<std::string> merged;
                for (size_t k = 0; k < word.size(); ++k) {
                    if (k + 1 < word.size() && word[k] == first && word[k + 1] == second) {
                        merged.push_back(first + second);
                        ++k;
                    } else {
                        merged.push_back(word[k]);
                    }
                }
                word = merged;
            }
            std::vector<std::int64_t> ids{49406};
            for (const std::string& w : word)
                ids.push_back(id.at(w));
            ids.push_back(49407);
            return ids;
        };
        auto t = ClipBpeTokenizer::load(vocab, 100000);
        QVERIFY(t.has_value());
        std::mt19937 random(2025);
        std::uniform_int_distribution<int> letter('a', 'z'), length(1, 40);
        for (int w = 0; w < 400; ++w) {
            std::string word;
            const int n = length(random);
            for (int i = 0; i < n; ++i)
                word += char(letter(random));
            // Real words too: repeated letters and common stems.
            if (w % 4 == 0)
                word = std::string(size_t(n), 'a' + char(w % 26));
            QCOMPARE((*t)->encode(QString::fromStdString(word)), clipLoop(word));
        }
        std::string hostile;
        for (int i = 0; i < 300000; ++i)
            hostile += char(letter(random));
        QElapsedTimer clock;
        clock.start();
        const auto ids = (*t)->encode(QString::fromStdString(hostile));
        qInfo("a 300,000-letter word: %lld ms", qint64(clock.elapsed()));
        QCOMPARE(ids.front(), std::int64_t(49406));
        QVERIFY(ids.size() > 1000);
    }

    void clipRejectsForeignFiles() {
        const QString bad =
            test::writeFile(QDir(m_dir.path()), QStringLiteral("bpe.txt"), "#version: 0.2\na b\n");
        auto t = ClipBpeTokenizer::load(bad, 77);
        QVERIFY(!t.has_value());
        QCOMPARE(t.error().file, bad);
        QVERIFY(!ClipBpeTokenizer::load(m_dir.filePath(QStringLiteral("absent.gz")), 77));
    }

    void htmlUnescapeAsPython() {
        QCOMPARE(htmlUnescape(QStringLiteral("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27;")),
                 QStringLiteral("a & b <c> \"d\" 'e'"));
        QCOMPARE(htmlUnescape(QStringLiteral("&amp")), QStringLiteral("&"));
        QCOMPARE(htmlUnescape(QStringLiteral("&unknown; & done")),
                 QStringLiteral("&unknown; & done"));
        QCOMPARE(htmlUnescape(QStringLiteral("&amp;lt;")), QStringLiteral("&lt;"));
    }

    void wordPieceSplitsAsBert() {
        auto t = wordPiece(true);
        // Lower-cased, punctuation split off, longest match first with ##.
        const QStringList expected =
            QStringLiteral("chest [UNK] pneum ##oth ##orax , ( no findings ) .")
                .split(QLatin1Char(' '));
        QCOMPARE(t->pieces(QStringLiteral("Chest: pneumothorax, (no findings).")), expected);
    }

    void wordPieceIds() {
        auto t = wordPiece(true);
        // "pneumothorax" = pneum ##oth ##orax: longest match first at each step.
        QCOMPARE(t->encode(QStringLiteral("Pneumothorax")), ids({2, 5, 6, 7, 3}));
        // "pneumo" = pneum ##o; "pneumx" has no match for "x": the whole word is [UNK].
        QCOMPARE(t->encode(QStringLiteral("pneumo pneumx")), ids({2, 5, 8, 1, 3}));
        // Accents are stripped when lower-casing; control characters vanish; "$" is
        // punctuation for BERT though not for Unicode.
        QCOMPARE(t->encode(QStringLiteral("CAF\u00c9\u0007$unaffable")),
                 ids({2, 15, 21, 17, 18, 19, 3}));
        // CJK ideographs are split off as words of their own.
        QCOMPARE(t->encode(QStringLiteral("chest\u80ba\u80ba")), ids({2, 4, 20, 20, 3}));
        // Without lower-casing the cased vocabulary entry is used and accents stay.
        auto cased = wordPiece(false);
        QCOMPARE(cased->encode(QStringLiteral("Cafe caf\u00e9")), ids({2, 16, 1, 3}));
        // Truncation keeps [SEP]; padding uses [PAD].
        auto four = wordPiece(true, 4);
        QCOMPARE(four->encode(QStringLiteral("chest no findings")), ids({2, 4, 9, 3}));
        const TokenBatch batch =
            t->encodeBatch({QStringLiteral("chest"), QStringLiteral("no findings .")}, false);
        QCOMPARE(batch.length, 5);
        QCOMPARE(batch.ids, ids({2, 4, 3, 0, 0, 2, 9, 10, 11, 3}));
        QCOMPARE(batch.mask, ids({1, 1, 1, 0, 0, 1, 1, 1, 1, 1}));
        // Words longer than 100 characters are [UNK].
        QCOMPARE(t->encode(QString(101, QLatin1Char('c'))), ids({2, 1, 3}));
    }

    void vocabulariesSavedOnWindowsReadTheSame() {
        // A byte-order mark and CRLF line ends (a Windows editor's) change no id: the mark used
        // to become part of the first token ([PAD]) and CLIP's merges never matched.
        QFile plain(m_vocab);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QString windows =
            test::writeFile(QDir(m_dir.path()), QStringLiteral("crlf.txt"),
                            "\xEF\xBB\xBF" + plain.readAll().replace("\n", "\r\n"));
        auto a = loadTokenizer(TokenizerKind::WordPiece, m_vocab, 16, true);
        auto b = loadTokenizer(TokenizerKind::WordPiece, windows, 16, true);
        QVERIFY(a && b);
        const TokenBatch batchA =
            (*a)->encodeBatch({QStringLiteral("chest"), QStringLiteral("Pneumothorax")}, false);
        const TokenBatch batchB =
            (*b)->encodeBatch({QStringLiteral("chest"), QStringLiteral("Pneumothorax")}, false);
        QCOMPARE(batchB.ids, batchA.ids);
        QCOMPARE((*b)->padId(), std::int64_t(0));
        const QString vocab =
            sharedReference(QStringLiteral("clip-bpe/bpe_simple_vocab_16e6.txt.gz"));
        if (vocab.isEmpty())
            QSKIP("the CLIP BPE reference data (../shared/reference/clip-bpe) is not present");
        auto merges = readFileContents(vocab);
        QVERIFY(merges.has_value());
        const QString crlf = test::writeFile(QDir(m_dir.path()), QStringLiteral("merges-crlf.txt"),
                                             "\xEF\xBB\xBF" + merges->replace("\n", "\r\n"));
        auto clip = ClipBpeTokenizer::load(vocab, 77);
        auto clipCrlf = ClipBpeTokenizer::load(crlf, 77);
        QVERIFY(clip && clipCrlf);
        QCOMPARE((*clipCrlf)->encode(QStringLiteral("Chest Pneumothorax")),
                 (*clip)->encode(QStringLiteral("Chest Pneumothorax")));
    }

    void wordPieceNeedsSpecialTokens() {
        const QString bad = test::writeFile(QDir(m_dir.path()), QStringLiteral("nospecial.txt"),
                                            "[PAD]\n[CLS]\nchest\n");
        auto t = WordPieceTokenizer::load(bad, 16, true);
        QVERIFY(!t.has_value());
        QVERIFY(t.error().message.contains(QStringLiteral("[SEP]")));
    }
};

QTEST_GUILESS_MAIN(TestTokenizers)
#include "test_tokenizers.moc"

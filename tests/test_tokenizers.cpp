#include "models/clipbpetokenizer.h"
#include "models/wordpiecetokenizer.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

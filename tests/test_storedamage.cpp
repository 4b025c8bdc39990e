// The embedding store survives damage: a flipped byte or a cut anywhere in a part file costs
// the records it touches and no other, in every reader and in the writer's repair on resume.

#include "inference/embeddingstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace cxrfair;

namespace {

constexpr int kDim = 8;
constexpr int kRecords = 60;

SegmentInfo segment() {
    SegmentInfo info;
    info.model = QStringLiteral("tiny");
    info.modelHash = QStringLiteral("0123abcd");
    info.dim = kDim;
    return info;
}

/// Record i: a path of varying length (so records differ in size) and a vector of its own.
ImageKey keyOf(int i) {
    ImageKey key;
    key.path =
        QStringLiteral("/data/images/%1/%2.png").arg(QString(i % 7 + 1, QLatin1Char('p'))).arg(i);
    key.sampleId = QStringLiteral("s%1").arg(i);
    key.size = 1000 + i;
    key.modifiedMs = 1700000000000 + i;
    return key;
}

float valueOf(int record, int column) {
    return float(record) + float(column) / 100.0f;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestStoreDamage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_part;
    QByteArray m_clean;
    std::vector<qint64> m_starts; ///< each record's offset, and the file's size last

    /// The records a read of the store finds, by sample number; their vectors are checked.
    std::vector<int> readRecords(std::vector<StoreDamage>* damage = nullptr) {
        auto stored = EmbeddingStore::read(m_store, segment());
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        std::vector<int> found;
        for (size_t r = 0; r < stored->keys.size(); ++r) {
            const int i = stored->keys[r].sampleId.mid(1).toInt();
            const ImageKey expected = keyOf(i);
            bool same =
                stored->keys[r].path == expected.path && stored->keys[r].size == expected.size;
            for (int c = 0; c < kDim; ++c)
                same = same && stored->vectors.row(qint64(r))[c] == valueOf(i, c);
            if (!same)
                qFatal("record %d read back wrong", i);
            found.push_back(i);
        }
        if (damage)
            *damage = stored->damage;
        return found;
    }

    /// The record that holds byte `offset`.
    int recordAt(qint64 offset) const {
        return int(std::upper_bound(m_starts.begin(), m_starts.end(), offset) - m_starts.begin()) -
               1;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store"));
        auto store = EmbeddingStore::openForWriting(m_store, segment());
        QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().toString()));
        m_part = QDir(store->segmentPath()).filePath(QStringLiteral("part-0-of-1.bin"));
        // One record per append, so that each record's offset is known from the file size.
        for (int i = 0; i < kRecords; ++i) {
            m_starts.push_back(QFileInfo(m_part).size());
            FloatMatrix vector;
            vector.rows = 1;
            vector.cols = kDim;
            for (int c = 0; c < kDim; ++c)
                vector.data.push_back(valueOf(i, c));
            QVERIFY(store->append({keyOf(i)}, vector).has_value());
        }
        m_clean = readAll(m_part);
        m_starts.push_back(m_clean.size());
        QCOMPARE(int(readRecords().size()), kRecords);
    }

    void cleanup() { writeAll(m_part, m_clean); }

    void aFlippedByteCostsOneRecord() {
        std::mt19937 random(20251202);
        std::uniform_int_distribution<qint64> position(0, m_clean.size() - 1);
        std::uniform_int_distribution<int> bit(0, 7);
        for (int trial = 0; trial < 400; ++trial) {
            const qint64 at = position(random);
            QByteArray bytes = m_clean;
            bytes[at] = char(bytes[at] ^ (1 << bit(random)));
            writeAll(m_part, bytes);
            std::vector<StoreDamage> damage;
            const std::vector<int> found = readRecords(&damage);
            const int hit = recordAt(at);
            QVERIFY2(int(found.size()) == kRecords - 1,
                     qPrintable(QStringLiteral("byte %1 flipped: %2 records read, not %3")
                                    .arg(at)
                                    .arg(found.size())
                                    .arg(kRecords - 1)));
            QVERIFY(std::find(found.begin(), found.end(), hit) == found.end());
            QCOMPARE(int(damage.size()), 1);
            QCOMPARE(damage[0].offset, m_starts[size_t(hit)]);
            QCOMPARE(damage[0].length, m_starts[size_t(hit) + 1] - m_starts[size_t(hit)]);
            QCOMPARE(damage[0].recordsLost, qint64(1));
            QCOMPARE(damage[0].atEnd, hit == kRecords - 1);
            QCOMPARE(damage[0].partPath, m_part);
        }
    }

    void aCutKeepsEveryWholeRecord() {
        for (qint64 size = 0; size <= m_clean.size(); size += 7) {
            writeAll(m_part, m_clean.left(size));
            std::vector<StoreDamage> damage;
            const std::vector<int> found = readRecords(&damage);
            const int whole = recordAt(size) < 0 ? 0 : recordAt(size);
            QCOMPARE(int(found.size()), whole);
            const bool torn = size < m_clean.size() && size != m_starts[size_t(whole)];
            QCOMPARE(damage.size(), size_t(torn ? 1 : 0));
            if (torn) {
                QVERIFY(damage[0].atEnd);
                QCOMPARE(damage[0].offset, m_starts[size_t(whole)]);
                QCOMPARE(damage[0].offset + damage[0].length, size);
            }
        }
    }

    void severalDamagedRegionsAreEachReported() {
        QByteArray bytes = m_clean;
        // Ten bytes zeroed across the boundary of records 10 and 11, and one in record 40.
        for (qint64 at = m_starts[11] - 5; at < m_starts[11] + 5; ++at)
            bytes[at] = 0;
        bytes[m_starts[40] + 20] = char(bytes[m_starts[40] + 20] ^ 0x10);
        writeAll(m_part, bytes);
        std::vector<StoreDamage> damage;
        const std::vector<int> found = readRecords(&damage);
        QCOMPARE(int(found.size()), kRecords - 3);
        QCOMPARE(int(damage.size()), 2);
        QCOMPARE(damage[0].offset, m_starts[10]);
        QCOMPARE(damage[0].length, m_starts[12] - m_starts[10]);
        QCOMPARE(damage[0].recordsLost, qint64(2));
        QCOMPARE(damage[1].offset, m_starts[40]);
        QVERIFY(damage[0].describe().contains(QStringLiteral("part-0-of-1.bin")));
        QVERIFY(damage[0].describe().contains(QString::number(m_starts[10])));
    }

    void theWriterCutsOutExactlyTheDamage() {
        std::mt19937 random(7);
        std::uniform_int_distribution<qint64> position(0, m_clean.size() - 1);
        for (int trial = 0; trial < 40; ++trial) {
            QByteArray bytes = m_clean;
            const qint64 at = position(random);
            bytes[at] = char(~bytes[at]);
            // And a torn tail: half of a copy of record 3 appended, as a killed writer leaves.
            const bool torn = trial % 2 == 1;
            if (torn)
                bytes.append(m_clean.mid(m_starts[3], (m_starts[4] - m_starts[3]) / 2));
            writeAll(m_part, bytes);
            const int hit = recordAt(at);
            auto store = EmbeddingStore::openForWriting(m_store, segment());
            QVERIFY(store.has_value());
            QCOMPARE(store->size(), qint64(kRecords - 1));
            QVERIFY(!store->contains(keyOf(hit).identity()));
            QCOMPARE(int(store->damage().size()), torn && hit != kRecords - 1 ? 2 : 1);
            const qint64 recordBytes = m_starts[size_t(hit) + 1] - m_starts[size_t(hit)];
            QCOMPARE(QFileInfo(m_part).size(), m_clean.size() - recordBytes);
            // The repaired part reads clean, with every intact record.
            std::vector<StoreDamage> damage;
            QCOMPARE(int(readRecords(&damage).size()), kRecords - 1);
            QVERIFY(damage.empty());
            // Appending the lost record again makes the store whole.
            FloatMatrix vector;
            vector.rows = 1;
            vector.cols = kDim;
            for (int c = 0; c < kDim; ++c)
                vector.data.push_back(valueOf(hit, c));
            QVERIFY(store->append({keyOf(hit)}, vector).has_value());
            QCOMPARE(int(readRecords().size()), kRecords);
        }
    }

    void anotherShardsDamageIsReportedNotTouched() {
        QByteArray bytes = m_clean;
        bytes[m_starts[5] + 9] = char(bytes[m_starts[5] + 9] ^ 1);
        const QString other = QFileInfo(m_part).dir().filePath(QStringLiteral("part-1-of-2.bin"));
        writeAll(other, bytes);
        writeAll(m_part, {});
        auto store = EmbeddingStore::openForWriting(m_store, segment(), 0, 2);
        QVERIFY(store.has_value());
        QCOMPARE(int(store->damage().size()), 1);
        QCOMPARE(store->damage()[0].partPath, other);
        QCOMPARE(store->repairedBytes(), qint64(0));
        QCOMPARE(readAll(other), bytes);
        QFile::remove(other);
    }
};

QTEST_GUILESS_MAIN(TestStoreDamage)
#include "test_storedamage.moc"

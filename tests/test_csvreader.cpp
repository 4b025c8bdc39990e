#include "data/csvreader.h"
#include "data/csvwriter.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;

class TestCsvReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::vector<std::vector<std::string>> readAll(CsvReader& reader,
                                                         std::vector<qint64>* lines = nullptr) {
        std::vector<std::vector<std::string>> rows;
        while (reader.next()) {
            std::vector<std::string> row;
            for (int i = 0; i < reader.fieldCount(); ++i)
                row.emplace_back(reader.field(i));
            rows.push_back(row);
            if (lines)
                lines->push_back(reader.line());
        }
        return rows;
    }

private Q_SLOTS:
    void nihHeaderWithBracketedCommas() {
        // The published NIH header: bracketed names contain commas and the line ends in one,
        // so it splits into 12 fields, the last empty.
        const QString path = test::writeFile(
            m_dir.path(), QStringLiteral("nih.csv"),
            "Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient "
            "Gender,View Position,OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y],\n"
            "00000001_000.png,Cardiomegaly,0,1,58,M,PA,2682,2749,0.143,0.143\n");
        auto reader = CsvReader::open(path);
        QVERIFY(reader);
        QCOMPARE(reader->header().size(), size_t(12));
        QCOMPARE(reader->header()[7], std::string("OriginalImage[Width"));
        QCOMPARE(reader->header()[8], std::string("Height]"));
        QCOMPARE(reader->header()[11], std::string(""));
        QCOMPARE(reader->columnIndex("Patient Age"), 4);
        QVERIFY(reader->next());
        QCOMPARE(reader->fieldCount(), 11);
        QCOMPARE(reader->field(1), std::string_view("Cardiomegaly"));
        QCOMPARE(reader->field(11), std::string_view()); // beyond the row: empty, not a crash
        QVERIFY(!reader->next());
        QVERIFY(!reader->error());
    }

    void quotedFieldsAndLineNumbers() {
        const QString path = test::writeFile(m_dir.path(), QStringLiteral("quoted.csv"),
                                             "\xEF\xBB\xBF"
                                             "a,b,c\r\n"
                                             "1,\"x, y\",\"he said \"\"hi\"\"\"\r\n"
                                             "2,\"two\nlines\",z\r\n"
                                             "\r\n"
                                             "3,,\"\"\n"
                                             "4,last,no-newline");
        auto reader = CsvReader::open(path);
        QVERIFY(reader);
        QCOMPARE(reader->header()[0], std::string("a")); // byte-order mark removed
        std::vector<qint64> lines;
        const auto rows = readAll(*reader, &lines);
        QVERIFY(!reader->error());
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[0][1], std::string("x, y"));
        QCOMPARE(rows[0][2], std::string("he said \"hi\""));
        QCOMPARE(rows[1][1], std::string("two\nlines"));
        QCOMPARE(rows[2], (std::vector<std::string>{"3", "", ""}));
        QCOMPARE(rows[3], (std::vector<std::string>{"4", "last", "no-newline"}));
        // Physical lines: header 1, rows at 2, 3 (spanning 4), blank 5, then 6 and 7.
        QCOMPARE(lines, (std::vector<qint64>{2, 3, 6, 7}));
    }

    void recordLongerThanTheBuffer() {
        const std::string big(3 << 20, 'x');
        const QString path = test::writeFile(
            m_dir.path(), QStringLiteral("big.csv"),
            QByteArray("k,v\n1,\"") + QByteArray::fromStdString(big) + "\"\"" + "\"\n2,b\n");
        auto reader = CsvReader::open(path);
        QVERIFY(reader);
        const auto rows = readAll(*reader);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0][1], big + "\"");
        QCOMPARE(rows[1][1], std::string("b"));
    }

    void gzipReadsLikePlain() {
        QByteArray content = "subject_id,study_id,Atelectasis\n";
        for (int i = 0; i < 50000; ++i)
            content += QByteArray::number(10000000 + i) + "," + QByteArray::number(50000000 + i) +
                       "," + (i % 3 ? "1.0" : "") + "\n";
        const QString plain = test::writeFile(m_dir.path(), QStringLiteral("t.csv"), content);
        const QString gz = test::writeFile(m_dir.path(), QStringLiteral("t.csv.gz"), content);
        auto a = CsvReader::open(plain);
        auto b = CsvReader::open(gz);
        QVERIFY(a && b);
        const auto ra = readAll(*a);
        const auto rb = readAll(*b);
        QCOMPARE(ra.size(), size_t(50000));
        QVERIFY(ra == rb);
        QVERIFY(!b->error());
    }

    void truncatedGzipIsAnError() {
        QByteArray content = "a,b\n";
        for (int i = 0; i < 100000; ++i)
            content += QByteArray::number(i) + ",value" + QByteArray::number(i * 7) + "\n";
        const QString gz = test::writeFile(m_dir.path(), QStringLiteral("trunc.csv.gz"), content);
        QFile file(gz);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        auto reader = CsvReader::open(gz);
        QVERIFY(reader);
        int rows = 0;
        while (reader->next())
            ++rows;
        QVERIFY(rows < 100000);
        QVERIFY(reader->error().has_value());
        QCOMPARE(reader->error()->file, gz);
    }

    void missingColumnNamesFileAndColumn() {
        const QString path =
            test::writeFile(m_dir.path(), QStringLiteral("cols.csv"), "a,b\n1,2\n");
        auto reader = CsvReader::open(path);
        QVERIFY(reader);
        const auto column = reader->requireColumn("Patient Age");
        QVERIFY(!column);
        QCOMPARE(column.error().code, ErrorCode::MissingColumn);
        QCOMPARE(column.error().file, path);
        QCOMPARE(column.error().column, QStringLiteral("Patient Age"));
        QVERIFY(column.error().toString().contains(QStringLiteral("Patient Age")));
    }

    void emptyAndMissingFiles() {
        const QString empty = test::writeFile(m_dir.path(), QStringLiteral("empty.csv"), "");
        auto a = CsvReader::open(empty);
        QVERIFY(!a);
        QCOMPARE(a.error().file, empty);
        auto b = CsvReader::open(m_dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::Io);
    }

    void writerRoundTripsAndIsReproducible() {
        const QString path = m_dir.filePath(QStringLiteral("w.csv.gz"));
        for (int pass = 0; pass < 2; ++pass) {
            auto writer = CsvWriter::create(pass == 0 ? path : path + QStringLiteral(".2.gz"));
            QVERIFY(writer);
            writer->writeRow({"id", "text"});
            writer->writeRow({"1", "comma, quote \" and\nnewline"});
            QVERIFY(writer->close());
        }
        QFile a(path), b(path + QStringLiteral(".2.gz"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll()); // no time stamp in the gzip header
        auto reader = CsvReader::open(path);
        QVERIFY(reader && reader->next());
        QCOMPARE(reader->field(1), std::string_view("comma, quote \" and\nnewline"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"

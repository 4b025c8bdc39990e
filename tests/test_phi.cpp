// No protected health information in any output: DICOMs carrying a patient's name, birth date,
// id, accession number and institution go through embed, score, metrics, image export and a
// whole audit, and none of these values may reach a table, report, figure, log or message.

#include "testsupport.h"

#include "common/filecontents.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;
using test::ProcessResult;

namespace {

/// The values written into every DICOM; none may appear in an output.
const QList<QByteArray> kPhi{"DOE^JANE^PHIMARKER", "19450317", "PHIID884122", "ACCPHI552199",
                             "SAINT PHIMARKER GENERAL"};

/// Writes the PHI tags into the DICOM at `path` through DCMTK.
bool addPhi(const QString& path) {
    DcmFileFormat file;
    if (file.loadFile(path.toLocal8Bit().constData()).bad())
        return false;
    DcmDataset* data = file.getDataset();
    // The pixel data is read on demand: read it all before the file is written over.
    if (file.loadAllDataIntoMemory().bad())
        return false;
    const std::pair<DcmTagKey, const char*> tags[] = {
        {DCM_PatientName, "DOE^JANE^PHIMARKER"},
        {DCM_PatientBirthDate, "19450317"},
        {DCM_PatientID, "PHIID884122"},
        {DCM_AccessionNumber, "ACCPHI552199"},
        {DCM_InstitutionName, "SAINT PHIMARKER GENERAL"}};
    for (const auto& [tag, value] : tags)
        if (data->putAndInsertString(tag, value).bad())
            return false;
    return file.saveFile(path.toLocal8Bit().constData(), file.getDataset()->getOriginalXfer())
        .good();
}

/// A file's bytes and, for a .gz file, its decompressed text too.
QByteArray searchable(const QString& path) {
    QFile file(path);
    QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (path.endsWith(QStringLiteral(".gz")))
        bytes += readFileContents(path).value_or(QByteArray());
    return bytes;
}

} // namespace

class TestPhi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mimic;
    QString m_model;
    int m_dicoms = 0;
    QList<QByteArray> m_said; ///< every command's stdout and stderr

    /// Fails naming the file and value when any PHI value is in `bytes`.
    static void noPhiIn(const QByteArray& bytes, const QString& where) {
        for (const QByteArray& value : kPhi)
            QVERIFY2(!bytes.contains(value),
                     qPrintable(where + QStringLiteral(" holds ") + QString::fromLatin1(value)));
    }

    ProcessResult run(const QStringList& arguments) {
        const ProcessResult r = test::runCli(arguments);
        m_said << r.out << r.err;
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString demo = m_dir.filePath(QStringLiteral("demo"));
        const ProcessResult made =
            test::runCli({"demo", "--out", demo, "--nih", "20", "--mimic", "60", "--size", "64"});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        m_mimic = demo + QStringLiteral("/mimic");
        m_model = demo + QStringLiteral("/demo-clip.cxrmodel");
        QDirIterator it(m_mimic, {QStringLiteral("*.dcm")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList dicoms;
        while (it.hasNext())
            dicoms << it.next();
        dicoms.sort();
        for (const QString& path : dicoms) {
            QVERIFY2(addPhi(path), qPrintable(path));
            ++m_dicoms;
        }
        QVERIFY(m_dicoms >= 40);
        // The tags are really there, for DCMTK and as bytes.
        QFile first(dicoms.front());
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(first.readAll().contains("PHIID884122"));
        // One DICOM cut short, so that an error message names an image.
        QFile cut(dicoms.back());
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() / 2));
    }

    void noCommandOutputHoldsPhi() {
        const QString store = m_dir.filePath(QStringLiteral("store"));
        const ProcessResult embed =
            run({"embed", "--root", m_mimic, "--views", "all", "--model", m_model, "--out", store});
        QVERIFY2(embed.exitCode == 0, embed.err.constData());
        QVERIFY2(embed.out.contains("1 failed"), embed.out.constData());
        const QString scores = m_dir.filePath(QStringLiteral("scores.csv"));
        QCOMPARE(run({"score", "--store", store, "--model", m_model, "--out", scores}).exitCode, 0);
        QCOMPARE(run({"metrics", "--scores", scores, "--bootstrap", "20", "--out",
                      m_dir.filePath(QStringLiteral("metrics.csv")), "--json",
                      m_dir.filePath(QStringLiteral("metrics.json"))})
                     .exitCode,
                 0);
        QCOMPARE(run({"embeddings", "export", "--store", store, "--out",
                      m_dir.filePath(QStringLiteral("x.npy")), "--keys",
                      m_dir.filePath(QStringLiteral("k.csv"))})
                     .exitCode,
                 0);
        QCOMPARE(run({"dataset", "summary", "--root", m_mimic, "--json"}).exitCode, 0);
        QDirIterator it(m_mimic, {QStringLiteral("*.dcm")}, QDir::Files,
                        QDirIterator::Subdirectories);
        const QString dicom = it.next();
        QCOMPARE(run({"image", "export", dicom, "--info"}).exitCode, 0);
        QCOMPARE(run({"image", "export", dicom, "--out", m_dir.filePath(QStringLiteral("i.png"))})
                     .exitCode,
                 0);
        // The whole audit: tables, report, figures, manifest, methods, its logs.
        const ProcessResult audit =
            run({"audit", "--preset", "faimi2025", "--mimic", m_mimic, "--model", m_model,
                 "--bootstrap", "20", "--out", m_dir.filePath(QStringLiteral("audit"))});
        QVERIFY2(audit.out.contains("report"), audit.err.constData());
        for (const QByteArray& said : m_said)
            noPhiIn(said, QStringLiteral("a command's output"));
        int searched = 0;
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.startsWith(m_mimic)) // the inputs themselves
                continue;
            noPhiIn(searchable(path), path);
            ++searched;
        }
        QVERIFY2(searched >= 20, qPrintable(QString::number(searched)));
        qInfo("%d output files and %d command outputs hold no PHI", searched, int(m_said.size()));
    }
};

QTEST_GUILESS_MAIN(TestPhi)
#include "test_phi.moc"

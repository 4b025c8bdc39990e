#pragma once

// The hostile-input suite's cases and what they share: a fixture (a small demo, its store,
// scores and arrays), helpers that damage copies of its files, and the case lists.

#include "testsupport.h"

#include "common/filecontents.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

namespace cxrfair::hostile {

using test::ProcessResult;

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// A .gz table's text (core's own reader decompresses it).
inline QByteArray gunzip(const QString& path) {
    return readFileContents(path).value_or(QByteArray());
}

/// `bytes` gzip-compressed into `path` (the test support's writer compresses .gz names).
inline void gzipTo(const QString& path, const QByteArray& bytes) {
    test::writeFile(QFileInfo(path).dir(), QFileInfo(path).fileName(), bytes);
}

inline void copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(source, target);
    }
}

inline QByteArray withCrlf(QByteArray text) {
    return text.replace("\n", "\r\n");
}

inline const QByteArray bom("\xEF\xBB\xBF");

/// The line of `text` that starts with `prefix`.
inline QByteArray lineStarting(const QByteArray& text, const QByteArray& prefix) {
    for (const QByteArray& line : text.split('\n'))
        if (line.startsWith(prefix))
            return line;
    return {};
}

/// The inputs every case starts from: a small demo, its store, scores, arrays and a project.
struct Fixture {
    QTemporaryDir dir;
    QString demo, nih, mimic, model, store, scores, npy, keys;
    QByteArray nihImages;    ///< "Images    N in the cohort ..." of the clean NIH tree
    QByteArray mimicImages;  ///< the same for MIMIC
    QByteArray metricsClean; ///< the metrics of the clean score table
    int caseNumber = 0;

    /// A fresh folder for one case.
    QString caseDir() { return dir.filePath(QStringLiteral("case-%1").arg(++caseNumber)); }
    /// A copy of the demo's NIH (or MIMIC) tree that the case may change.
    QString nihCopy() {
        const QString to = caseDir() + QStringLiteral("/nih");
        copyTree(nih, to);
        return to;
    }
    QString mimicCopy() {
        const QString to = caseDir() + QStringLiteral("/mimic");
        copyTree(mimic, to);
        return to;
    }
    QString modelCopy() {
        const QString to = caseDir() + QStringLiteral("/model.cxrmodel");
        copyTree(model, to);
        return to;
    }
    QString storeCopy() {
        const QString to = caseDir() + QStringLiteral("/store");
        copyTree(store, to);
        return to;
    }
    /// The part file of a store copy.
    static QString partOf(const QString& storeDir) {
        QDirIterator it(storeDir, {QStringLiteral("part-0-of-1.bin")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }
    static QString segmentJsonOf(const QString& storeDir) {
        return QFileInfo(partOf(storeDir)).dir().filePath(QStringLiteral("segment.json"));
    }
    /// A project file for `audit` whose top level gets `change`.
    QString project(const std::function<void(QJsonObject&)>& change) {
        QJsonObject settings{{QStringLiteral("check_images"), true}};
        QJsonObject dataset{{QStringLiteral("source"),
                             QJsonObject{{QStringLiteral("format"), QStringLiteral("nih")},
                                         {QStringLiteral("root"), nih}}},
                            {QStringLiteral("settings"), settings},
                            {QStringLiteral("models"), QJsonArray{model}}};
        QJsonObject json{{QStringLiteral("format"), QStringLiteral("cxrfair-project")},
                         {QStringLiteral("version"), 2},
                         {QStringLiteral("datasets"), QJsonArray{dataset}},
                         {QStringLiteral("audit"),
                          QJsonObject{{QStringLiteral("statistics"),
                                       QJsonObject{{QStringLiteral("bootstrap"), 20}}}}}};
        change(json);
        const QString path = caseDir() + QStringLiteral("/audit.cxrproject");
        writeAll(path, QJsonDocument(json).toJson());
        return path;
    }
    QString file(const QString& name, const QByteArray& bytes) {
        const QString path = caseDir() + QLatin1Char('/') + name;
        writeAll(path, bytes);
        return path;
    }
};

/// One hostile input: what it writes and runs, and what must come out.
struct Case {
    QString name;
    std::function<QStringList(Fixture&)> arrange; ///< writes the input, returns the arguments
    int exitCode = 0;
    QList<QByteArray> said;                                ///< each in stdout or stderr
    std::function<QByteArray(const Fixture&)> sameAs = {}; ///< a line the output must hold
    int timeoutMs = 60000;
};

/// Sets `key` of the first dataset's settings in a project.
inline std::function<void(QJsonObject&)> setting(const QString& key, const QJsonValue& value) {
    return [key, value](QJsonObject& json) {
        QJsonArray datasets = json[QStringLiteral("datasets")].toArray();
        QJsonObject dataset = datasets[0].toObject();
        QJsonObject settings = dataset[QStringLiteral("settings")].toObject();
        settings[key] = value;
        dataset[QStringLiteral("settings")] = settings;
        datasets[0] = dataset;
        json[QStringLiteral("datasets")] = datasets;
    };
}

/// Sets `key` of audit.statistics (or audit.analyses) in a project.
inline std::function<void(QJsonObject&)> auditKey(const QString& section, const QString& key,
                                                  const QJsonValue& value) {
    return [section, key, value](QJsonObject& json) {
        QJsonObject audit = json[QStringLiteral("audit")].toObject();
        QJsonObject part = audit[section].toObject();
        part[key] = value;
        audit[section] = part;
        json[QStringLiteral("audit")] = audit;
    };
}

/// The NIH data entry table of a tree, changed by `change`.
inline QStringList nihSummary(Fixture& f, const std::function<QByteArray(QByteArray)>& change) {
    const QString root = f.nihCopy();
    const QString table = root + QStringLiteral("/Data_Entry_2017_v2020.csv");
    writeAll(table, change(readAll(table)));
    return {QStringLiteral("dataset"), QStringLiteral("summary"), QStringLiteral("--root"), root};
}

/// A MIMIC table (`name` without .csv.gz) of a tree, changed by `change` (decompressed).
inline QStringList mimicSummary(Fixture& f, const QString& name,
                                const std::function<QByteArray(QByteArray)>& change) {
    const QString root = f.mimicCopy();
    const QString table = root + QLatin1Char('/') + name + QStringLiteral(".csv.gz");
    gzipTo(table, change(gunzip(table)));
    return {QStringLiteral("dataset"), QStringLiteral("summary"), QStringLiteral("--root"), root};
}

/// The score table, changed by `change`, given to `metrics`.
inline QStringList metricsOn(Fixture& f, const std::function<QByteArray(QByteArray)>& change) {
    const QString scores = f.file(QStringLiteral("scores.csv"), change(readAll(f.scores)));
    return {QStringLiteral("metrics"),
            QStringLiteral("--scores"),
            scores,
            QStringLiteral("--bootstrap"),
            QStringLiteral("20"),
            QStringLiteral("--out"),
            QFileInfo(scores).dir().filePath(QStringLiteral("metrics.csv"))};
}

/// The fixture's metrics in the study's layout (metrics --format faimi2025), its table changed
/// by `change`, given to `compare` with the clean metrics.
inline QStringList compareOn(Fixture& f, const std::function<QByteArray(QByteArray)>& change) {
    const QString dir = f.caseDir();
    const QString metrics = dir + QStringLiteral("/metrics.csv");
    writeAll(metrics, f.metricsClean);
    const QString layout = dir + QStringLiteral("/study");
    const auto written = test::runCli(
        {QStringLiteral("metrics"), QStringLiteral("--scores"), f.scores,
         QStringLiteral("--bootstrap"), QStringLiteral("20"), QStringLiteral("--format"),
         QStringLiteral("faimi2025"), QStringLiteral("--out"), layout});
    if (written.exitCode != 0)
        qFatal("cannot write the study's layout: %s", written.err.constData());
    const QString table =
        layout + QStringLiteral("/data/performance/MIMIC/zeroshot_cxrfair-demo-clip.csv");
    writeAll(table, change(readAll(table)));
    return {QStringLiteral("compare"),
            QStringLiteral("--published"),
            layout,
            QStringLiteral("--metrics"),
            metrics,
            QStringLiteral("--out"),
            dir + QStringLiteral("/compare.csv")};
}

/// The embeddings (changed by `change`) given to `pca`.
inline QStringList pcaOn(Fixture& f, const std::function<QByteArray(QByteArray)>& change) {
    const QString npy = f.file(QStringLiteral("x.npy"), change(readAll(f.npy)));
    return {QStringLiteral("pca"), QStringLiteral("--embeddings"), npy, QStringLiteral("--out"),
            QFileInfo(npy).dir().filePath(QStringLiteral("p.csv"))};
}

/// A .npy header (version 1.0) with `dict` and `payload` bytes after it.
inline QByteArray npyWith(const QByteArray& dict, const QByteArray& payload) {
    QByteArray header = dict;
    while ((10 + header.size() + 1) % 64 != 0)
        header.append(' ');
    header.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out.append(char(header.size() & 0xff));
    out.append(char(header.size() >> 8));
    return out + header + payload;
}

/// The demo model's manifest changed by `change`, given to `model info`.
inline QStringList manifestCase(Fixture& f, const std::function<void(QJsonObject&)>& change) {
    const QString bundle = f.modelCopy();
    const QString manifest = bundle + QStringLiteral("/manifest.json");
    QJsonObject json = QJsonDocument::fromJson(readAll(manifest)).object();
    change(json);
    writeAll(manifest, QJsonDocument(json).toJson());
    return {QStringLiteral("model"), QStringLiteral("info"), bundle};
}

/// `score` with a prompt file.
inline QStringList promptsCase(Fixture& f, const QByteArray& json) {
    return {QStringLiteral("score"),
            QStringLiteral("--store"),
            f.store,
            QStringLiteral("--model"),
            f.model,
            QStringLiteral("--prompts"),
            f.file(QStringLiteral("prompts.json"), json),
            QStringLiteral("--out"),
            f.caseDir() + QStringLiteral("/s.csv")};
}

/// `embeddings export` of a store copy whose part file is changed by `change`.
inline QStringList exportDamaged(Fixture& f, const std::function<QByteArray(QByteArray)>& change) {
    const QString store = f.storeCopy();
    const QString part = Fixture::partOf(store);
    writeAll(part, change(readAll(part)));
    return {QStringLiteral("embeddings"), QStringLiteral("export"),
            QStringLiteral("--store"),    store,
            QStringLiteral("--out"),      store + QStringLiteral("/x.npy"),
            QStringLiteral("--keys"),     store + QStringLiteral("/k.csv")};
}

/// `embed` on a copy of the NIH tree whose first PNG is replaced by `bytes`.
/// The radiographs of an NIH demo tree, sorted (not the drain masks beside them).
inline QStringList nihImages(const QString& root) {
    QDirIterator it(root, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList images;
    while (it.hasNext())
        if (const QString path = it.next(); !path.contains(QStringLiteral("/drain-masks/")))
            images << path;
    images.sort();
    return images;
}

inline QStringList embedWithImage(Fixture& f, const QByteArray& bytes) {
    const QString root = f.nihCopy();
    writeAll(nihImages(root).front(), bytes);
    return {QStringLiteral("embed"),
            QStringLiteral("--root"),
            root,
            QStringLiteral("--model"),
            f.model,
            QStringLiteral("--out"),
            f.caseDir() + QStringLiteral("/store")};
}

/// `image export` (which decodes) of a file of `bytes` named `name`.
inline QStringList imageInfo(Fixture& f, const QString& name, const QByteArray& bytes) {
    const QString path = f.file(name, bytes);
    return {QStringLiteral("image"), QStringLiteral("export"), path, QStringLiteral("--out"),
            path + QStringLiteral(".png")};
}

inline QByteArray cutLastLine(QByteArray text) {
    // The last row, cut in its middle: what a copy that ran out of space leaves.
    if (text.endsWith('\n'))
        text.chop(1);
    const qsizetype lastLine = text.lastIndexOf('\n') + 1;
    return text.left(lastLine + (text.size() - lastLine) / 2);
}

inline QByteArray replaceFirst(QByteArray text, const QByteArray& from, const QByteArray& to) {
    const qsizetype at = text.indexOf(from);
    return at < 0 ? text : text.replace(at, from.size(), to);
}

/// The second line (first data row) of a table replaced by `row`.
inline QByteArray firstRowReplaced(QByteArray text, const QByteArray& row) {
    const qsizetype start = text.indexOf('\n') + 1;
    const qsizetype end = text.indexOf('\n', start);
    return text.replace(start, end - start, row);
}

/// `text` with cell `column` of its first data row set to `value`.
inline QByteArray withFirstRowCell(QByteArray text, int column, const QByteArray& value) {
    const qsizetype start = text.indexOf('\n') + 1;
    QList<QByteArray> cells = text.mid(start, text.indexOf('\n', start) - start).split(',');
    cells[column] = value;
    return firstRowReplaced(text, cells.join(','));
}

/// `tokenize` of `text` with the demo model's WordPiece vocabulary.
inline QStringList tokenizeWords(const Fixture& f, const QString& text) {
    return {QStringLiteral("tokenize"),
            QStringLiteral("--tokenizer"),
            QStringLiteral("wordpiece"),
            QStringLiteral("--vocab"),
            f.model + QStringLiteral("/vocab.txt"),
            text};
}

/// NIH-CXR14 and MIMIC-CXR tables, and score tables.
QList<Case> tableCases();
/// Images, arrays, manifests, project files, prompts, mappings, texts and stores.
QList<Case> fileCases();

} // namespace cxrfair::hostile

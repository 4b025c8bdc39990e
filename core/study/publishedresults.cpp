#include "study/publishedresults.h"

#include "data/csvreader.h"
#include "data/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::PublishedResults)
};

const QString kPrefix = QStringLiteral("zeroshot_");

std::string cell(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? csvNumber(*v) : std::string();
}

/// The model of a file named zeroshot_{model}.csv.
QString modelOfFile(const QString& fileName) {
    QString model = fileName.mid(kPrefix.size());
    model.chop(4);
    return model;
}

Result<void> readTable(const QString& path, const QString& dataset,
                       std::vector<PublishedResult>& out) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    std::vector<int> index;
    for (const QString& c : publishedColumns()) {
        auto i = reader->requireColumn(c.toStdString());
        if (!i)
            return std::unexpected(i.error());
        index.push_back(*i);
    }
    const QStringList columns = publishedColumns();
    auto invalid = [&](int column, const QString& what) {
        return fail(ErrorCode::InvalidValue, what, path, reader->line(), columns[column]);
    };
    while (reader->next()) {
        if (auto whole = requireWholeRow(*reader); !whole)
            return std::unexpected(whole.error());
        PublishedResult r;
        r.model = modelOfFile(QFileInfo(path).fileName());
        r.dataset = dataset;
        r.file = path;
        r.line = reader->line();
        r.condition = QString::fromStdString(std::string(reader->field(index[0]))).trimmed();
        r.group = QString::fromStdString(std::string(reader->field(index[1]))).trimmed();
        if (r.condition.isEmpty())
            return invalid(0, Tr::tr("no condition"));
        if (r.group.isEmpty())
            return invalid(1, Tr::tr("no group"));
        // AUC and its interval are required; the AUPRC columns may be empty.
        std::optional<double> numbers[7];
        for (int k = 0; k < 7; ++k) {
            auto v = optionalNumberField(*reader, index[size_t(k + 2)]);
            if (!v)
                return std::unexpected(v.error());
            if (k < 3 && !*v)
                return invalid(k + 2, Tr::tr("no value"));
            numbers[k] = *v;
        }
        r.auc = *numbers[0];
        r.aucLow = *numbers[1];
        r.aucHigh = *numbers[2];
        if (r.aucLow > r.aucHigh)
            return invalid(3, Tr::tr("the interval's low end %1 is above its high end %2")
                                  .arg(r.aucLow)
                                  .arg(r.aucHigh));
        r.auprcAdjusted = numbers[3];
        r.auprcLow = numbers[4];
        r.auprcHigh = numbers[5];
        r.baselineAuprc = numbers[6];
        out.push_back(std::move(r));
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return {};
}

Result<void> knownDataset(const QString& dataset) {
    if (publishedDatasets().contains(dataset))
        return {};
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("unknown dataset '%1' (known: %2)")
                    .arg(dataset, publishedDatasets().join(QStringLiteral(", "))));
}

} // namespace

QString publishedModelFileName(const QString& model) {
    return model.toLower().replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("-"));
}

QStringList publishedDatasets() {
    return {QStringLiteral("mimic"), QStringLiteral("cxr14")};
}

QString publishedFolder(const QString& root, const QString& dataset) {
    const QString folder =
        dataset == QStringLiteral("cxr14") ? QStringLiteral("CXR14") : QStringLiteral("MIMIC");
    return QDir(root).filePath(QStringLiteral("data/performance/") + folder);
}

QStringList publishedColumns() {
    return {QStringLiteral("class"),         QStringLiteral("group"),
            QStringLiteral("AUC"),           QStringLiteral("CI_AUC_low"),
            QStringLiteral("CI_AUC_up"),     QStringLiteral("AUPRC"),
            QStringLiteral("CI_AUPRC_low"),  QStringLiteral("CI_AUPRC_up"),
            QStringLiteral("baseline_auprc")};
}

Result<std::vector<PublishedResult>> readPublishedResults(const QString& root,
                                                          const QString& dataset) {
    if (auto known = knownDataset(dataset); !known)
        return std::unexpected(known.error());
    const QString folder = publishedFolder(root, dataset);
    if (!QFileInfo(folder).isDir())
        return fail(
            ErrorCode::Io,
            Tr::tr("no folder %1: give the study repository's root, the folder that holds data/")
                .arg(QDir::toNativeSeparators(folder)),
            folder);
    const QStringList files = QDir(folder).entryList({kPrefix + QStringLiteral("*.csv")},
                                                     QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty())
        return fail(ErrorCode::Format, Tr::tr("no zeroshot_{model}.csv table in this folder"),
                    folder);
    std::vector<PublishedResult> out;
    for (const QString& f : files) {
        if (auto read = readTable(QDir(folder).filePath(f), dataset, out); !read)
            return std::unexpected(read.error());
    }
    return out;
}

QString publishedGroupOf(const QString& attribute, const QString& group) {
    if (attribute == QStringLiteral("all"))
        return QStringLiteral("global");
    if (attribute.startsWith(QStringLiteral("shortcut:"))) {
        if (group == QStringLiteral("present"))
            return QStringLiteral("1.0");
        if (group == QStringLiteral("absent"))
            return QStringLiteral("0.0");
        return {};
    }
    // Intersections ("sex x age", groups "Female / 18-25") have no counterpart.
    if (attribute.contains(QLatin1Char(':')) || attribute.contains(QStringLiteral(" x ")) ||
        group.contains(QStringLiteral(" / ")) || group == QStringLiteral("gap") ||
        group == QStringLiteral("worst") || group == QStringLiteral("missing"))
        return {};
    if (attribute == QStringLiteral("sex")) {
        if (group == QStringLiteral("F"))
            return QStringLiteral("Female");
        if (group == QStringLiteral("M"))
            return QStringLiteral("Male");
    }
    return group;
}

Result<QStringList> writePublishedLayout(const QString& root, const QString& dataset,
                                         const MetricsReport& report) {
    if (auto known = knownDataset(dataset); !known)
        return std::unexpected(known.error());
    const QString folder = publishedFolder(root, dataset);
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, Tr::tr("cannot create the folder"), folder);
    // One table per model, in the order the models come.
    QStringList models;
    for (const ModelConditionMetrics& mc : report.results)
        if (!models.contains(mc.model))
            models << mc.model;
    for (const ShortcutRow& s : report.shortcuts)
        if (!models.contains(s.model))
            models << s.model;
    QStringList written;
    const bool drains = dataset == QStringLiteral("cxr14");
    for (const QString& model : models) {
        const QString path =
            QDir(folder).filePath(kPrefix + publishedModelFileName(model) + QStringLiteral(".csv"));
        auto writer = CsvWriter::create(path);
        if (!writer)
            return std::unexpected(writer.error());
        std::vector<std::string> header;
        for (const QString& c : publishedColumns())
            header.push_back(c.toStdString());
        writer->writeRow(header);
        auto row = [&](const QString& condition, const QString& group,
                       const std::optional<double>& auc, const PercentileInterval& ci,
                       const std::optional<double>& auprc, qint64 positives, qint64 n) {
            writer->writeRow({condition.toStdString(), group.toStdString(), cell(auc),
                              ci.valid() ? csvNumber(ci.low) : std::string(),
                              ci.valid() ? csvNumber(ci.high) : std::string(), cell(auprc),
                              std::string(), std::string(),
                              n > 0 ? csvNumber(double(positives) / double(n)) : std::string()});
        };
        for (const ModelConditionMetrics& mc : report.results) {
            if (mc.model != model)
                continue;
            for (const GroupMetrics& g : mc.groups) {
                const QString group = publishedGroupOf(g.attribute, g.group);
                if (group.isEmpty() || !g.auc || (drains && group != QStringLiteral("global")))
                    continue;
                row(mc.condition, group, g.auc->auc, g.bootstrapCi, g.auprcAdjusted, g.positives,
                    g.n);
            }
            if (!drains)
                continue;
            for (const ShortcutRow& s : report.shortcuts) {
                if (s.model != model || s.condition != mc.condition)
                    continue;
                const ShortcutMetrics& m = s.metrics;
                if (m.aucUnconfounded)
                    row(mc.condition, QStringLiteral("0.0"), m.aucUnconfounded, m.unconfoundedCi,
                        std::nullopt, m.unconfoundedPositives,
                        m.unconfoundedPositives + m.negatives);
                if (m.aucConfounded)
                    row(mc.condition, QStringLiteral("1.0"), m.aucConfounded, m.confoundedCi,
                        std::nullopt, m.confoundedPositives, m.confoundedPositives + m.negatives);
                break; // the study has one confounder
            }
        }
        if (auto closed = writer->close(); !closed)
            return std::unexpected(closed.error());
        written << path;
    }
    return written;
}

} // namespace cxrfair

#include "demo/devicetruth.h"

#include "data/csvreader.h"
#include "data/csvwriter.h"

#include "demo/phantom.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>

namespace cxrfair {

QString demoDeviceTruthName() {
    return QStringLiteral("demo-devices.csv");
}

Result<void> writeDemoDeviceTruth(const QString& root, const DemoPlan& plan,
                                  const std::function<QString(size_t)>& sampleId) {
    auto out = CsvWriter::create(QDir(root).filePath(demoDeviceTruthName()));
    if (!out)
        return std::unexpected(out.error());
    out->writeRow({"sample_id", "drain", "pacemaker", "ecg_leads"});
    for (size_t i = 0; i < plan.images.size(); ++i) {
        const DemoImage& image = plan.images[i];
        out->writeRow({sampleId(i).toStdString(), image.drain ? "1" : "0",
                       image.pacemaker ? "1" : "0", image.ecgLeads ? "1" : "0"});
    }
    return out->close();
}

QString demoDrainMasksName() {
    return QStringLiteral("demo-drain-masks.csv");
}

namespace {
QString drainMaskPath(const QString& sampleId) {
    return QStringLiteral("drain-masks/%1.png").arg(sampleId);
}
} // namespace

Result<void> writeDemoDrainMaskList(const QString& root, const DemoPlan& plan,
                                    const std::function<QString(size_t)>& sampleId) {
    if (!QDir(root).mkpath(QStringLiteral("drain-masks")))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("cxrfair::DeviceTruth", "cannot create the folder"),
                    QDir(root).filePath(QStringLiteral("drain-masks")));
    auto out = CsvWriter::create(QDir(root).filePath(demoDrainMasksName()));
    if (!out)
        return std::unexpected(out.error());
    out->writeRow({"sample_id", "mask"});
    for (size_t i = 0; i < plan.images.size(); ++i)
        if (plan.images[i].drain)
            out->writeRow({sampleId(i).toStdString(), drainMaskPath(sampleId(i)).toStdString()});
    return out->close();
}

Result<void> writeDemoDrainMask(const QString& root, const DemoPlan& plan, size_t index,
                                const QString& sampleId, int size) {
    if (!plan.images[index].drain)
        return {};
    const std::vector<std::uint8_t> mask =
        renderDrainMask(phantomFor(plan, plan.images[index]), size);
    QImage image(size, size, QImage::Format_Grayscale8);
    for (int y = 0; y < size; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < size; ++x)
            line[x] = mask[size_t(y) * size_t(size) + size_t(x)] ? 255 : 0;
    }
    const QString path = QDir(root).filePath(drainMaskPath(sampleId));
    if (!image.save(path, "PNG"))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("cxrfair::DeviceTruth", "cannot write the mask"),
                    path);
    return {};
}

Result<QHash<QString, QString>> readDemoDrainMasks(const QString& root) {
    const QString path = QDir(root).filePath(demoDrainMasksName());
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    auto columns = reader->requireColumns("sample_id", "mask");
    if (!columns)
        return std::unexpected(columns.error());
    const auto [id, mask] = *columns;
    QHash<QString, QString> masks;
    while (reader->next())
        masks.insert(QString::fromUtf8(reader->field(id)),
                     QDir(root).filePath(QString::fromUtf8(reader->field(mask))));
    if (reader->error())
        return std::unexpected(*reader->error());
    return masks;
}

Result<QHash<QString, DeviceTruth>> readDemoDeviceTruth(const QString& root) {
    const QString path = QDir(root).filePath(demoDeviceTruthName());
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    auto columns = reader->requireColumns("sample_id", "drain", "pacemaker", "ecg_leads");
    if (!columns)
        return std::unexpected(columns.error());
    const auto [id, drain, pacemaker, ecg] = *columns;
    QHash<QString, DeviceTruth> truth;
    while (reader->next()) {
        auto flag = [&](int column) { return reader->field(column) == "1"; };
        truth.insert(QString::fromUtf8(reader->field(id)),
                     {flag(drain), flag(pacemaker), flag(ecg)});
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return truth;
}

} // namespace cxrfair

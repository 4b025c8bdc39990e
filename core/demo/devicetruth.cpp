#include "demo/devicetruth.h"

#include "data/csvreader.h"
#include "data/csvwriter.h"

#include <QDir>

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

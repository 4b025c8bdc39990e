#include "demo/demowriters.h"

#include "common/random.h"
#include "data/csvwriter.h"
#include "data/nihreader.h"
#include "demo/devicetruth.h"

#include <QDir>
#include <QImage>
#include <QSaveFile>

#include <cmath>
#include <set>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::NihDemoWriter)
};

constexpr int kImagesPerFolder = 500;
constexpr const char* kNihNames[kDemoFindings] = {"Atelectasis", "Cardiomegaly", "Consolidation",
                                                  "Effusion",    "Pneumonia",    "Pneumothorax"};

class NihDemoWriter final : public DemoDatasetWriter {
public:
    NihDemoWriter(QString root, DemoPlan plan, int size, std::uint64_t seed)
        : m_root(std::move(root))
        , m_plan(std::move(plan))
        , m_size(size)
        , m_seed(seed) {}

    size_t imageCount() const override { return m_plan.images.size(); }

    QString imageName(size_t index) const {
        const DemoImage& image = m_plan.images[index];
        return QStringLiteral("%1_%2.png")
            .arg(QString::fromStdString(m_plan.patients[size_t(image.patient)].id).toInt(), 8, 10,
                 QLatin1Char('0'))
            .arg(image.study, 3, 10, QLatin1Char('0'));
    }
    QString folder(size_t index) const {
        return QStringLiteral("images_%1/images")
            .arg(int(index) / kImagesPerFolder + 1, 3, 10, QLatin1Char('0'));
    }

    Result<void> writeTables() override {
        QDir root(m_root);
        for (size_t i = 0; i < m_plan.images.size(); i += kImagesPerFolder) {
            if (!root.mkpath(folder(i)))
                return fail(ErrorCode::Io, Tr::tr("cannot create the folder"),
                            root.filePath(folder(i)));
        }
        // The real table has a few impossible ages (148, 411, ...): so does the demo.
        Random r = Random::stream(m_seed, 11);
        std::set<size_t> impossibleAge;
        while (impossibleAge.size() < std::min<size_t>(3, m_plan.images.size() / 100))
            impossibleAge.insert(size_t(r.integer(0, int(m_plan.images.size()) - 1)));

        auto entries =
            CsvWriter::create(root.filePath(QStringLiteral("Data_Entry_2017_v2020.csv")));
        if (!entries)
            return std::unexpected(entries.error());
        entries->writeRaw("Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient "
                          "Gender,View Position,"
                          "OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y],\n");
        std::string trainVal, test;
        const std::string spacing = std::to_string(0.143 * 1024.0 / m_size).substr(0, 5);
        const std::string size = std::to_string(m_size);
        for (size_t i = 0; i < m_plan.images.size(); ++i) {
            const DemoImage& image = m_plan.images[i];
            const DemoPatient& patient = m_plan.patients[size_t(image.patient)];
            std::string findings;
            for (int f = 0; f < kDemoFindings; ++f) {
                if (image.severity[size_t(f)] > 0)
                    findings += (findings.empty() ? "" : "|") + std::string(kNihNames[f]);
            }
            if (findings.empty())
                findings = "No Finding";
            const int age =
                impossibleAge.contains(i) ? 148 + int(i % 300) : int(std::floor(image.age));
            const std::string name = imageName(i).toStdString();
            entries->writeRow({name, findings, std::to_string(image.study), patient.id,
                               std::to_string(age), patient.female ? "F" : "M",
                               image.view == DemoView::AP ? "AP" : "PA", size, size, spacing,
                               spacing});
            (patient.split == 2 ? test : trainVal) += name + '\n';
        }
        if (auto ok = entries->close(); !ok)
            return ok;
        for (const auto& [file, text] : {std::pair{QStringLiteral("train_val_list.txt"), &trainVal},
                                         std::pair{QStringLiteral("test_list.txt"), &test}}) {
            QSaveFile out(root.filePath(file));
            if (!out.open(QIODevice::WriteOnly) ||
                out.write(text->data(), qint64(text->size())) != qint64(text->size()) ||
                !out.commit())
                return fail(ErrorCode::Io, Tr::tr("cannot write the split list"),
                            root.filePath(file));
        }
        if (auto ok = writeDrains(); !ok)
            return ok;
        if (auto ok =
                writeDemoDeviceTruth(m_root, m_plan, [this](size_t i) { return imageName(i); });
            !ok)
            return ok;
        return writeDemoDrainMaskList(m_root, m_plan, [this](size_t i) { return imageName(i); });
    }

    Result<void> writeDrains() {
        // NEATX: pandas' unnamed index column, the aggregate and three non-expert annotators,
        // for the pneumothorax images.
        auto drains =
            CsvWriter::create(QDir(m_root).filePath(neatxFileName() + QStringLiteral(".csv")));
        if (!drains)
            return std::unexpected(drains.error());
        drains->writeRow({"", "Image Index", "Drain", "Drain_A1", "Drain_A2", "Drain_A3"});
        Random r = Random::stream(m_seed, 12);
        int row = 0;
        for (size_t i = 0; i < m_plan.images.size(); ++i) {
            const DemoImage& image = m_plan.images[i];
            if (image.severity[size_t(DemoFinding::Pneumothorax)] <= 0)
                continue;
            const int truth = image.drain ? 1 : 0;
            int votes[3];
            for (int& v : votes)
                v = r.chance(0.9) ? truth : 1 - truth;
            const double x = r.uniform();
            const std::string aggregate = x < 0.03 ? "" : x < 0.09 ? "-1" : std::to_string(truth);
            drains->writeRow({std::to_string(row++), imageName(i).toStdString(), aggregate,
                              std::to_string(votes[0]), std::to_string(votes[1]),
                              std::to_string(votes[2])});
        }
        return drains->close();
    }

    Result<void> writeImage(size_t index) override {
        const std::vector<float> pixels =
            renderPhantom(phantomFor(m_plan, m_plan.images[index]), m_size);
        QImage image(m_size, m_size, QImage::Format_Grayscale8);
        for (int y = 0; y < m_size; ++y) {
            uchar* line = image.scanLine(y);
            for (int x = 0; x < m_size; ++x)
                line[x] =
                    uchar(std::lround(pixels[size_t(y) * size_t(m_size) + size_t(x)] * 255.0f));
        }
        const QString path =
            QDir(m_root).filePath(folder(index) + QLatin1Char('/') + imageName(index));
        if (!image.save(path, "PNG"))
            return fail(ErrorCode::Io, Tr::tr("cannot write the image"), path);
        return writeDemoDrainMask(m_root, m_plan, index, imageName(index), m_size);
    }

private:
    QString m_root;
    DemoPlan m_plan;
    int m_size;
    std::uint64_t m_seed;
};

} // namespace

std::unique_ptr<DemoDatasetWriter> makeNihDemoWriter(const QString& root, DemoPlan plan,
                                                     int imageSize, std::uint64_t seed) {
    return std::make_unique<NihDemoWriter>(root, std::move(plan), imageSize, seed);
}

} // namespace cxrfair

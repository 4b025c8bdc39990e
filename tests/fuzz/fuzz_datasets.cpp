// Each dataset reader on a small tree whose main table is the input: NIH-CXR14 (the data entry
// table, with its split lists and NEATX drains), MIMIC-CXR (the metadata, with labels, split
// and MIMIC-IV tables), CheXpert and a generic CSV with a column mapping.
#include "fuzzsupport.h"

#include "data/cohortloader.h"

namespace {

using namespace cxrfair;

void write(const QString& name, const QByteArray& text) {
    fuzz::writeInput(reinterpret_cast<const std::uint8_t*>(text.constData()),
                     std::size_t(text.size()), name);
}

QString root(const char* name) {
    return fuzz::scratch().filePath(QLatin1String(name));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    write(QStringLiteral("nih/test_list.txt"), "00000001_000.png\n");
    write(QStringLiteral("nih/train_val_list.txt"), "00000002_000.png\n");
    write(QStringLiteral("nih/NIH-CX14_TubeAnnotations_NonExperts_aggregated.csv"),
          ",Image Index,Drain\n0,00000001_000.png,1\n");
    write(QStringLiteral("mimic/mimic-cxr-2.0.0-chexpert.csv"),
          "subject_id,study_id,Atelectasis,Pneumothorax\n10000032,50414267,1.0,\n");
    write(QStringLiteral("mimic/mimic-cxr-2.0.0-split.csv"),
          "dicom_id,study_id,subject_id,split\nd1,50414267,10000032,test\n");
    write(QStringLiteral("mimic/hosp/patients.csv"),
          "subject_id,gender,anchor_age,anchor_year,anchor_year_group,dod\n"
          "10000032,F,52,2180,2014 - 2016,\n");
    write(QStringLiteral("mimic/hosp/admissions.csv"),
          "subject_id,hadm_id,admittime,race\n10000032,1,2180-05-06 22:23:00,WHITE\n");
    write(QStringLiteral("csv/mapping.json"),
          "{\"table\": \"table.csv\", \"image\": \"path\", \"patient\": \"patient\", "
          "\"sex\": \"sex\", \"age\": \"age\", \"labels\": [\"Pneumothorax\"]}");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray table = fuzz::bytesOf(data, size);
    write(QStringLiteral("nih/Data_Entry_2017_v2020.csv"), table);
    write(QStringLiteral("mimic/mimic-cxr-2.0.0-metadata.csv"), table);
    write(QStringLiteral("chexpert/train.csv"), table);
    write(QStringLiteral("csv/table.csv"), table);
    CohortSettings settings;
    settings.checkImages = false;
    for (auto [format, folder] :
         {std::pair{DatasetFormat::Nih, "nih"}, std::pair{DatasetFormat::Mimic, "mimic"},
          std::pair{DatasetFormat::Chexpert, "chexpert"}, std::pair{DatasetFormat::Csv, "csv"}}) {
        DatasetSource source;
        source.format = format;
        source.root = root(folder);
        if (format == DatasetFormat::Csv)
            source.mapping = root("csv/mapping.json");
        (void)loadCohort(source, settings, {});
    }
    return 0;
}

// Hostile dataset and score tables: each case and the outcome it must have.

#include "hostilecases.h"

namespace cxrfair::hostile {

QList<Case> tableCases() {
    QList<Case> c;
    auto sameNih = [](const Fixture& f) { return f.nihImages; };
    auto sameMimic = [](const Fixture& f) { return f.mimicImages; };
    // --- NIH-CXR14 tables --------------------------------------------------------------
    c << Case{
        "nih: byte-order mark and CRLF",
        [](Fixture& f) { return nihSummary(f, [](QByteArray t) { return bom + withCrlf(t); }); },
        0,
        {},
        sameNih};
    c << Case{"nih: the last row cut in its middle",
              [](Fixture& f) { return nihSummary(f, cutLastLine); },
              0,
              {"a line cut short?"}};
    c << Case{"nih: a row with an unquoted comma",
              [](Fixture& f) {
                  return nihSummary(
                      f, [](QByteArray t) { return replaceFirst(t, ",PA,", ",PA,extra,"); });
              },
              0,
              {"delimiter inside a value"}};
    c << Case{"nih: an unknown finding",
              [](Fixture& f) {
                  return nihSummary(f, [](QByteArray t) {
                      return replaceFirst(t, "Pneumothorax", "Pneumothoraks");
                  });
              },
              0,
              {"unknown finding 'Pneumothoraks'", "Data_Entry_2017_v2020.csv, row 2"}};
    c << Case{"nih: an empty file",
              [](Fixture& f) { return nihSummary(f, [](QByteArray) { return QByteArray(); }); },
              1,
              {"Data_Entry_2017_v2020.csv"}};
    c << Case{"nih: the header alone",
              [](Fixture& f) {
                  return nihSummary(f, [](QByteArray t) { return t.left(t.indexOf('\n') + 1); });
              },
              0,
              {"Images    0 in the cohort"}};
    c << Case{"nih: a required column renamed",
              [](Fixture& f) {
                  return nihSummary(
                      f, [](QByteArray t) { return replaceFirst(t, "Patient ID", "PatientID"); });
              },
              1,
              {"Patient ID", "Data_Entry_2017_v2020.csv"}};
    c << Case{"nih: random bytes for the table",
              [](Fixture& f) {
                  return nihSummary(f, [](QByteArray) {
                      QByteArray noise;
                      for (int i = 0; i < 5000; ++i)
                          noise.append(char((i * 7919 + 13) % 251));
                      return noise;
                  });
              },
              1,
              {"Data_Entry_2017_v2020.csv"}};
    c << Case{"nih: an unclosed quote",
              [](Fixture& f) {
                  return nihSummary(f,
                                    [](QByteArray t) { return replaceFirst(t, ",PA,", ",\"PA,"); });
              },
              0,
              {"Problems: "}};
    c << Case{"nih: a 20 MB field is not quoted whole",
              [](Fixture& f) {
                  return nihSummary(f, [](QByteArray t) {
                      return replaceFirst(t, "Pneumothorax", QByteArray(20 << 20, 'x'));
                  });
              },
              0,
              {"characters in all"}};
    c << Case{"nih: an age that is a word",
              [](Fixture& f) {
                  return nihSummary(f, [](QByteArray t) { return withFirstRowCell(t, 4, "old"); });
              },
              0,
              {"Patient Age"}};
    c << Case{"nih: an impossible age",
              [](Fixture& f) {
                  return nihSummary(f, [](QByteArray t) { return withFirstRowCell(t, 4, "148"); });
              },
              0,
              {"148"}};
    c << Case{
        "nih: semicolons instead of commas",
        [](Fixture& f) { return nihSummary(f, [](QByteArray t) { return t.replace(',', ';'); }); },
        1,
        {"Data_Entry_2017_v2020.csv"}};
    c << Case{"nih: the split list with a byte-order mark and CRLF",
              [](Fixture& f) {
                  const QString root = f.nihCopy();
                  for (const char* list : {"/test_list.txt", "/train_val_list.txt"}) {
                      const QString path = root + QLatin1String(list);
                      writeAll(path, bom + withCrlf(readAll(path)));
                  }
                  return QStringList{"dataset", "summary", "--root", root};
              },
              0,
              {},
              sameNih};
    c << Case{"nih: a drain annotation that is a word",
              [](Fixture& f) {
                  const QString root = f.nihCopy();
                  const QString path =
                      root + QStringLiteral("/NIH-CX14_TubeAnnotations_NonExperts_aggregated.csv");
                  writeAll(path, withFirstRowCell(readAll(path), 2, "yes"));
                  return QStringList{"dataset", "summary", "--root", root};
              },
              0,
              {"'yes' is not a drain annotation"}};
    c << Case{"nih: a missing folder",
              [](Fixture& f) {
                  return QStringList{"dataset",  "summary",
                                     "--format", "nih",
                                     "--root",   f.caseDir() + QStringLiteral("/nowhere")};
              },
              1,
              {"nowhere"}};
    c << Case{"nih: an unknown format name",
              [](Fixture& f) {
                  return QStringList{"dataset", "summary", "--format", "nihh", "--root", f.nih};
              },
              1,
              {"nihh"}};
    c << Case{"nih: a race map with an unknown key",
              [](Fixture& f) {
                  return QStringList{
                      "dataset",
                      "summary",
                      "--root",
                      f.nih,
                      "--race-map",
                      f.file(QStringLiteral("race.json"),
                             "{\"rules\": [{\"prefix\": \"WHITE\", \"group\": \"White\"}], "
                             "\"fallbak\": \"Other\"}")};
              },
              1,
              {"unknown key 'fallbak'", "did you mean 'fallback'?"}};
    // --- MIMIC-CXR tables ---------------------------------------------------------------
    c << Case{"mimic: the metadata with CRLF and a byte-order mark",
              [](Fixture& f) {
                  return mimicSummary(f, QStringLiteral("mimic-cxr-2.0.0-metadata"),
                                      [](QByteArray t) { return bom + withCrlf(t); });
              },
              0,
              {},
              sameMimic};
    c << Case{"mimic: the metadata's last row cut",
              [](Fixture& f) {
                  return mimicSummary(f, QStringLiteral("mimic-cxr-2.0.0-metadata"), cutLastLine);
              },
              0,
              {"a line cut short?", "mimic-cxr-2.0.0-metadata.csv.gz"}};
    c << Case{"mimic: a label of 2.0",
              [](Fixture& f) {
                  return mimicSummary(f, QStringLiteral("mimic-cxr-2.0.0-chexpert"),
                                      [](QByteArray t) { return replaceFirst(t, ",1.0", ",2.0"); });
              },
              0,
              {"'2.0' is not a label"}};
    c << Case{"mimic: a subject id that is a word",
              [](Fixture& f) {
                  const QString root = f.mimicCopy();
                  const QString table = root + QStringLiteral("/hosp/patients.csv.gz");
                  QByteArray t = gunzip(table);
                  const qsizetype start = t.indexOf('\n') + 1;
                  t.replace(start, t.indexOf(',', start) - start, "someone");
                  gzipTo(table, t);
                  return QStringList{"dataset", "summary", "--root", root};
              },
              0,
              {"'someone' is not a subject id"}};
    c << Case{"mimic: a compressed table cut short",
              [](Fixture& f) {
                  const QString root = f.mimicCopy();
                  const QString table = root + QStringLiteral("/mimic-cxr-2.0.0-metadata.csv.gz");
                  const QByteArray bytes = readAll(table);
                  writeAll(table, bytes.left(bytes.size() / 2));
                  return QStringList{"dataset", "summary", "--root", root};
              },
              1,
              {"truncated or corrupt", "mimic-cxr-2.0.0-metadata.csv.gz"}};
    c << Case{"mimic: the metadata missing",
              [](Fixture& f) {
                  const QString root = f.mimicCopy();
                  QFile::remove(root + QStringLiteral("/mimic-cxr-2.0.0-metadata.csv.gz"));
                  return QStringList{"dataset", "summary", "--format", "mimic", "--root", root};
              },
              1,
              {"metadata"}};
    // --- Score tables ---------------------------------------------------------------------
    c << Case{
        "scores: byte-order mark and CRLF give the same metrics",
        [](Fixture& f) { return metricsOn(f, [](QByteArray t) { return bom + withCrlf(t); }); },
        0,
        {},
        [](const Fixture& f) { return f.metricsClean; }};
    c << Case{"scores: the last row cut",
              [](Fixture& f) { return metricsOn(f, cutLastLine); },
              1,
              {"scores.csv", "row"}};
    c << Case{"scores: a score that is a word",
              [](Fixture& f) {
                  return metricsOn(f, [](QByteArray t) { return withFirstRowCell(t, 5, "high"); });
              },
              1,
              {"scores.csv", "row 2", "high"}};
    c << Case{"scores: a label of 2",
              [](Fixture& f) {
                  return metricsOn(f, [](QByteArray t) { return withFirstRowCell(t, 4, "2"); });
              },
              1,
              {"scores.csv", "row 2"}};
    c << Case{"scores: NaN for a score",
              [](Fixture& f) {
                  return metricsOn(f, [](QByteArray t) { return withFirstRowCell(t, 5, "nan"); });
              },
              1,
              {"scores.csv", "row 2"}};
    c << Case{"scores: no score column",
              [](Fixture& f) {
                  return metricsOn(f,
                                   [](QByteArray t) { return replaceFirst(t, ",score", ",scor"); });
              },
              1,
              {"scores.csv", "score"}};
    c << Case{"scores: an empty file",
              [](Fixture& f) { return metricsOn(f, [](QByteArray) { return QByteArray(); }); },
              1,
              {"scores.csv"}};
    c << Case{"scores: a row with one field too many",
              [](Fixture& f) {
                  return metricsOn(f, [](QByteArray t) {
                      const qsizetype end = t.indexOf('\n', t.indexOf('\n') + 1);
                      return t.insert(end, ",9");
                  });
              },
              1,
              {"scores.csv", "row 2"}};
    // --- The study's published tables (compare) ----------------------------------------------
    c << Case{
        "published: byte-order mark and CRLF",
        [](Fixture& f) { return compareOn(f, [](QByteArray t) { return bom + withCrlf(t); }); },
        0,
        {"published rows matched"}};
    c << Case{"published: the last row cut",
              [](Fixture& f) { return compareOn(f, cutLastLine); },
              1,
              {"zeroshot_cxrfair-demo-clip.csv", "row"}};
    c << Case{"published: an AUC that is a word",
              [](Fixture& f) {
                  return compareOn(f, [](QByteArray t) { return withFirstRowCell(t, 2, "high"); });
              },
              1,
              {"zeroshot_cxrfair-demo-clip.csv, row 2, column 'AUC'", "high"}};
    c << Case{"published: an interval upside down",
              [](Fixture& f) {
                  return compareOn(f, [](QByteArray t) { return withFirstRowCell(t, 3, "2"); });
              },
              1,
              {"row 2", "above its high end"}};
    c << Case{"published: the AUC column renamed",
              [](Fixture& f) {
                  return compareOn(
                      f, [](QByteArray t) { return replaceFirst(t, "group,AUC,", "group,Auc,"); });
              },
              1,
              {"zeroshot_cxrfair-demo-clip.csv", "AUC"}};
    c << Case{"published: random bytes",
              [](Fixture& f) {
                  return compareOn(f, [](QByteArray) {
                      QByteArray noise;
                      for (int i = 0; i < 5000; ++i)
                          noise.append(char((i * 7919 + 13) % 251));
                      return noise;
                  });
              },
              1,
              {"zeroshot_cxrfair-demo-clip.csv"}};
    c << Case{"published: a 20 MB field",
              [](Fixture& f) {
                  return compareOn(f, [](QByteArray t) {
                      return withFirstRowCell(t, 2, QByteArray(20 << 20, '7') + "x");
                  });
              },
              1,
              {"characters in all"}};
    c << Case{"published: the header alone",
              [](Fixture& f) {
                  return compareOn(f, [](QByteArray t) { return t.left(t.indexOf('\n') + 1); });
              },
              1,
              {"no published row matches"}};
    return c;
}

} // namespace cxrfair::hostile

// Hostile images, arrays, manifests, configuration files, texts and stores.

#include "hostilecases.h"

namespace cxrfair::hostile {

QList<Case> fileCases() {
    QList<Case> c;
    // --- Images ---------------------------------------------------------------------------
    c << Case{"image: a PNG cut in half is one failure, the rest encoded",
              [](Fixture& f) {
                  const QByteArray png = readAll(nihImages(f.nih).front());
                  return embedWithImage(f, png.left(png.size() / 2));
              },
              0,
              {"1 failed"}};
    c << Case{"image: an empty file is one failure",
              [](Fixture& f) { return embedWithImage(f, {}); },
              0,
              {"1 failed"}};
    c << Case{"image: text in a .png",
              [](Fixture& f) { return embedWithImage(f, "not an image\n"); },
              0,
              {"1 failed"}};
    c << Case{"image: a DICOM cut in half",
              [](Fixture& f) {
                  QDirIterator it(f.mimic, {QStringLiteral("*.dcm")}, QDir::Files,
                                  QDirIterator::Subdirectories);
                  const QByteArray dicom = readAll(it.next());
                  return imageInfo(f, QStringLiteral("cut.dcm"), dicom.left(dicom.size() / 2));
              },
              1,
              {"cut.dcm"}};
    c << Case{"image: a DICOM that declares 60000 x 60000 pixels",
              [](Fixture& f) {
                  QDirIterator it(f.mimic, {QStringLiteral("*.dcm")}, QDir::Files,
                                  QDirIterator::Subdirectories);
                  QByteArray dicom = readAll(it.next());
                  // Rows (0028,0010) and Columns (0028,0011), US in explicit VR little endian.
                  for (const QByteArray& tag : {QByteArray("\x28\x00\x10\x00US\x02\x00", 8),
                                                QByteArray("\x28\x00\x11\x00US\x02\x00", 8)}) {
                      const qsizetype at = dicom.indexOf(tag);
                      if (at >= 0) {
                          dicom[at + 8] = char(0x60);
                          dicom[at + 9] = char(0xEA);
                      }
                  }
                  return imageInfo(f, QStringLiteral("huge.dcm"), dicom);
              },
              1,
              {"huge.dcm"}};
    c << Case{"image: random bytes named .dcm",
              [](Fixture& f) {
                  QByteArray noise(4096, '\0');
                  for (int i = 0; i < noise.size(); ++i)
                      noise[i] = char((i * 2654435761u) >> 24);
                  return imageInfo(f, QStringLiteral("noise.dcm"), noise);
              },
              1,
              {"noise.dcm"}};
    c << Case{"image: a JPEG header alone",
              [](Fixture& f) {
                  return imageInfo(f, QStringLiteral("head.jpg"),
                                   QByteArray("\xFF\xD8\xFF\xE0", 4));
              },
              1,
              {"head.jpg"}};
    // --- Arrays -----------------------------------------------------------------------------
    c << Case{"npy: a shape larger than the data",
              [](Fixture& f) {
                  return pcaOn(f, [](QByteArray) {
                      return npyWith(
                          "{'descr': '<f4', 'fortran_order': False, 'shape': (1000, 16), }",
                          QByteArray(64, '\0'));
                  });
              },
              1,
              {"x.npy"}};
    c << Case{"npy: a shape whose product overflows",
              [](Fixture& f) {
                  return pcaOn(f, [](QByteArray) {
                      return npyWith("{'descr': '<f4', 'fortran_order': False, 'shape': "
                                     "(4611686018427387904, 8), }",
                                     QByteArray(64, '\0'));
                  });
              },
              1,
              {"x.npy"}};
    c << Case{"npy: not an array file",
              [](Fixture& f) {
                  return pcaOn(f, [](QByteArray) { return QByteArray("col1,col2\n1,2\n"); });
              },
              1,
              {"x.npy"}};
    c << Case{"npy: a header length beyond the file",
              [](Fixture& f) {
                  return pcaOn(f, [](QByteArray t) {
                      t[8] = char(0xff);
                      t[9] = char(0xff);
                      return t.left(200);
                  });
              },
              1,
              {"x.npy"}};
    c << Case{"npy: a complex dtype",
              [](Fixture& f) {
                  return pcaOn(f, [](QByteArray) {
                      return npyWith("{'descr': '<c8', 'fortran_order': False, 'shape': (4, 2), }",
                                     QByteArray(64, '\0'));
                  });
              },
              1,
              {"x.npy"}};
    c << Case{
        "npy: cut in the data",
        [](Fixture& f) { return pcaOn(f, [](QByteArray t) { return t.left(t.size() - 10); }); },
        1,
        {"x.npy"}};
    c << Case{"probe: a keys table shorter than the array",
              [](Fixture& f) {
                  const QByteArray keys = readAll(f.keys);
                  const QString table = f.file(QStringLiteral("k.csv"), keys.left(keys.size() / 2));
                  return QStringList{"probe",    "--embeddings", f.npy,         "--table", table,
                                     "--target", "sex",          "--bootstrap", "10"};
              },
              1,
              {"k.csv"}};
    // --- Model manifests ------------------------------------------------------------------
    c << Case{"manifest: logit_scale as a string",
              [](Fixture& f) {
                  return manifestCase(f, [](QJsonObject& m) {
                      m[QStringLiteral("logit_scale")] = QStringLiteral("20");
                  });
              },
              1,
              {"\"logit_scale\" must be a number"}};
    c << Case{"manifest: a misspelt key",
              [](Fixture& f) {
                  return manifestCase(f, [](QJsonObject& m) {
                      m[QStringLiteral("embeding_dim")] = m.take(QStringLiteral("embedding_dim"));
                  });
              },
              1,
              {"unknown key 'embeding_dim'", "did you mean 'embedding_dim'?"}};
    c << Case{"manifest: a negative embedding dimension",
              [](Fixture& f) {
                  return manifestCase(
                      f, [](QJsonObject& m) { m[QStringLiteral("embedding_dim")] = -3; });
              },
              1,
              {"embedding_dim"}};
    c << Case{"manifest: a vocabulary outside the bundle",
              [](Fixture& f) {
                  return manifestCase(f, [](QJsonObject& m) {
                      QJsonObject text = m[QStringLiteral("text")].toObject();
                      text[QStringLiteral("vocab")] = QStringLiteral("../../etc/passwd");
                      m[QStringLiteral("text")] = text;
                  });
              },
              1,
              {"inside the bundle"}};
    c << Case{"manifest: a context length of a billion",
              [](Fixture& f) {
                  return manifestCase(f, [](QJsonObject& m) {
                      QJsonObject text = m[QStringLiteral("text")].toObject();
                      text[QStringLiteral("context_length")] = 1e9;
                      m[QStringLiteral("text")] = text;
                  });
              },
              1,
              {"context_length"}};
    c << Case{"manifest: not JSON",
              [](Fixture& f) {
                  const QString bundle = f.modelCopy();
                  writeAll(bundle + QStringLiteral("/manifest.json"),
                           "{\n  \"name\": \"x\",\n  oops\n}");
                  return QStringList{"model", "info", bundle};
              },
              1,
              {"line 3"}};
    c << Case{"manifest: 40 MB",
              [](Fixture& f) {
                  const QString bundle = f.modelCopy();
                  writeAll(bundle + QStringLiteral("/manifest.json"),
                           "{\"name\": \"" + QByteArray(40 << 20, 'n') + "\"}");
                  return QStringList{"model", "info", bundle};
              },
              1,
              {"too large"}};
    c << Case{"manifest: a checkpoint instead of a bundle",
              [](Fixture& f) {
                  return QStringList{"model", "info", f.file(QStringLiteral("weights.pth"), "x")};
              },
              1,
              {"checkpoint"}};
    // --- Project and audit files -----------------------------------------------------------
    auto audit = [](const std::function<void(QJsonObject&)>& change) {
        return [change](Fixture& f) {
            const QString project = f.project(change);
            return QStringList{"audit", project, "--out",
                               QFileInfo(project).dir().filePath(QStringLiteral("out"))};
        };
    };
    c << Case{"project: views as a string",
              audit(setting(QStringLiteral("views"), QStringLiteral("PA"))),
              1,
              {"datasets[0].settings.views", "must be a list"}};
    c << Case{"project: 'resampels'",
              audit(auditKey(QStringLiteral("statistics"), QStringLiteral("resampels"), 10)),
              1,
              {"unknown key 'audit.statistics.resampels'", "did you mean 'resamples'?"}};
    c << Case{"project: 'cii'",
              audit(auditKey(QStringLiteral("statistics"), QStringLiteral("cii"), 0.9)),
              1,
              {"did you mean 'ci'?"}};
    c << Case{"project: 'embedings'",
              audit(auditKey(QStringLiteral("analyses"), QStringLiteral("embedings"), false)),
              1,
              {"did you mean 'embeddings'?"}};
    c << Case{"project: datasets as an object",
              audit([](QJsonObject& j) {
                  j[QStringLiteral("datasets")] = QJsonObject{{QStringLiteral("a"), 1}};
              }),
              1,
              {"\"datasets\" must be a list"}};
    c << Case{"project: a newer version",
              audit([](QJsonObject& j) { j[QStringLiteral("version")] = 99; }),
              1,
              {"version 99"}};
    c << Case{"project: ci of 1.5",
              audit(auditKey(QStringLiteral("statistics"), QStringLiteral("ci"), 1.5)),
              1,
              {"audit.statistics.ci"}};
    c << Case{"project: a negative bootstrap",
              audit(auditKey(QStringLiteral("statistics"), QStringLiteral("bootstrap"), -1)),
              1,
              {"audit.statistics.bootstrap"}};
    c << Case{"project: embeddings as a string",
              audit(auditKey(QStringLiteral("analyses"), QStringLiteral("embeddings"),
                             QStringLiteral("no"))),
              1,
              {"audit.analyses.embeddings", "true or false"}};
    c << Case{"project: an unknown dataset format",
              audit([](QJsonObject& j) {
                  QJsonArray d = j[QStringLiteral("datasets")].toArray();
                  QJsonObject first = d[0].toObject();
                  first[QStringLiteral("source")] =
                      QJsonObject{{QStringLiteral("format"), QStringLiteral("dicomdir")},
                                  {QStringLiteral("root"), QStringLiteral("x")}};
                  d[0] = first;
                  j[QStringLiteral("datasets")] = d;
              }),
              1,
              {"dicomdir"}};
    c << Case{"project: not JSON",
              [](Fixture& f) {
                  const QString path =
                      f.file(QStringLiteral("p.cxrproject"),
                             "{\"format\": \"cxrfair-project\",\n\"version\": 2,,\n}");
                  return QStringList{"audit", path, "--out", f.caseDir()};
              },
              1,
              {"p.cxrproject", "line 2"}};
    c << Case{"project: nested 5000 deep",
              [](Fixture& f) {
                  const QString path = f.file(QStringLiteral("deep.cxrproject"),
                                              QByteArray(5000, '[') + QByteArray(5000, ']'));
                  return QStringList{"audit", path, "--out", f.caseDir()};
              },
              1,
              {"deep.cxrproject"}};
    c << Case{"project: an unknown top-level key",
              audit([](QJsonObject& j) { j[QStringLiteral("promts")] = QJsonObject{}; }),
              1,
              {"unknown key 'promts'", "did you mean 'prompts'?"}};
    // --- Prompts ---------------------------------------------------------------------------
    c << Case{"prompts: a number for a prompt",
              [](Fixture& f) {
                  return promptsCase(f, "{\"default\": {\"positive\": 3, \"negative\": [\"no\"]}}");
              },
              1,
              {"prompts.default.positive", "a text or a list of texts"}};
    c << Case{"prompts: 'positiv'",
              [](Fixture& f) {
                  return promptsCase(
                      f, "{\"default\": {\"positiv\": [\"a\"], \"negative\": [\"no\"]}}");
              },
              1,
              {"unknown key 'prompts.default.positiv'", "did you mean 'positive'?"}};
    c << Case{"prompts: no negative prompt",
              [](Fixture& f) {
                  return promptsCase(f, "{\"default\": {\"positive\": [\"a\"], \"negative\": []}}");
              },
              1,
              {"no prompt"}};
    // --- Column mappings --------------------------------------------------------------------
    c << Case{"mapping: a misspelt key",
              [](Fixture& f) {
                  const QString mapping =
                      f.file(QStringLiteral("m.json"),
                             "{\"table\": \"t.csv\", \"image\": \"path\", \"lables\": [\"x\"]}");
                  return QStringList{"dataset",   "summary", "--format",
                                     "csv",       "--root",  QFileInfo(mapping).absolutePath(),
                                     "--mapping", mapping};
              },
              1,
              {"unknown key 'lables'", "did you mean 'labels'?"}};
    c << Case{"mapping: a pipe delimiter",
              [](Fixture& f) {
                  const QString mapping = f.file(QStringLiteral("m.json"),
                                                 "{\"table\": \"t.csv\", \"image\": \"path\", "
                                                 "\"labels\": [\"x\"], \"delimiter\": \"|\"}");
                  return QStringList{"dataset",   "summary", "--format",
                                     "csv",       "--root",  QFileInfo(mapping).absolutePath(),
                                     "--mapping", mapping};
              },
              1,
              {"delimiter"}};
    // --- Texts ------------------------------------------------------------------------------
    c << Case{"tokenize: one word of 120,000 letters",
              [](Fixture& f) {
                  return tokenizeWords(f,
                                       QString(120000, QLatin1Char('a'))); // the longest argument
              },
              0,
              {},
              {},
              30000};
    c << Case{"tokenize: invalid UTF-8",
              [](Fixture& f) { return tokenizeWords(f, QString::fromUtf8("\xC3\x28 chest \xFF")); },
              0,
              {}};
    c << Case{"tokenize: a missing vocabulary",
              [](Fixture& f) {
                  return QStringList{"tokenize",
                                     "--tokenizer",
                                     "clip-bpe",
                                     "--vocab",
                                     f.caseDir() + QStringLiteral("/none.txt"),
                                     "chest"};
              },
              1,
              {"none.txt"}};
    // --- Embedding stores -------------------------------------------------------------------
    c << Case{"store: one flipped byte costs one record",
              [](Fixture& f) {
                  return exportDamaged(f, [](QByteArray t) {
                      t[t.size() / 2] = char(t[t.size() / 2] ^ 0x40);
                      return t;
                  });
              },
              0,
              {"the embedding store is damaged", "(1 record lost)", "Exported 59 embeddings"}};
    c << Case{"store: a part cut in a record",
              [](Fixture& f) {
                  return exportDamaged(f, [](QByteArray t) { return t.left(t.size() - 30); });
              },
              0,
              {"incomplete record", "Exported 59 embeddings"}};
    c << Case{"store: random bytes for a part",
              [](Fixture& f) {
                  return exportDamaged(f, [](QByteArray t) {
                      for (qsizetype i = 0; i < t.size(); ++i)
                          t[i] = char((i * 2654435761u) >> 24);
                      return t;
                  });
              },
              0,
              {"the embedding store is damaged", "Exported 0 embeddings"}};
    c << Case{"store: segment.json that is not JSON",
              [](Fixture& f) {
                  const QString store = f.storeCopy();
                  writeAll(Fixture::segmentJsonOf(store), "{ model");
                  return QStringList{"embeddings", "export",
                                     "--store",    store,
                                     "--out",      store + QStringLiteral("/x.npy"),
                                     "--keys",     store + QStringLiteral("/k.csv")};
              },
              1,
              {"segment.json"}};
    c << Case{"store: segment.json with an unknown key",
              [](Fixture& f) {
                  const QString store = f.storeCopy();
                  const QString path = Fixture::segmentJsonOf(store);
                  QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
                  json[QStringLiteral("dimm")] = 4;
                  writeAll(path, QJsonDocument(json).toJson());
                  return QStringList{"embeddings", "export",
                                     "--store",    store,
                                     "--out",      store + QStringLiteral("/x.npy"),
                                     "--keys",     store + QStringLiteral("/k.csv")};
              },
              1,
              {"unknown key 'dimm'", "did you mean 'dim'?"}};
    c << Case{"store: embed repairs a damaged store and encodes exactly the lost image",
              [](Fixture& f) {
                  const QString store = f.storeCopy();
                  const QString part = Fixture::partOf(store);
                  QByteArray t = readAll(part);
                  t[t.size() / 3] = char(t[t.size() / 3] ^ 0x01);
                  writeAll(part, t);
                  return QStringList{"embed", "--root", f.nih, "--model", f.model, "--out", store};
              },
              0,
              {"59 already stored, 1 encoded, 0 failed", "(1 record lost)"}};
    return c;
}

} // namespace cxrfair::hostile

#pragma once

#include <QStringList>

namespace cxrfair::cli {

// Each command takes the whole argument list (program name first) and returns the exit status.
int runDemo(const QStringList& arguments);
int runDatasetSummary(const QStringList& arguments);
int runImageExport(const QStringList& arguments);
int runMetrics(const QStringList& arguments);
int runProbe(const QStringList& arguments);
int runPca(const QStringList& arguments);
int runTokenize(const QStringList& arguments);
int runEmbed(const QStringList& arguments);
int runScore(const QStringList& arguments);
/// `tags`: zero-shot device and acquisition tags from a store.
int runTags(const QStringList& arguments);
/// `slices`: the groups of images where a model does worst.
int runSlices(const QStringList& arguments);
/// `prompts sweep`: zero-shot AUCs under several prompt sets, from a store.
int runPromptsSweep(const QStringList& arguments);
/// `saliency`: occlusion or gradient maps of one image's zero-shot score.
int runSaliency(const QStringList& arguments);
/// cxrfair-cli power: the minimum detectable difference of a group's AUC.
int runPower(const QStringList& arguments);
/// cxrfair-cli mmd: representation shift between an attribute's groups.
int runMmd(const QStringList& arguments);
/// cxrfair-cli compare: a metrics table next to the study's published tables.
int runCompare(const QStringList& arguments);
/// `model info BUNDLE`.
int runModelInfo(const QStringList& arguments);
/// `model export MODEL --checkpoint PATH ... --out NAME.cxrmodel`: runs tools/export.
int runModelExport(const QStringList& arguments);
/// `audit CONFIG.json` or `audit --preset NAME`: needs a QApplication (figures).
int runAudit(const QStringList& arguments);
/// `embeddings export`, `embeddings import` and `embeddings merge` (`sub`).
int runEmbeddings(const QStringList& arguments, const QString& sub);

} // namespace cxrfair::cli

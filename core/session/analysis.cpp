#include "session/analysis.h"

#include "stats/tablemetrics.h"

namespace cxrfair {

Analysis Analysis::fromStudy(StudyResult study) {
    Analysis analysis;
    analysis.table = std::move(study.scores);
    analysis.metrics = std::move(study.metrics.results);
    analysis.shortcuts = std::move(study.metrics.shortcuts);
    if (!study.models.empty()) {
        StudyModelResult& model = study.models.front();
        analysis.embeddings = std::move(model.embeddings);
        analysis.discovery = std::move(model.discovery);
        analysis.promptSweep = std::move(model.promptSweep);
        analysis.embeddingProblem = model.embeddingProblem;
        analysis.scorer = std::move(model.scorer);
        analysis.inference = std::move(model.inference);
    }
    analysis.deriveViewData();
    return analysis;
}

void Analysis::deriveViewData() {
    binaryAttributes = table ? cxrfair::binaryAttributes(*table) : QStringList();
    imagePaths.clear();
    if (!embeddings)
        return;
    imagePaths.reserve(embeddings->sampleIds.size());
    for (qsizetype i = 0; i < embeddings->sampleIds.size() && i < embeddings->paths.size(); ++i)
        imagePaths.insert(embeddings->sampleIds[i], embeddings->paths[i]);
}

const ModelRun* SessionDataset::run(const QString& key) const {
    for (const ModelRun& r : runs)
        if (r.key() == key)
            return &r;
    return nullptr;
}

ModelRun* SessionDataset::run(const QString& key) {
    for (ModelRun& r : runs)
        if (r.key() == key)
            return &r;
    return nullptr;
}

const Analysis* SessionDataset::shownAnalysis() const {
    if (shownRun < 0 || shownRun >= int(runs.size()))
        return nullptr;
    const Analysis& analysis = runs[size_t(shownRun)].analysis;
    return analysis.isEmpty() ? nullptr : &analysis;
}

} // namespace cxrfair

#include "session/analysis.h"

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
    if (analysis.embeddings)
        for (qsizetype i = 0; i < analysis.embeddings->sampleIds.size(); ++i)
            analysis.imagePaths.insert(analysis.embeddings->sampleIds[i],
                                       analysis.embeddings->paths[i]);
    return analysis;
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

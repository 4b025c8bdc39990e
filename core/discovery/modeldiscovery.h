#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "data/agebins.h"
#include "discovery/discoverysettings.h"
#include "discovery/slicediscovery.h"
#include "discovery/tags.h"
#include "stats/bootstrap.h"

#include <QStringList>

#include <vector>

namespace cxrfair {

class StoreScorer;
struct ScoreTable;

/// The slices of one condition; `sampleIds` names the rows of `found.sliceOfRow`.
struct ConditionSlices {
    QString condition;
    QStringList sampleIds;
    SliceDiscovery found;
};

/// What tags and slices found for one model.
struct ModelDiscovery {
    TagScores tags;                       ///< [tag][image] in the order of `tagSamples`
    QStringList tagSamples;               ///< sample ids
    std::vector<double> tagCuts;          ///< each tag's threshold
    std::vector<TagAgreement> agreements; ///< tags against the dataset's annotations
    std::vector<ConditionSlices> slices;
    QStringList problems; ///< what could not be done (a condition too small to slice)
};

/// Which of the two analyses to run, and how.
struct DiscoveryRequest {
    bool tags = true;
    bool slices = true;
    DiscoverySettings settings;
    AgeBins ageBins;
    BootstrapOptions bootstrap;
    int threads = 0;
};

/// Tags every image the scorer holds and finds the slices of each condition of `scores` (the
/// model's own scores, from the scorer): the step of the study pipeline for tags and slices.
/// Cancelling returns ErrorCode::Cancelled.
Result<ModelDiscovery> discoverForModel(StoreScorer& scorer, const ScoreTable& scores,
                                        const DiscoveryRequest& request,
                                        const Progress& progress = {});

/// Adds each tag to `table` as an attribute ("tag.NAME": yes, no, or empty for an image the
/// tags did not score). An attribute of that name already there is an error.
Result<void> addTagAttributes(ScoreTable& table, const ModelDiscovery& discovery);

/// `discovery`'s tags as yes/no columns over `sampleIds` (images without a tag score: -1).
std::vector<Grouping> tagColumns(const ModelDiscovery& discovery, const QStringList& sampleIds);

} // namespace cxrfair

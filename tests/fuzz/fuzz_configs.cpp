// Every JSON configuration reader on any bytes: project and audit files, prompts, column
// mappings, cohort settings, model manifests' preprocessing, store segments.
#include "fuzzsupport.h"

#include "audit/project.h"
#include "common/jsonfields.h"
#include "data/columnmapping.h"
#include "data/racemapping.h"
#include "imaging/preprocess.h"
#include "inference/embeddingstore.h"
#include "inference/prompts.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cxrfair;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("config.json"));
    (void)Project::read(path);
    auto json = parseJsonObject(fuzz::bytesOf(data, size), path);
    if (!json)
        return 0;
    (void)PromptSet::fromJson(*json, path);
    (void)ColumnMapping::fromJson(*json, path);
    (void)CohortSettings::fromJson(*json);
    (void)AuditSettings::fromJson(*json, path);
    (void)PreprocessSpec::fromJson(*json);
    (void)SegmentInfo::fromJson(*json, path);
    (void)RaceMapping::fromJsonValue(json->value(QStringLiteral("race_mapping")));
    return 0;
}

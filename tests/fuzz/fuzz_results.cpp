// The reader of stored results on any bytes: an analysis comes back whole or is an error,
// never a read past the end or an allocation the bytes cannot back. With
// CXRFAIR_FUZZ_WRITE_SEED=FILE the target writes a seed (a small analysis of every kind of
// result) to FILE and exits: the corpus script makes its seed so.
#include "fuzzsupport.h"

#include "session/analysisarchive.h"

#include <cstdlib>

namespace {

using namespace cxrfair;

Analysis seedAnalysis() {
    auto table = std::make_shared<ScoreTable>();
    table->models = {QStringLiteral("m")};
    table->conditions = {QStringLiteral("Effusion"), QStringLiteral("Pneumothorax")};
    table->attributes = {QStringLiteral("sex")};
    QStringList sexes;
    for (int i = 0; i < 300; ++i) {
        table->sampleIds << QStringLiteral("sample-%1").arg(i);
        table->patientIds << QStringLiteral("patient-%1").arg(i / 2);
        table->samplePatient.push_back(i / 2);
        sexes << (i % 2 ? QStringLiteral("F") : QStringLiteral("M"));
    }
    table->sampleAttributes = {sexes};
    table->entries.resize(1);
    for (int c = 0; c < 2; ++c) {
        table->entries[0].emplace_back();
        for (std::uint32_t i = 0; i < 300; ++i)
            table->entries[0].back().push_back({i, std::int8_t(i % 3 == 0), i / 300.0});
    }
    Analysis a;
    a.table = table;
    ModelConditionMetrics m;
    m.model = QStringLiteral("m");
    m.condition = QStringLiteral("Effusion");
    m.threshold = 0.5;
    GroupMetrics g;
    g.attribute = g.group = QStringLiteral("all");
    g.auc = AucEstimate{0.8, 0.01, 0.1, 100, 200};
    g.bootstrapCi = {0.7, 0.9, 0.8, 0.05, 1000, 0};
    g.pHolm = 0.04;
    g.calibration = ReliabilityCurve{{1, 2}, {0.1, 0.9}, {0.0, 1.0}, 0.1};
    m.groups = {g};
    m.gaps = {GapMetrics{}};
    a.metrics = {m};
    a.shortcuts = {ShortcutRow{}};
    auto embeddings = std::make_shared<EmbeddingAnalysis>();
    embeddings->sampleIds = table->sampleIds; // shared with the table's
    embeddings->paths = table->sampleIds;
    embeddings->columns = {{QStringLiteral("sex"),
                            {QStringLiteral("F"), QStringLiteral("M")},
                            std::vector<std::int32_t>(300, 1)}};
    embeddings->pca.projection = FloatMatrix{300, 2, std::vector<float>(600, 0.5f)};
    embeddings->probes = {ProbeResult{}};
    a.embeddings = embeddings;
    auto discovery = std::make_shared<ModelDiscovery>();
    discovery->tagSamples = table->sampleIds;
    discovery->tags.tags = {QStringLiteral("drain")};
    discovery->tags.scores = {std::vector<double>(300, 0.25)};
    ConditionSlices slices;
    slices.condition = QStringLiteral("Effusion");
    for (int i = 299; i >= 0; i -= 1)
        if (i % 4)
            slices.sampleIds << table->sampleIds[i]; // a subset: each id written once
    slices.found.slices = {DiscoveredSlice{}};
    slices.found.sliceOfRow.assign(size_t(slices.sampleIds.size()), -1);
    discovery->slices = {slices};
    a.discovery = discovery;
    auto sweep = std::make_shared<PromptSweep>();
    sweep->rows = {SweepRow{}};
    a.promptSweep = sweep;
    a.inference = InferenceSummary{};
    a.inference->failures = {{QStringLiteral("a.dcm"), QStringLiteral("a"), QStringLiteral("x")}};
    return a;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (const char* seed = std::getenv("CXRFAIR_FUZZ_WRITE_SEED")) {
        QFile file(QString::fromLocal8Bit(seed));
        const QByteArray bytes = archiveAnalysis(seedAnalysis());
        const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        std::exit(written ? 0 : 1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto analysis = cxrfair::unarchiveAnalysis(cxrfair::fuzz::bytesOf(data, size),
                                               QStringLiteral("fuzz.results"));
    if (!analysis && analysis.error().file != QStringLiteral("fuzz.results"))
        __builtin_trap();
    return 0;
}

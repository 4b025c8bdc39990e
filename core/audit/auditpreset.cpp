#include "audit/auditpreset.h"

#include <QCoreApplication>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::AuditPreset)
};
} // namespace

ShortcutSettings studyShortcut() {
    return {QStringLiteral("drain"), QStringLiteral("Pneumothorax")};
}

QStringList auditPresetNames() {
    return {QStringLiteral("faimi2025")};
}

Result<Project> auditPreset(const QString& name, const PresetInputs& inputs) {
    if (name != QStringLiteral("faimi2025"))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("unknown preset '%1' (%2)")
                        .arg(name, auditPresetNames().join(QStringLiteral(", "))));
    if (inputs.mimicRoot.isEmpty() && inputs.nihRoot.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the preset needs a MIMIC-CXR or an NIH-CXR14 folder"));
    if (inputs.models.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("the preset needs at least one model"));
    Project p;
    auto prompts = PromptSet::preset(QStringLiteral("faimi2025"));
    if (!prompts)
        return std::unexpected(prompts.error());
    p.prompts = *prompts;
    // AuditSettings' defaults are the study's statistics and analyses.
    p.audit.shortcut = studyShortcut();
    if (!inputs.mimicRoot.isEmpty()) {
        ProjectDataset mimic;
        mimic.source = DatasetSource(DatasetFormat::Mimic, inputs.mimicRoot);
        mimic.source.mimicIv = inputs.mimicIv;
        mimic.settings.intersections = {{QStringLiteral("sex"), QStringLiteral("age")},
                                        {QStringLiteral("sex"), QStringLiteral("race")}};
        mimic.models = inputs.models;
        mimic.conditions = studyConditions();
        p.datasets.push_back(std::move(mimic));
    }
    if (!inputs.nihRoot.isEmpty()) {
        ProjectDataset nih;
        nih.source = DatasetSource(DatasetFormat::Nih, inputs.nihRoot);
        nih.source.drains = inputs.drains;
        nih.settings.splits = {QStringLiteral("test")}; // the drain study's split
        nih.models = inputs.models;
        nih.conditions = {QStringLiteral("Pneumothorax")};
        p.datasets.push_back(std::move(nih));
    }
    p.current = 0;
    return p;
}

} // namespace cxrfair

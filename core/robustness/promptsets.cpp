#include "robustness/promptsets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::PromptSets)
};

/// One phrasing of a condition and the normal phrase it is scored against.
struct Phrasing {
    const char* positive;
    const char* negative;
};

/// Three phrasings per study condition: the term, a plain description, a radiological sign.
struct ConditionPhrasings {
    const char* condition;
    Phrasing phrasings[3];
};

const ConditionPhrasings kSynonyms[] = {
    {"Atelectasis",
     {{"atelectasis", "no atelectasis"},
      {"lung collapse", "fully expanded lungs"},
      {"volume loss", "normal lung volumes"}}},
    {"Cardiomegaly",
     {{"cardiomegaly", "no cardiomegaly"},
      {"enlarged heart", "normal heart size"},
      {"enlarged cardiac silhouette", "normal cardiac silhouette"}}},
    {"Consolidation",
     {{"consolidation", "no consolidation"},
      {"airspace opacity", "clear lungs"},
      {"lobar consolidation", "no focal consolidation"}}},
    {"Pleural Effusion",
     {{"pleural effusion", "no pleural effusion"},
      {"fluid in the pleural space", "no pleural fluid"},
      {"blunted costophrenic angle", "sharp costophrenic angles"}}},
    {"Pneumonia",
     {{"pneumonia", "no pneumonia"},
      {"lung infection", "no infection"},
      {"infectious infiltrate", "no infiltrate"}}},
    {"Pneumothorax",
     {{"pneumothorax", "no pneumothorax"},
      {"collapsed lung", "fully expanded lung"},
      {"pleural air", "pneumothorax resolved"}}},
};

const QString kSynonymPrefix = QStringLiteral("synonyms-");

} // namespace

QStringList sweepSetNames() {
    return {QStringLiteral("study"), QStringLiteral("chexzero"), QStringLiteral("synonyms")};
}

std::vector<PromptSet> synonymPromptSets() {
    std::vector<PromptSet> sets;
    for (int p = 0; p < 3; ++p) {
        PromptSet set;
        set.name = kSynonymPrefix + QString::number(p + 1);
        for (const ConditionPhrasings& c : kSynonyms)
            set.conditions.push_back({QString::fromLatin1(c.condition),
                                      {QString::fromLatin1(c.phrasings[p].positive)},
                                      {QString::fromLatin1(c.phrasings[p].negative)}});
        sets.push_back(std::move(set));
    }
    return sets;
}

Result<std::vector<PromptSet>> sweepPromptSets(const QStringList& names) {
    std::vector<PromptSet> sets;
    for (const QString& raw : names) {
        const QString name = raw.trimmed();
        if (name == QStringLiteral("study")) {
            PromptSet study; // the defaults are the study's prompts
            study.name = name;
            sets.push_back(std::move(study));
        } else if (name == QStringLiteral("chexzero")) {
            PromptSet chexzero;
            chexzero.name = name;
            chexzero.defaultPositive = {QStringLiteral("{condition}")};
            chexzero.defaultNegative = {QStringLiteral("no {condition}")};
            sets.push_back(std::move(chexzero));
        } else if (name == QStringLiteral("synonyms")) {
            for (PromptSet& s : synonymPromptSets())
                sets.push_back(std::move(s));
        } else if (QFileInfo(name).isFile()) {
            auto file = PromptSet::fromFile(name);
            if (!file)
                return std::unexpected(file.error());
            file->name = QFileInfo(name).completeBaseName();
            sets.push_back(std::move(*file));
        } else {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("unknown prompt set '%1': give %2 or a prompt JSON file")
                            .arg(name, sweepSetNames().join(QStringLiteral(", "))));
        }
    }
    if (sets.empty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("no prompt set to sweep"));
    QSet<QString> seen;
    for (const PromptSet& s : sets) {
        if (seen.contains(s.name))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("the prompt set '%1' is given twice").arg(s.name));
        seen.insert(s.name);
    }
    return sets;
}

} // namespace cxrfair

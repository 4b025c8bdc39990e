#include "discovery/tags.h"

#include "common/jsonfields.h"
#include "inference/prompts.h"
#include "inference/scoring.h"
#include "stats/roc.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Tags)
};

struct BuiltInTag {
    const char* name;
    std::vector<const char*> positive;
    std::vector<const char*> negative;
};

const std::vector<BuiltInTag>& builtInTags() {
    static const std::vector<BuiltInTag> tags = {
        {"chest_drain",
         {"chest tube", "pleural drain", "chest drain in place"},
         {"no chest tube", "no pleural drain", "no chest drain"}},
        {"pacemaker",
         {"pacemaker", "cardiac pacemaker with leads", "implantable cardioverter defibrillator"},
         {"no pacemaker", "no cardiac device", "no defibrillator"}},
        {"ecg_leads",
         {"ECG leads", "ECG electrodes on the chest", "cardiac monitoring leads"},
         {"no ECG leads", "no ECG electrodes", "no monitoring leads"}},
        {"central_line",
         {"central venous catheter", "central line", "PICC line"},
         {"no central venous catheter", "no central line", "no PICC line"}},
        {"endotracheal_tube",
         {"endotracheal tube", "ET tube in the trachea", "intubated patient"},
         {"no endotracheal tube", "no ET tube", "not intubated"}},
        {"nasogastric_tube",
         {"nasogastric tube", "feeding tube in the stomach", "NG tube"},
         {"no nasogastric tube", "no feeding tube", "no NG tube"}},
        {"portable_ap",
         {"portable AP chest radiograph", "AP view", "supine portable film"},
         {"PA chest radiograph", "PA view", "upright PA film"}},
        {"text_marker",
         {"text marker on the film", "laterality marker", "letter L marker"},
         {"no text marker", "no laterality marker", "no letters on the film"}},
    };
    return tags;
}

QJsonArray texts(const std::vector<const char*>& list) {
    QJsonArray out;
    for (const char* t : list)
        out.append(QString::fromUtf8(t));
    return out;
}

} // namespace

QJsonObject TagSet::builtInJson() {
    QJsonObject conditions;
    for (const BuiltInTag& t : builtInTags())
        conditions.insert(QString::fromLatin1(t.name),
                          QJsonObject{{QStringLiteral("positive"), texts(t.positive)},
                                      {QStringLiteral("negative"), texts(t.negative)}});
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("built-in")},
                       {QStringLiteral("conditions"), conditions}};
}

TagSet TagSet::builtIn() {
    // The built-in set goes through the reader users' files go through.
    return fromJson(builtInJson()).value();
}

Result<TagSet> TagSet::fromJson(const QJsonObject& json, const QString& path) {
    if (json.contains(QStringLiteral("default")))
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("a tag file has no \"default\" prompts: give each tag its positive and "
                           "negative prompts under \"conditions\""),
                    path);
    auto prompts = PromptSet::fromJson(json, path);
    if (!prompts)
        return std::unexpected(prompts.error());
    TagSet set;
    set.name = prompts->name;
    for (const ConditionPrompts& c : prompts->conditions) {
        if (c.positive.isEmpty() || c.negative.isEmpty())
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("the tag '%1' needs positive and negative prompts").arg(c.condition),
                        path);
        if (c.condition.trimmed().isEmpty() || c.condition.contains(QLatin1Char(',')) ||
            c.condition.contains(QLatin1Char(':')))
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("'%1' is not a tag name (it must not be empty or hold a comma or "
                               "a colon)")
                            .arg(c.condition),
                        path);
        set.tags.push_back({c.condition, c.positive, c.negative});
    }
    if (set.tags.empty())
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("the tag file defines no tag (give them under \"conditions\")"), path);
    return set;
}

Result<TagSet> TagSet::fromFile(const QString& path) {
    auto json = readJsonObjectFile(path);
    if (!json)
        return std::unexpected(json.error());
    return fromJson(*json, path);
}

void TagSet::add(const TagSet& other) {
    for (const Tag& t : other.tags) {
        auto same = std::find_if(tags.begin(), tags.end(),
                                 [&](const Tag& mine) { return mine.name == t.name; });
        if (same != tags.end())
            *same = t;
        else
            tags.push_back(t);
    }
}

QStringList TagSet::names() const {
    QStringList out;
    for (const Tag& t : tags)
        out << t.name;
    return out;
}

QJsonObject TagSet::toJson() const {
    QJsonObject conditions;
    for (const Tag& t : tags)
        conditions.insert(
            t.name,
            QJsonObject{{QStringLiteral("positive"), QJsonArray::fromStringList(t.positive)},
                        {QStringLiteral("negative"), QJsonArray::fromStringList(t.negative)}});
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("conditions"), conditions}};
}

QString tagAttributeName(const QString& tag) {
    return QStringLiteral("tag.") + tag;
}

QString tagAnnotation(const QString& tag) {
    return tag == QStringLiteral("chest_drain") ? QStringLiteral("drain") : QString();
}

QStringList radiologyTerms(const TagSet& tags) {
    QStringList terms;
    for (const Tag& t : tags.tags)
        terms << t.positive.value(0);
    for (const QString& c : studyConditions())
        terms << c.toLower();
    terms << QStringLiteral("no findings") << QStringLiteral("PA view") << QStringLiteral("AP view")
          << QStringLiteral("lateral view") << QStringLiteral("supine portable film")
          << QStringLiteral("elderly patient") << QStringLiteral("young patient")
          << QStringLiteral("female patient") << QStringLiteral("male patient");
    terms.removeDuplicates();
    return terms;
}

Result<TagScores> scoreTags(StoreScorer& scorer, const TagSet& tags) {
    std::vector<std::pair<QStringList, QStringList>> pairs;
    TagScores out;
    for (const Tag& t : tags.tags) {
        pairs.push_back({t.positive, t.negative});
        out.tags << t.name;
    }
    auto scores = scorer.pairScores(pairs);
    if (!scores)
        return std::unexpected(scores.error());
    out.scores = std::move(*scores);
    return out;
}

double tagCut(std::span<const double> scores, const TagThreshold& threshold) {
    if (threshold.value)
        return *threshold.value;
    if (scores.empty())
        return 0.0;
    std::vector<double> sorted(scores.begin(), scores.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    // The k-th highest score, k the prevalence's share of the images (at least one).
    const size_t k = std::clamp<size_t>(
        size_t(std::llround(threshold.prevalence * double(sorted.size()))), 1, sorted.size());
    return sorted[k - 1];
}

QStringList tagValues(std::span<const double> scores, double cut) {
    QStringList out;
    out.reserve(qsizetype(scores.size()));
    for (double s : scores)
        out << (s >= cut ? QStringLiteral("yes") : QStringLiteral("no"));
    return out;
}

TagAgreement tagAgreement(const QString& tag, std::span<const double> scores,
                          const QString& annotation, const QStringList& values,
                          std::span<const std::int32_t> patients, const BootstrapOptions& options) {
    TagAgreement out;
    out.tag = tag;
    out.annotation = annotation;
    std::vector<double> s;
    std::vector<std::int8_t> labels;
    std::vector<std::int32_t> clusters;
    QHash<std::int32_t, std::int32_t> cluster;
    for (size_t i = 0; i < scores.size(); ++i) {
        const QString v = values.value(qsizetype(i)).trimmed().toLower();
        const int label = v == QStringLiteral("1") || v == QStringLiteral("yes")  ? 1
                          : v == QStringLiteral("0") || v == QStringLiteral("no") ? 0
                                                                                  : -1;
        if (label < 0)
            continue;
        s.push_back(scores[i]);
        labels.push_back(std::int8_t(label));
        const std::int32_t p = patients.empty() ? std::int32_t(i) : patients[i];
        clusters.push_back(*cluster.insert(p, cluster.value(p, std::int32_t(cluster.size()))));
        out.annotated += label;
    }
    out.images = std::int64_t(s.size());
    out.auc = rocAuc({s, labels});
    if (!out.auc)
        return out;
    BootstrapRequest request;
    request.labels = labels;
    request.clusters = clusters;
    request.scores = {s};
    BootstrapOptions clustered = options;
    if (clustered.mode == BootstrapMode::Stratified)
        clustered.mode = BootstrapMode::Clustered;
    if (auto replicates = bootstrapAuc(request, clustered); replicates)
        out.interval = percentileInterval(replicates->series(0, 0), options.level);
    return out;
}

} // namespace cxrfair

#pragma once

#include "common/error.h"
#include "stats/bootstrap.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cxrfair {

class StoreScorer;

/// Something an image shows that is not a finding (a device, the acquisition), scored zero-shot
/// as a condition is: its positive prompts against its negative ones.
struct Tag {
    QString name;
    QStringList positive;
    QStringList negative;
};

/// Tags in the prompt JSON format: {"name": ..., "conditions": {"chest_drain": {"positive":
/// [...], "negative": [...]}, ...}}, one entry per tag ("default" has no meaning for tags and is
/// an error).
struct TagSet {
    QString name;
    std::vector<Tag> tags;

    /// Chest drain, pacemaker or defibrillator, ECG leads, central venous line, endotracheal
    /// tube, nasogastric tube, portable or AP acquisition, text or laterality marker.
    static TagSet builtIn();
    /// The built-in set as a JSON file would hold it (a start for one's own tags).
    static QJsonObject builtInJson();
    static Result<TagSet> fromJson(const QJsonObject& json, const QString& path = {});
    static Result<TagSet> fromFile(const QString& path);
    /// Adds `other`'s tags; one with the name of a tag already here replaces it.
    void add(const TagSet& other);
    QStringList names() const;
    QJsonObject toJson() const;
};

/// The column name a tag takes as an attribute: "tag.NAME".
QString tagAttributeName(const QString& tag);
/// The dataset annotation a built-in tag can be checked against ("chest_drain": NEATX's
/// "drain"), or an empty string.
QString tagAnnotation(const QString& tag);

/// Phrases that describe slices: each tag's first positive prompt, the study's findings, views,
/// age and sex words.
QStringList radiologyTerms(const TagSet& tags);

/// Every image's score for every tag, from the stored image embeddings (no image is encoded).
struct TagScores {
    QStringList tags;
    std::vector<std::vector<double>> scores; ///< [tag][image], in the scorer's image order
};
Result<TagScores> scoreTags(StoreScorer& scorer, const TagSet& tags);

/// How a tag's score becomes yes or no: at a score `value`, or (by default) at the score that
/// gives the tag to `prevalence` of the images.
struct TagThreshold {
    double prevalence = 0.1;
    std::optional<double> value;
};
/// The score from which an image has the tag.
double tagCut(std::span<const double> scores, const TagThreshold& threshold);
/// "yes" or "no" per image.
QStringList tagValues(std::span<const double> scores, double cut);

/// How well a tag's score finds what an annotation records on the same images: the AUC of the
/// score against the 0/1 annotation (images without it left out), with a bootstrap interval.
struct TagAgreement {
    QString tag;
    QString annotation;
    std::int64_t images = 0;
    std::int64_t annotated = 0; ///< images the annotation marks 1
    std::optional<double> auc;
    PercentileInterval interval;
};
TagAgreement tagAgreement(const QString& tag, std::span<const double> scores,
                          const QString& annotation, const QStringList& values,
                          std::span<const std::int32_t> patients, const BootstrapOptions& options);

} // namespace cxrfair

#include "stats/thresholds.h"

#include <cmath>
#include <limits>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Thresholds)
};
} // namespace

Result<ThresholdRule> ThresholdRule::parse(const QString& text) {
    const QString t = text.trimmed().toLower();
    ThresholdRule r;
    if (t == QStringLiteral("youden"))
        return r;
    if (t == QStringLiteral("f1")) {
        r.kind = Kind::MaxF1;
        return r;
    }
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        bool ok = false;
        r.target = t.mid(colon + 1).toDouble(&ok);
        const QString kind = t.left(colon);
        if (ok && (kind == QStringLiteral("sens") || kind == QStringLiteral("spec")) &&
            r.target > 0.0 && r.target < 1.0) {
            r.kind = kind == QStringLiteral("sens") ? Kind::Sensitivity : Kind::Specificity;
            return r;
        }
        if (ok && kind == QStringLiteral("value") && std::isfinite(r.target)) {
            r.kind = Kind::Fixed;
            return r;
        }
    }
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("'%1' is not a threshold rule: youden, f1, sens:0.9, spec:0.9 or value:0.5")
                    .arg(text));
}

QString ThresholdRule::toString() const {
    switch (kind) {
    case Kind::Youden:
        return QStringLiteral("youden");
    case Kind::MaxF1:
        return QStringLiteral("f1");
    case Kind::Sensitivity:
        return QStringLiteral("sens:%1").arg(target);
    case Kind::Specificity:
        return QStringLiteral("spec:%1").arg(target);
    case Kind::Fixed:
        break;
    }
    return QStringLiteral("value:%1").arg(target);
}

std::optional<double> chooseThreshold(LabelledScores validation, const ThresholdRule& rule) {
    if (rule.kind == ThresholdRule::Kind::Fixed)
        return rule.target;
    const ClassCounts c = countClasses(validation.labels);
    if (c.positives == 0 || c.negatives == 0)
        return std::nullopt;
    const RocCurve roc = rocCurve(validation);
    // Point k of the curve: "positive when score >= thresholds[k]"; point 0 is the +inf start.
    double best = -std::numeric_limits<double>::infinity();
    std::optional<double> chosen;
    for (size_t k = 1; k < roc.thresholds.size(); ++k) {
        const double tpr = roc.tpr[k], fpr = roc.fpr[k];
        switch (rule.kind) {
        case ThresholdRule::Kind::Youden:
            if (tpr - fpr > best) {
                best = tpr - fpr;
                chosen = roc.thresholds[k];
            }
            break;
        case ThresholdRule::Kind::MaxF1: {
            const double tp = tpr * double(c.positives), fp = fpr * double(c.negatives);
            const double f1 =
                tp > 0 ? 2.0 * tp / (2.0 * tp + fp + (double(c.positives) - tp)) : 0.0;
            if (f1 > best) {
                best = f1;
                chosen = roc.thresholds[k];
            }
            break;
        }
        case ThresholdRule::Kind::Sensitivity:
            // Thresholds descend: the first that reaches the sensitivity is the highest.
            if (tpr >= rule.target - 1e-12)
                return roc.thresholds[k];
            break;
        case ThresholdRule::Kind::Specificity:
            // The lowest threshold whose specificity still reaches the target.
            if (1.0 - fpr >= rule.target - 1e-12)
                chosen = roc.thresholds[k];
            break;
        case ThresholdRule::Kind::Fixed:
            break;
        }
    }
    return chosen;
}

ConfusionRates confusionAt(LabelledScores data, double threshold) {
    ConfusionRates r;
    for (size_t i = 0; i < data.scores.size(); ++i) {
        const bool predicted = data.scores[i] >= threshold;
        if (data.labels[i] == 1)
            (predicted ? r.tp : r.fn) += 1;
        else if (data.labels[i] == 0)
            (predicted ? r.fp : r.tn) += 1;
    }
    auto ratio = [](std::int64_t a, std::int64_t b) {
        return b > 0 ? double(a) / double(b) : std::nan("");
    };
    r.tpr = ratio(r.tp, r.tp + r.fn);
    r.fnr = ratio(r.fn, r.tp + r.fn);
    r.fpr = ratio(r.fp, r.fp + r.tn);
    r.ppv = ratio(r.tp, r.tp + r.fp);
    return r;
}

} // namespace cxrfair

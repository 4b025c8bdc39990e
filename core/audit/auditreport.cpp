#include "audit/auditreport.h"

#include "audit/reporthtml.h"
#include "audit/statisticssections.h"

#include "data/labelstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::AuditReport)
};

QString number(double v, int decimals = 3) {
    return reportNumber(v, decimals);
}

/// The overall ("all") metrics of a model on a condition, or nullptr.
const GroupMetrics* overall(const std::vector<ModelConditionMetrics>& metrics, const QString& model,
                            const QString& condition) {
    for (const ModelConditionMetrics& m : metrics)
        if (m.model == model && m.condition == condition && !m.groups.empty() &&
            m.groups.front().auc)
            return &m.groups.front();
    return nullptr;
}

QString resampleUnit(BootstrapMode mode) {
    switch (mode) {
    case BootstrapMode::Clustered:
        return Tr::tr("patients, all images of a patient together,");
    case BootstrapMode::Stratified:
        return Tr::tr("images, positives and negatives separately,");
    case BootstrapMode::Plain:
        break;
    }
    return Tr::tr("images");
}

QString escape(const QString& s) {
    return s.toHtmlEscaped();
}

QString latexEscape(QString s) {
    for (const char* special : {"&", "%", "_", "#", "$"})
        s.replace(QLatin1String(special), QLatin1Char('\\') + QLatin1String(special));
    return s;
}

QString imageData(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("data:image/png;base64,") +
           QString::fromLatin1(file.readAll().toBase64());
}

} // namespace

QString auditMethods(const AuditResults& results, const QHash<QString, QString>& tableHashes) {
    const Project& c = results.config;
    const MetricsSettings& s = c.audit.statistics;
    QStringList parts;
    QStringList models;
    QHash<QString, QString> seen;
    for (const AuditDatasetResult& d : results.datasets)
        for (const AuditModelResult& m : d.models)
            if (!seen.contains(m.hash)) {
                seen.insert(m.hash, m.name);
                models << Tr::tr("%1 (model bundle SHA-256 %2)").arg(m.name, m.hash.left(16));
            }
    parts << Tr::tr("We audited %n CLIP-based model(s), %1, with cxrfair %2.", nullptr,
                    int(models.size()))
                 .arg(models.join(QStringLiteral("; ")), results.version);
    for (const AuditDatasetResult& d : results.datasets) {
        QStringList tables;
        for (const QString& f : d.filesRead)
            tables << Tr::tr("%1 (SHA-256 %2)")
                          .arg(QFileInfo(f).fileName(), tableHashes.value(f).left(16));
        const CohortSettings& cs = d.settings;
        parts << Tr::tr("%1 (%2): %3 images of %4 patients, read from %5. Views: %6; splits: "
                        "%7; uncertain labels: %8; blank labels: %9; age groups %10.")
                     .arg(formatDisplayName(d.source.format), d.slug)
                     .arg(d.images)
                     .arg(d.patients)
                     .arg(tables.join(QStringLiteral(", ")),
                          cs.views.isEmpty() ? Tr::tr("all") : cs.views.join(QStringLiteral(", ")),
                          cs.splitFilter().isEmpty() ? Tr::tr("all")
                                                     : cs.splitFilter().join(QStringLiteral(", ")),
                          labelPolicyName(cs.uncertain), labelPolicyName(cs.blank),
                          cs.ageBins.labels().join(QStringLiteral(", ")));
        if (!d.conditions.isEmpty())
            parts.back() += QLatin1Char(' ') +
                            Tr::tr("Conditions: %1.").arg(d.conditions.join(QStringLiteral(", ")));
    }
    const ConditionPrompts example = c.prompts.forCondition(QStringLiteral("{condition}"));
    parts << Tr::tr("Each image was encoded once per model; a condition's zero-shot score is "
                    "sigmoid(T (v.t+ - v.t-)) with the model's logit scale T, the positive "
                    "prompt(s) \"%1\" and the negative prompt(s) \"%2\".")
                 .arg(example.positive.join(QStringLiteral("\", \"")),
                      example.negative.join(QStringLiteral("\", \"")));
    parts << Tr::tr("AUCs are given with %1% percentile bootstrap intervals over %2 resamples of "
                    "%3 with seed %4, and DeLong intervals; each group is tested against the rest "
                    "with Holm's correction. Groups with fewer than %5 positives or negatives are "
                    "flagged and left out of the gaps. Operating thresholds were chosen by the "
                    "rule %6 on a validation part of 20% of the patients and the rates reported "
                    "on the others; calibration uses %7 equal-width bins.")
                 .arg(s.bootstrap.level * 100.0, 0, 'g', 3)
                 .arg(s.bootstrap.resamples)
                 .arg(resampleUnit(s.bootstrap.mode))
                 .arg(s.bootstrap.seed)
                 .arg(s.minPositives)
                 .arg(c.audit.threshold.toString())
                 .arg(s.calibrationBins);
    if (c.audit.analyses.embeddings)
        parts << Tr::tr("The image embeddings were projected on two principal components "
                        "(centred, unscaled), and logistic probes predicted %1 from them with an "
                        "80/20 split by patient (C chosen on 20% of the training patients), "
                        "scored by the macro one-vs-rest AUC.")
                     .arg(c.audit.attributes.join(QStringLiteral(", ")));
    if (c.audit.analyses.tags)
        parts << Tr::tr("Tags (devices and acquisition, not findings) were scored zero-shot from "
                        "the stored image embeddings as conditions are, each with its positive "
                        "and negative prompts; a tag is given to the %1% of images that score "
                        "highest unless a threshold is set, and is then an attribute like any "
                        "other. Where the dataset annotates the same thing, the tag's AUC "
                        "against that annotation is given with its patient bootstrap interval.")
                     .arg(c.audit.discovery.prevalence * 100.0, 0, 'g', 3);
    if (c.audit.analyses.slices)
        parts << Tr::tr("Slices were searched on half of the patients (a seeded hash) and every "
                        "figure about them is computed on the other half: the embeddings were "
                        "reduced by PCA, a mixture of Gaussians with the score's rank (Domino's "
                        "error-aware mixture) fitted to each class, and the %1 components with "
                        "the lowest AUC difference kept. A slice's AUC counts the pairs of a "
                        "positive and a negative of which at least one is in the slice; the "
                        "difference with the other pairs has a patient bootstrap interval and a "
                        "permutation p-value.")
                     .arg(c.audit.discovery.slices);
    if (c.audit.analyses.promptSensitivity)
        parts << Tr::tr("Prompt sensitivity: every condition's AUC, overall and per group, was "
                        "computed again from the stored embeddings under the study's prompts, "
                        "CheXzero's (\"{condition}\" against \"no {condition}\") and three "
                        "phrasings of each condition against a matching normal phrase "
                        "(synonyms-1 to synonyms-3); a set whose AUC over all images is below "
                        "0.5 is marked inverted. The AUCs are in prompt-sensitivity.csv.");
    return parts.join(QLatin1Char(' '));
}

/// The report's section on prompt sensitivity: per model and condition, the AUC under each set,
/// how far each attribute's gap moves across the sets and whether its worst group changes.
static QString promptSensitivitySection(const AuditDatasetResult& d) {
    QString h;
    for (const AuditModelResult& m : d.models) {
        if (!m.promptSweep || m.promptSweep->rows.empty())
            continue;
        const PromptSweep& sweep = *m.promptSweep;
        h += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n<table><tr><th>%3</th>")
                 .arg(escape(Tr::tr("%1: prompt sensitivity").arg(m.name)),
                      escape(Tr::tr("AUC on all images under each prompt set; a gap that "
                                    "changes size or worst group with the words is not a "
                                    "finding.")),
                      escape(Tr::tr("Condition")));
        for (const QString& set : sweep.sets)
            h += QStringLiteral("<th>%1</th>").arg(escape(set));
        h += QStringLiteral("<th>%1</th><th>%2</th></tr>\n")
                 .arg(escape(Tr::tr("Gap across sets")), escape(Tr::tr("Worst group changes")));
        const std::vector<SweepSummaryRow> summary = summariseSweep(sweep);
        for (const QString& condition : sweep.conditions) {
            h += QStringLiteral("<tr><td>%1</td>").arg(escape(condition));
            const QStringList inverted = invertedSets(sweep, condition);
            for (const QString& set : sweep.sets)
                for (const SweepRow& r : sweep.rows)
                    if (r.condition == condition && r.attribute == QStringLiteral("all") &&
                        r.promptSet == set)
                        h += r.auc && inverted.contains(set)
                                 ? QStringLiteral("<td><b>%1 %2</b></td>")
                                       .arg(number(*r.auc), escape(Tr::tr("(inverted)")))
                                 : QStringLiteral("<td>%1</td>")
                                       .arg(r.auc ? number(*r.auc) : QStringLiteral("-"));
            QStringList gaps, changes;
            QString previous;
            for (const SweepSummaryRow& s : summary) {
                if (s.condition != condition || s.attribute == QStringLiteral("all") ||
                    s.attribute == previous)
                    continue;
                previous = s.attribute;
                if (s.gapMin && s.gapMax)
                    gaps << QStringLiteral("%1 %2-%3")
                                .arg(s.attribute, number(*s.gapMin), number(*s.gapMax));
                if (s.worstGroupChanges)
                    changes << s.attribute;
            }
            h += QStringLiteral("<td>%1</td><td>%2</td></tr>\n")
                     .arg(escape(gaps.join(QStringLiteral("; "))),
                          escape(changes.isEmpty() ? Tr::tr("no")
                                                   : changes.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("</table>\n");
    }
    return h;
}

/// The report's sections on tags and slices.
static QString discoverySections(const AuditDatasetResult& d) {
    QString h;
    bool tagsHeader = false;
    for (const AuditModelResult& m : d.models) {
        if (!m.discovery || m.discovery->tags.tags.isEmpty())
            continue;
        if (!tagsHeader) {
            h += QStringLiteral("<h3>%1</h3>\n<table><tr><th>%2</th><th>%3</th><th>%4</th>"
                                "<th>%5</th></tr>\n")
                     .arg(escape(Tr::tr("Tags")), escape(Tr::tr("Model")), escape(Tr::tr("Tag")),
                          escape(Tr::tr("Images tagged")),
                          escape(Tr::tr("AUC against the annotation [interval]")));
            tagsHeader = true;
        }
        const ModelDiscovery& md = *m.discovery;
        for (qsizetype t = 0; t < md.tags.tags.size(); ++t) {
            const std::vector<double>& scores = md.tags.scores[size_t(t)];
            const auto tagged = std::count_if(scores.begin(), scores.end(),
                                              [&](double v) { return v >= md.tagCuts[size_t(t)]; });
            QString agreement = QStringLiteral("-");
            for (const TagAgreement& a : md.agreements)
                if (a.tag == md.tags.tags[t] && a.auc)
                    agreement = QStringLiteral("%1 [%2, %3] (%4)")
                                    .arg(number(*a.auc), number(a.interval.low),
                                         number(a.interval.high), a.annotation);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                     .arg(escape(m.name), escape(md.tags.tags[t]), QString::number(tagged),
                          escape(agreement));
        }
    }
    if (tagsHeader)
        h += QStringLiteral("</table>\n");
    for (const AuditModelResult& m : d.models) {
        if (!m.discovery || m.discovery->slices.empty())
            continue;
        h += QStringLiteral("<h3>%1</h3>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                            "<th>%6</th><th>%7</th><th>%8</th></tr>\n")
                 .arg(escape(Tr::tr("%1: slices where the model does worst (held-out half)")
                                 .arg(m.name)),
                      escape(Tr::tr("Condition")), escape(Tr::tr("Slice")),
                      escape(Tr::tr("Images (positives)")), escape(Tr::tr("AUC, rest")),
                      escape(Tr::tr("Difference [interval]")), escape(Tr::tr("p")),
                      escape(Tr::tr("Description")));
        for (const ConditionSlices& c : m.discovery->slices)
            for (const DiscoveredSlice& s : c.found.slices) {
                const SliceComparison& cmp = s.comparison;
                QStringList enriched;
                for (const SliceEnrichment& e : s.enriched)
                    if (enriched.size() < 3)
                        enriched << e.toString();
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 (%4)</td><td>%5, %6</td>"
                                    "<td>%7 [%8, %9]</td><td>%10</td><td>%11</td></tr>\n")
                         .arg(escape(c.condition))
                         .arg(s.number)
                         .arg(s.images)
                         .arg(s.positives)
                         .arg(number(cmp.auc.slice.value_or(NAN)),
                              number(cmp.auc.rest.value_or(NAN)),
                              number(cmp.difference.value_or(NAN)), number(cmp.interval.low),
                              number(cmp.interval.high), number(cmp.p.value_or(NAN)),
                              escape(s.description +
                                     (enriched.isEmpty() ? QString()
                                                         : QStringLiteral(" (") +
                                                               enriched.join(QStringLiteral("; ")) +
                                                               QLatin1Char(')'))));
            }
        h += QStringLiteral("</table>\n");
    }
    return h;
}

QString aucLatexTable(const AuditDatasetResult& dataset, const AuditSettings& settings) {
    const std::vector<ModelConditionMetrics>& metrics = dataset.metrics.results;
    const int resamples = settings.statistics.bootstrap.resamples;
    QString tex;
    tex += QStringLiteral("% cxrfair: zero-shot AUC on %1; bootstrap mean and standard deviation "
                          "over %2 resamples\n")
               .arg(dataset.slug)
               .arg(resamples);
    tex += QStringLiteral("\\begin{table}[t]\n\\centering\n");
    tex += QStringLiteral("\\caption{Zero-shot AUC on %1 (mean $\\pm$ standard deviation over %2 "
                          "bootstrap resamples).}\n")
               .arg(latexEscape(formatDisplayName(dataset.source.format)))
               .arg(resamples);
    tex += QStringLiteral("\\begin{tabular}{l%1c}\n\\toprule\n")
               .arg(QString(dataset.conditions.size(), QLatin1Char('c')));
    tex += QStringLiteral("Model");
    for (const QString& condition : dataset.conditions)
        tex += QStringLiteral(" & ") + latexEscape(condition);
    tex += QStringLiteral(" & Mean \\\\\n\\midrule\n");
    for (const AuditModelResult& m : dataset.models) {
        tex += latexEscape(m.name);
        double sum = 0.0;
        int counted = 0;
        for (const QString& condition : dataset.conditions) {
            const GroupMetrics* g = overall(metrics, m.name, condition);
            if (!g) {
                tex += QStringLiteral(" & --");
                continue;
            }
            const bool boot = g->bootstrapCi.valid();
            const double mean = boot ? g->bootstrapCi.mean : g->auc->auc;
            sum += mean;
            ++counted;
            tex +=
                boot
                    ? QStringLiteral(" & $%1 \\pm %2$").arg(number(mean), number(g->bootstrapCi.sd))
                    : QStringLiteral(" & $%1$").arg(number(mean));
        }
        tex += counted > 0 ? QStringLiteral(" & $%1$").arg(number(sum / counted))
                           : QStringLiteral(" & --");
        tex += QStringLiteral(" \\\\\n");
    }
    tex += QStringLiteral("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
    return tex;
}

QString auditReportHtml(const AuditResults& results, const QString& methods,
                        const QString& outDir) {
    const QDir out(outDir);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
             .arg(escape(Tr::tr("cxrfair audit report")));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:2px "
        "6px;text-align:right}th{background:#eee}td:first-child,th:first-child{text-align:left}"
        ".figure{margin:1em 0}small{color:#444}.problem{color:#a33}</style>"
        "</head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(escape(Tr::tr("cxrfair audit report")));
    h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(escape(Tr::tr("Methods")), escape(methods));
    for (const AuditDatasetResult& d : results.datasets) {
        h += QStringLiteral("<h2>%1: %2</h2>\n")
                 .arg(escape(formatDisplayName(d.source.format)), escape(d.slug));
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(escape(Tr::tr("%1 images of %2 patients.").arg(d.images).arg(d.patients)));
        for (const QString& p : d.problems)
            h += QStringLiteral("<p class=\"problem\">%1</p>\n").arg(escape(p));
        if (!d.metrics.results.empty()) {
            h += QStringLiteral("<h3>%1</h3>\n<table><tr><th>%2</th>")
                     .arg(escape(Tr::tr("AUC on all images (95% bootstrap interval)")),
                          escape(Tr::tr("Model")));
            for (const QString& c : d.conditions)
                h += QStringLiteral("<th>%1</th>").arg(escape(c));
            h += QStringLiteral("</tr>\n");
            for (const AuditModelResult& m : d.models) {
                h += QStringLiteral("<tr><td>%1</td>").arg(escape(m.name));
                for (const QString& c : d.conditions) {
                    const GroupMetrics* g = overall(d.metrics.results, m.name, c);
                    h += g ? QStringLiteral("<td>%1 [%2, %3]</td>")
                                 .arg(number(g->auc->auc), number(g->bootstrapCi.low),
                                      number(g->bootstrapCi.high))
                           : QStringLiteral("<td>-</td>");
                }
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            h += QStringLiteral("<h3>%1</h3>\n<table><tr><th>%2</th><th>%3</th><th>%4</th>"
                                "<th>%5</th><th>%6</th><th>%7</th></tr>\n")
                     .arg(escape(Tr::tr("Gaps between groups")), escape(Tr::tr("Model")),
                          escape(Tr::tr("Condition")), escape(Tr::tr("Attribute")),
                          escape(Tr::tr("AUC gap [interval]")), escape(Tr::tr("Worst group")),
                          escape(Tr::tr("Worst AUC")));
            for (const ModelConditionMetrics& mc : d.metrics.results)
                for (const GapMetrics& g : mc.gaps)
                    if (g.aucGap)
                        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4 [%5, "
                                            "%6]</td><td>%7</td><td>%8</td></tr>\n")
                                 .arg(escape(mc.model), escape(mc.condition), escape(g.attribute),
                                      number(*g.aucGap), number(g.aucGapCi.low),
                                      number(g.aucGapCi.high), escape(g.worstGroup),
                                      number(g.worstAuc.value_or(NAN)));
            h += QStringLiteral("</table>\n");
        }
        if (!d.metrics.shortcuts.empty()) {
            const ShortcutRow& first = d.metrics.shortcuts.front();
            h += QStringLiteral("<h3>%1</h3>\n<table><tr><th>%2</th><th>%3</th><th>%4</th>"
                                "<th>%5</th></tr>\n")
                     .arg(escape(Tr::tr("Shortcut: %1 with and without %2")
                                     .arg(first.condition, first.confounder)),
                          escape(Tr::tr("Model")), escape(Tr::tr("All")),
                          escape(Tr::tr("Without %1").arg(first.confounder)),
                          escape(Tr::tr("With %1").arg(first.confounder)));
            for (const ShortcutRow& r : d.metrics.shortcuts)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                         .arg(escape(r.model), number(r.metrics.aucAll.value_or(NAN)),
                              number(r.metrics.aucUnconfounded.value_or(NAN)),
                              number(r.metrics.aucConfounded.value_or(NAN)));
            h += QStringLiteral("</table>\n");
        }
        bool probesHeader = false;
        for (const AuditModelResult& m : d.models) {
            if (!m.embeddings)
                continue;
            if (!probesHeader) {
                h += QStringLiteral("<h3>%1</h3>\n<table><tr><th>%2</th><th>%3</th><th>%4</th>"
                                    "<th>%5</th></tr>\n")
                         .arg(escape(Tr::tr("Attribute probes on the image embeddings")),
                              escape(Tr::tr("Model")), escape(Tr::tr("Attribute")),
                              escape(Tr::tr("Macro AUC [interval]")), escape(Tr::tr("Chance")));
                probesHeader = true;
            }
            for (const ProbeResult& p : m.embeddings->probes)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 [%4, %5]</td><td>%6</td>"
                                    "</tr>\n")
                         .arg(escape(m.name), escape(p.target), number(p.macroAuc),
                              number(p.macroAucCi.low), number(p.macroAucCi.high),
                              number(p.chanceAuc));
        }
        if (probesHeader)
            h += QStringLiteral("</table>\n");
        h += statisticsSections(d, results.config.audit.attributes);
        h += discoverySections(d);
        h += promptSensitivitySection(d);
        for (const AuditFigure& f : d.figures) {
            const QString png = out.filePath(f.base + QStringLiteral(".png"));
            if (!QFileInfo::exists(png))
                continue;
            // Paragraphs rather than <figure>, which a PDF printer of HTML may not know.
            h += QStringLiteral("<p class=\"figure\"><img src=\"%1\" width=\"620\" alt=\"%2\">"
                                "<br><small><b>%2.</b> %3 (%4)</small></p>\n")
                     .arg(imageData(png), escape(f.title), escape(f.caption),
                          escape(f.base + QStringLiteral(".svg, .pdf")));
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace cxrfair

#include "audit/auditrun.h"

#include "stats/fairnesstables.h"

#include "common/filecontents.h"

#include "audit/auditreport.h"
#include "audit/audittables.h"
#include "data/cohortloader.h"
#include "inference/embeddingimport.h"
#include "inference/scoring.h"
#include "inference/storesamples.h"
#include "models/modelbundle.h"
#include "stats/fairnesstables.h"
#include "stats/tablemetrics.h"
#include "study/studypipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::AuditRun)
};

/// A name safe for a file: lower case letters, digits and dashes.
QString slugOf(const QString& text) {
    QString slug;
    for (const QChar c : text.toLower())
        slug += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-');
    while (slug.contains(QStringLiteral("--")))
        slug.replace(QStringLiteral("--"), QStringLiteral("-"));
    slug = slug.mid(slug.startsWith(QLatin1Char('-')) ? 1 : 0);
    if (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("x") : slug;
}

Result<void> writeText(const QString& path, const QByteArray& bytes) {
    return writeFileContents(path, bytes);
}

/// The running audit: its output folder, what it wrote and what failed.
class AuditRunner {
public:
    AuditRunner(const Project& config, const AuditOptions& options)
        : m_config(config)
        , m_options(options)
        , m_out(options.outDir) {}

    Result<AuditOutcome> run();

private:
    bool cancelled() const { return m_options.progress.cancelled(); }
    void say(const QString& line) const { m_progress.report(m_fraction, line); }
    void problem(AuditDatasetResult& d, const QString& what) {
        d.problems << what;
        m_outcome.errors << QStringLiteral("%1: %2").arg(d.slug, what);
        say(Tr::tr("%1: problem: %2").arg(d.slug, what));
    }
    /// Records a written file (relative) or the reason it could not be written.
    void wrote(AuditDatasetResult* d, const QString& path, const Result<void>& result) {
        if (result)
            m_outcome.written << m_out.relativeFilePath(path);
        else if (d)
            problem(*d, result.error().toString());
        else
            m_outcome.errors << result.error().toString();
    }
    QString uniqueSlug(const ProjectDataset& d);
    void runDataset(const ProjectDataset& entry);
    void addModel(AuditDatasetResult& d, StudyModelResult model);
    void writeTables(AuditDatasetResult& d, const StudySettings& settings,
                     const ScoreTable& scores);
    /// The published rows this dataset reproduces (reproduction.csv), when the audit names
    /// the published tables.
    void compareWithPublishedTables(AuditDatasetResult& d);
    void drawFigures(AuditDatasetResult& d);
    void writeManifest(const QHash<QString, QString>& tableHashes);

    const Project& m_config;
    const AuditOptions& m_options;
    QDir m_out;
    AuditOutcome m_outcome;
    QStringList m_slugs;
    Progress m_progress; ///< of the dataset being audited
    double m_fraction = 0.0;
};

QString AuditRunner::uniqueSlug(const ProjectDataset& d) {
    // The folder's name; the format's too when two datasets share it.
    const QString folder = slugOf(QFileInfo(QDir::cleanPath(d.source.root)).fileName());
    const QString base = m_slugs.contains(folder)
                             ? slugOf(formatName(d.source.format) + QLatin1Char('-') + folder)
                             : folder;
    QString slug = base;
    for (int i = 2; m_slugs.contains(slug); ++i)
        slug = base + QLatin1Char('-') + QString::number(i);
    m_slugs << slug;
    return slug;
}

void AuditRunner::addModel(AuditDatasetResult& d, StudyModelResult model) {
    if (model.error) {
        problem(d, model.error->toString());
        return;
    }
    AuditModelResult m{model.name,
                       QFileInfo(model.key).absoluteFilePath(),
                       model.hash,
                       model.embedded,
                       qint64(model.failures.size()),
                       std::move(model.embeddings),
                       model.embeddingProblem,
                       std::move(model.discovery),
                       std::move(model.promptSweep)};
    if (m.discovery)
        for (const QString& p : m.discovery->problems)
            problem(d, m.name + QStringLiteral(": ") + p);
    if (m.failed > 0 && model.inference)
        problem(d,
                Tr::tr("%1: %n image(s) could not be read (listed in %2)", nullptr, int(m.failed))
                    .arg(m.name, m_out.relativeFilePath(model.inference->segmentPath)));
    if (model.inference)
        say(Tr::tr("%1: %2: %3 images encoded, %4 reused from the store")
                .arg(d.slug, m.name)
                .arg(model.inference->encoded)
                .arg(model.inference->reused));
    d.models.push_back(std::move(m));
}

void AuditRunner::writeTables(AuditDatasetResult& d, const StudySettings& settings,
                              const ScoreTable& scores) {
    const QDir dir(m_out.filePath(d.slug));
    const AuditSettings& audit = m_config.audit;
    const QString scoresPath = dir.filePath(QStringLiteral("scores.csv"));
    wrote(&d, scoresPath, writeScoreTable(scoresPath, scores));
    if (audit.analyses.subgroups && !d.metrics.results.empty()) {
        const QString thresholds = dir.filePath(QStringLiteral("thresholds.csv"));
        wrote(&d, thresholds,
              writeThresholdsCsv(thresholds, scores, settings.grouping(scores), audit.threshold,
                                 audit.statistics.bootstrap.seed));
    }
    const QString metricsCsv = dir.filePath(QStringLiteral("metrics.csv"));
    wrote(&d, metricsCsv, writeMetricsCsv(metricsCsv, d.metrics));
    const QString metricsJsonPath = dir.filePath(QStringLiteral("metrics.json"));
    wrote(&d, metricsJsonPath,
          writeText(metricsJsonPath, QJsonDocument(metricsJson(d.metrics)).toJson()));
    if (audit.analyses.subgroups && !d.metrics.results.empty()) {
        const QString summary = dir.filePath(QStringLiteral("summary.csv"));
        wrote(&d, summary, writeSummaryCsv(summary, d.metrics));
    }
    if (audit.analyses.subgroups && audit.analyses.crossGroupAuc && !d.metrics.results.empty()) {
        const QString xauc = dir.filePath(QStringLiteral("xauc.csv"));
        wrote(&d, xauc, writeCrossAucCsv(xauc, d.metrics));
    }
    if (audit.analyses.calibration && !d.metrics.results.empty()) {
        const QString calibration = dir.filePath(QStringLiteral("calibration.csv"));
        wrote(&d, calibration, writeCalibrationCsv(calibration, d.metrics.results));
    }
    if (audit.analyses.embeddings) {
        QDir().mkpath(dir.filePath(QStringLiteral("embeddings")));
        for (const AuditModelResult& m : d.models) {
            if (!m.embeddings) {
                if (!m.embeddingProblem.isEmpty())
                    problem(
                        d, Tr::tr("%1: no embedding analysis: %2").arg(m.name, m.embeddingProblem));
                continue;
            }
            const QString pca =
                dir.filePath(QStringLiteral("embeddings/%1-pca.csv").arg(slugOf(m.name)));
            wrote(&d, pca, writePcaCsv(pca, *m.embeddings));
        }
        const QString probes = dir.filePath(QStringLiteral("embeddings/probes.csv"));
        wrote(&d, probes, writeProbesCsv(probes, d.models));
    }
    if (audit.analyses.tags) {
        const QString tags = dir.filePath(QStringLiteral("tags.csv"));
        wrote(&d, tags, writeTagsCsv(tags, d.models));
    }
    if (audit.analyses.slices) {
        const QString slices = dir.filePath(QStringLiteral("slices.csv"));
        wrote(&d, slices, writeSlicesCsv(slices, d.models));
        const QString members = dir.filePath(QStringLiteral("slice-members.csv"));
        wrote(&d, members, writeSliceMembersCsv(members, d.models));
    }
    if (audit.analyses.promptSensitivity) {
        const QString sweep = dir.filePath(QStringLiteral("prompt-sensitivity.csv"));
        wrote(&d, sweep, writePromptSweepCsv(sweep, d.models));
        const QString summary = dir.filePath(QStringLiteral("prompt-sensitivity-summary.csv"));
        wrote(&d, summary, writePromptSweepSummaryCsv(summary, d.models));
    }
    compareWithPublishedTables(d);
    if (!d.metrics.results.empty()) {
        const QString tex = dir.filePath(QStringLiteral("table-auc.tex"));
        wrote(&d, tex, writeText(tex, aucLatexTable(d, audit).toUtf8()));
    }
}

void AuditRunner::compareWithPublishedTables(AuditDatasetResult& d) {
    const PublishedReference& reference = m_config.audit.published;
    if (reference.folder.isEmpty() || d.metrics.results.empty())
        return;
    // The study published MIMIC-CXR's subgroups and NIH ChestX-ray14's drains.
    const QString dataset = d.source.format == DatasetFormat::Mimic ? QStringLiteral("mimic")
                            : d.source.format == DatasetFormat::Nih ? QStringLiteral("cxr14")
                                                                    : QString();
    if (dataset.isEmpty())
        return;
    if (!QFileInfo(reference.folder).isDir()) {
        problem(d, Tr::tr("no comparison with the published results: no folder %1")
                       .arg(QDir::toNativeSeparators(reference.folder)));
        return;
    }
    if (!QFileInfo(publishedFolder(reference.folder, dataset)).isDir()) {
        say(Tr::tr("%1: no published tables for this dataset in %2")
                .arg(d.slug, QDir::toNativeSeparators(publishedFolder(reference.folder, dataset))));
        return;
    }
    auto published = readPublishedResults(reference.folder, dataset);
    if (!published) {
        problem(d, Tr::tr("no comparison with the published results: %1")
                       .arg(published.error().toString()));
        return;
    }
    const PublishedMatcher matcher(std::move(*published), reference.models);
    d.reproduction = compareWithPublished(matcher, metricsAucs(d.metrics));
    if (d.reproduction.empty()) {
        problem(d, Tr::tr("no published result matches this dataset's models (the published "
                          "ones: %1): name them with --published-map, or in the configuration's "
                          "\"published\": {\"models\": {...}}")
                       .arg(matcher.publishedModels().join(QStringLiteral(", "))));
        return;
    }
    const QString path = m_out.filePath(d.slug + QStringLiteral("/reproduction.csv"));
    wrote(&d, path, writeReproductionCsv(path, d.reproduction));
}

void AuditRunner::drawFigures(AuditDatasetResult& d) {
    AuditFigures* figures = m_options.figures;
    if (!figures)
        return;
    figures->setSettings(m_config.audit.figures);
    const QString folder = d.slug + QStringLiteral("/figures/");
    QDir().mkpath(m_out.filePath(folder));
    auto draw = [&](const QString& base, const QString& title, const QString& caption,
                    const Result<QStringList>& written) {
        if (!written) {
            problem(d, written.error().toString());
            return;
        }
        for (const QString& f : *written)
            m_outcome.written << m_out.relativeFilePath(f);
        d.figures.push_back({title, base, caption});
    };
    say(Tr::tr("%1: drawing the figures").arg(d.slug));
    QStringList attributes;
    for (const ModelConditionMetrics& mc : d.metrics.results)
        for (const GroupMetrics& g : mc.groups)
            if (g.attribute != QStringLiteral("all") && !attributes.contains(g.attribute))
                attributes << g.attribute;
    for (const AuditModelResult& m : d.models) {
        for (const QString& a : attributes) {
            const QString base =
                folder + QStringLiteral("auc-%1-%2").arg(slugOf(m.name), slugOf(a));
            draw(base, Tr::tr("%1: AUC by %2").arg(m.name, a),
                 Tr::tr("AUC per condition and %1 group with 95% bootstrap intervals; the dashed "
                        "line is the AUC on all images; hatched groups are too small to judge.")
                     .arg(a),
                 figures->subgroupAuc(d.metrics.results, m.name, a, m_out.filePath(base)));
        }
    }
    for (const QString& a : m_config.audit.attributes) {
        if (!attributes.contains(a))
            continue;
        const QString base = folder + QStringLiteral("pareto-%1").arg(slugOf(a));
        draw(base, Tr::tr("Models on accuracy and fairness by %1").arg(a),
             Tr::tr("Each model's AUC on all images against the AUC of its worst %1 group (among "
                    "the groups with enough evidence), with 95% bootstrap intervals, one panel "
                    "per condition; filled points are on the Pareto front, the dashed diagonal "
                    "is a worst group as good as all images.")
                 .arg(a),
             figures->pareto(d.metrics.results, a, m_out.filePath(base)));
    }
    if (!d.metrics.shortcuts.empty()) {
        const QString base = folder + QStringLiteral("shortcut");
        const ShortcutSettings& shortcut = m_config.audit.shortcut;
        draw(base,
             Tr::tr("Shortcut: %1 with and without %2")
                 .arg(d.metrics.shortcuts.front().condition, shortcut.confounder),
             Tr::tr("AUC on all images, on positives without %1 and on positives with %1 "
                    "(each against all negatives), with 95% bootstrap intervals.")
                 .arg(shortcut.confounder),
             figures->shortcut(d.metrics.shortcuts, m_out.filePath(base)));
    }
    for (const AuditModelResult& m : d.models) {
        if (!m.embeddings)
            continue;
        for (const QString& a : m_config.audit.attributes) {
            if (!findColumn(*m.embeddings, a))
                continue;
            const QString base =
                folder + QStringLiteral("pca-%1-%2").arg(slugOf(m.name), slugOf(a));
            draw(base, Tr::tr("%1: PCA coloured by %2").arg(m.name, a),
                 Tr::tr("The image embeddings on their first two principal components."),
                 figures->pca(*m.embeddings, a, m_out.filePath(base)));
        }
        const QString base = folder + QStringLiteral("probes-%1").arg(slugOf(m.name));
        draw(base, Tr::tr("%1: attribute probes").arg(m.name),
             Tr::tr("Macro AUC of a logistic probe predicting each attribute from the image "
                    "embeddings (80/20 split by patient), with intervals and the chance level."),
             figures->probes(*m.embeddings, m_out.filePath(base)));
    }
}

void AuditRunner::runDataset(const ProjectDataset& entry) {
    AuditDatasetResult d;
    d.slug = uniqueSlug(entry);
    d.source = entry.source;
    d.settings = entry.settings;
    QDir().mkpath(m_out.filePath(d.slug));
    say(Tr::tr("%1: reading the cohort in %2")
            .arg(d.slug, QDir::toNativeSeparators(entry.source.root)));
    if (m_options.timings)
        m_options.timings->setPrefix(d.slug + QStringLiteral(": "));
    std::optional<StageTimings::Scope> timed;
    timed.emplace(m_options.timings, QStringLiteral("cohort"));
    auto cohort = loadCohort(entry.source, entry.settings,
                             m_progress.part(0.0, 0.1).prefixed(d.slug + QStringLiteral(": ")));
    timed.reset();
    if (!cohort) {
        problem(d, cohort.error().toString());
        m_outcome.results.datasets.push_back(std::move(d));
        return;
    }
    d.images = qint64(cohort->size());
    d.patients = qint64(cohort->patientCount());
    d.filesRead = cohort->report().filesRead;
    const QString store = m_config.audit.store.isEmpty()
                              ? m_out.filePath(QStringLiteral("stores/") + d.slug)
                              : QDir(m_config.audit.store).filePath(d.slug);
    StudySettings settings =
        StudySettings::forDataset(m_config.audit, *cohort, entry.conditions, m_config.prompts);
    settings.inference = m_options.inference;
    d.conditions = settings.conditions;
    StudyInput input;
    input.cohort = &*cohort;
    input.storeDir = store;
    input.timings = m_options.timings;
    for (const QString& bundle : entry.models)
        input.models.push_back({bundle, std::nullopt});
    if (entry.models.isEmpty()) {
        problem(d, Tr::tr("no model to audit"));
        m_outcome.results.datasets.push_back(std::move(d));
        return;
    }
    auto study = runStudy(input, settings,
                          m_progress.part(0.1, 0.95).prefixed(d.slug + QStringLiteral(": ")));
    if (!study) {
        if (study.error().code != ErrorCode::Cancelled)
            problem(d, study.error().toString());
        m_outcome.results.datasets.push_back(std::move(d));
        return;
    }
    for (StudyModelResult& model : study->models)
        addModel(d, std::move(model));
    d.metrics = std::move(study->metrics);
    if (study->scores) {
        const StageTimings::Scope timedTables(m_options.timings, QStringLiteral("tables"));
        writeTables(d, settings, *study->scores);
    }
    if (!cancelled()) {
        const StageTimings::Scope timedFigures(m_options.timings, QStringLiteral("figures"));
        drawFigures(d);
    }
    m_outcome.results.datasets.push_back(std::move(d));
}

void AuditRunner::writeManifest(const QHash<QString, QString>& tableHashes) {
    QJsonArray datasets;
    QJsonArray models;
    QStringList modelHashes;
    for (const AuditDatasetResult& d : m_outcome.results.datasets) {
        QJsonArray tables;
        for (const QString& f : d.filesRead)
            tables.append(
                QJsonObject{{QStringLiteral("file"), QDir(d.source.root).relativeFilePath(f)},
                            {QStringLiteral("bytes"), QFileInfo(f).size()},
                            {QStringLiteral("sha256"), tableHashes.value(f)}});
        datasets.append(QJsonObject{{QStringLiteral("name"), d.slug},
                                    {QStringLiteral("format"), formatName(d.source.format)},
                                    {QStringLiteral("images"), d.images},
                                    {QStringLiteral("patients"), d.patients},
                                    {QStringLiteral("settings"), d.settings.toJson()},
                                    {QStringLiteral("tables"), tables}});
        for (const AuditModelResult& m : d.models)
            if (!modelHashes.contains(m.hash)) {
                modelHashes << m.hash;
                models.append(
                    QJsonObject{{QStringLiteral("name"), m.name},
                                {QStringLiteral("bundle"), QFileInfo(m.bundlePath).fileName()},
                                {QStringLiteral("sha256"), m.hash}});
            }
    }
    // The outputs that depend only on the inputs and the seed (figures and PDFs carry the
    // renderer's and the date's marks).
    QJsonArray outputs;
    QStringList written = m_outcome.written;
    written.sort();
    for (const QString& f : written)
        if (f.endsWith(QStringLiteral(".csv")) || f.endsWith(QStringLiteral(".json")) ||
            f.endsWith(QStringLiteral(".tex")) || f.endsWith(QStringLiteral(".txt")))
            outputs.append(QJsonObject{{QStringLiteral("file"), f},
                                       {QStringLiteral("sha256"), fileSha256(m_out.filePath(f))}});
    QJsonObject manifest{{QStringLiteral("cxrfair"), m_outcome.results.version},
                         {QStringLiteral("datasets"), datasets},
                         {QStringLiteral("models"), models},
                         {QStringLiteral("outputs"), outputs},
                         {QStringLiteral("complete"), m_outcome.errors.isEmpty()}};
    if (!m_options.configPath.isEmpty())
        manifest.insert(
            QStringLiteral("config"),
            QJsonObject{{QStringLiteral("file"), QFileInfo(m_options.configPath).fileName()},
                        {QStringLiteral("sha256"), fileSha256(m_options.configPath)}});
    const QString path = m_out.filePath(QStringLiteral("manifest.json"));
    wrote(nullptr, path, writeText(path, QJsonDocument(manifest).toJson()));
}

Result<AuditOutcome> AuditRunner::run() {
    if (!QDir().mkpath(m_out.path()))
        return fail(ErrorCode::Io, Tr::tr("cannot create the output folder"), m_out.path());
    m_out.setPath(QDir(m_out.path()).absolutePath());
    m_outcome.results.config = m_config;
    m_outcome.results.version = QCoreApplication::applicationVersion();
    const QString config = m_out.filePath(QStringLiteral("config.json"));
    wrote(nullptr, config, m_config.write(config));
    const double datasets = double(std::max<size_t>(1, m_config.datasets.size()));
    for (size_t i = 0; i < m_config.datasets.size(); ++i) {
        const ProjectDataset& entry = m_config.datasets[i];
        m_fraction = 0.0;
        m_progress = m_options.progress.part(i / datasets, (i + 1) / datasets);
        runDataset(entry);
        if (cancelled())
            return fail(ErrorCode::Cancelled,
                        Tr::tr("cancelled; what was finished is kept in %1").arg(m_out.path()));
    }
    if (m_options.timings)
        m_options.timings->setPrefix({});
    const StageTimings::Scope timedReport(m_options.timings, QStringLiteral("report"));
    QHash<QString, QString> tableHashes;
    for (const AuditDatasetResult& d : m_outcome.results.datasets)
        for (const QString& f : d.filesRead)
            tableHashes.insert(f, fileSha256(f));
    const QString methods = auditMethods(m_outcome.results, tableHashes);
    const QString methodsPath = m_out.filePath(QStringLiteral("methods.txt"));
    wrote(nullptr, methodsPath, writeText(methodsPath, methods.toUtf8() + '\n'));
    const QString html = auditReportHtml(m_outcome.results, methods, m_out.path());
    m_outcome.report = m_out.filePath(QStringLiteral("report.html"));
    wrote(nullptr, m_outcome.report, writeText(m_outcome.report, html.toUtf8()));
    if (m_options.figures) {
        const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
        wrote(nullptr, pdf, m_options.figures->htmlToPdf(html, pdf));
    }
    writeManifest(tableHashes);
    m_outcome.written.sort();
    return std::move(m_outcome);
}

} // namespace

Result<AuditOutcome> runAudit(const Project& config, const AuditOptions& options) {
    return AuditRunner(config, options).run();
}

} // namespace cxrfair

#include "study/reproduction.h"

#include "data/csvreader.h"
#include "data/csvwriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Reproduction)
};

} // namespace

Result<std::vector<MetricsAuc>> readMetricsAucs(const QString& path) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    auto columns = reader->requireColumns("model", "condition", "attribute", "group", "auc",
                                          "auc_ci_low", "auc_ci_high");
    if (!columns)
        return std::unexpected(columns.error());
    const auto [model, condition, attribute, group, auc, low, high] = *columns;
    std::vector<MetricsAuc> out;
    while (reader->next()) {
        if (auto whole = requireWholeRow(*reader); !whole)
            return std::unexpected(whole.error());
        auto text = [&](int i) { return QString::fromStdString(std::string(reader->field(i))); };
        MetricsAuc m{text(model), text(condition), text(attribute), text(group), {}, {}, {}};
        const std::pair<int, std::optional<double>*> numbers[] = {
            {auc, &m.auc}, {low, &m.low}, {high, &m.high}};
        for (const auto& [column, value] : numbers) {
            auto v = optionalNumberField(*reader, column);
            if (!v)
                return std::unexpected(v.error());
            *value = *v;
        }
        out.push_back(std::move(m));
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return out;
}

std::vector<MetricsAuc> metricsAucs(const MetricsReport& report) {
    std::vector<MetricsAuc> rows;
    auto interval = [](MetricsAuc& m, const PercentileInterval& ci) {
        if (ci.valid()) {
            m.low = ci.low;
            m.high = ci.high;
        }
    };
    for (const ModelConditionMetrics& mc : report.results) {
        for (const GroupMetrics& g : mc.groups) {
            MetricsAuc m{mc.model, mc.condition, g.attribute, g.group, {}, {}, {}};
            if (g.auc)
                m.auc = g.auc->auc;
            interval(m, g.bootstrapCi);
            rows.push_back(std::move(m));
        }
    }
    for (const ShortcutRow& s : report.shortcuts) {
        const QString attribute = QStringLiteral("shortcut:") + s.confounder;
        MetricsAuc present{
            s.model, s.condition, attribute, QStringLiteral("present"), s.metrics.aucConfounded,
            {},      {}};
        interval(present, s.metrics.confoundedCi);
        MetricsAuc absent{
            s.model, s.condition, attribute, QStringLiteral("absent"), s.metrics.aucUnconfounded,
            {},      {}};
        interval(absent, s.metrics.unconfoundedCi);
        rows.push_back(std::move(present));
        rows.push_back(std::move(absent));
    }
    return rows;
}

PublishedMatcher::PublishedMatcher(std::vector<PublishedResult> published,
                                   QHash<QString, QString> map)
    : m_published(std::move(published))
    , m_map(std::move(map)) {
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
        m_metricsToPub.insert(it.value(), it.key());
    for (size_t i = 0; i < m_published.size(); ++i) {
        const PublishedResult& p = m_published[i];
        m_index.insert(p.model.toLower() + QChar(0) + p.condition.toLower() + QChar(0) + p.group,
                       i);
    }
}

QString PublishedMatcher::keyOf(const QString& model, const QString& condition,
                                const QString& group) const {
    return model + QChar(0) + condition.toLower() + QChar(0) + group;
}

const PublishedResult* PublishedMatcher::find(const QString& model, const QString& condition,
                                              const QString& attribute,
                                              const QString& group) const {
    const QString published = publishedGroupOf(attribute, group);
    if (published.isEmpty())
        return nullptr;
    QStringList candidates;
    if (m_metricsToPub.contains(model))
        candidates << m_metricsToPub.value(model).toLower();
    else
        candidates << model.toLower() << publishedModelFileName(model);
    for (const QString& c : candidates) {
        const auto it = m_index.constFind(keyOf(c, condition, published));
        if (it != m_index.cend())
            return &m_published[*it];
    }
    return nullptr;
}

QString PublishedMatcher::publishedModelOf(const QString& model) const {
    if (m_metricsToPub.contains(model))
        return m_metricsToPub.value(model);
    for (const QString& p : publishedModels())
        if (p.compare(model, Qt::CaseInsensitive) == 0 ||
            p.toLower() == publishedModelFileName(model))
            return p;
    return {};
}

QStringList PublishedMatcher::publishedModels() const {
    QStringList models;
    for (const PublishedResult& p : m_published)
        if (!models.contains(p.model))
            models << p.model;
    return models;
}

QStringList PublishedMatcher::unknownMappedModels() const {
    QStringList unknown;
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        const bool known =
            std::any_of(m_published.begin(), m_published.end(), [&](const PublishedResult& p) {
                return p.model.compare(it.key(), Qt::CaseInsensitive) == 0;
            });
        if (!known)
            unknown << it.key();
    }
    unknown.sort();
    return unknown;
}

std::vector<ReproductionRow> compareWithPublished(const PublishedMatcher& matcher,
                                                  const std::vector<MetricsAuc>& metrics) {
    // The metrics row of each published row it matches (the first, if several do).
    std::vector<const MetricsAuc*> matched(matcher.published().size(), nullptr);
    const PublishedResult* base = matcher.published().data();
    for (const MetricsAuc& m : metrics) {
        if (!m.auc)
            continue;
        if (const PublishedResult* p = matcher.find(m.model, m.condition, m.attribute, m.group)) {
            const size_t i = size_t(p - base);
            if (!matched[i])
                matched[i] = &m;
        }
    }
    std::vector<ReproductionRow> rows;
    for (size_t i = 0; i < matched.size(); ++i) {
        const MetricsAuc* m = matched[i];
        if (!m)
            continue;
        const PublishedResult& p = matcher.published()[i];
        ReproductionRow r;
        r.model = m->model;
        r.dataset = p.dataset;
        r.condition = p.condition;
        r.group = p.group;
        r.publishedAuc = p.auc;
        r.publishedLow = p.aucLow;
        r.publishedHigh = p.aucHigh;
        r.auc = *m->auc;
        r.low = m->low;
        r.high = m->high;
        r.difference = r.auc - r.publishedAuc;
        r.intervalsOverlap = r.low && r.high && *r.low <= p.aucHigh && p.aucLow <= *r.high;
        rows.push_back(std::move(r));
    }
    return rows;
}

QStringList reproductionColumns() {
    return {QStringLiteral("model"),
            QStringLiteral("dataset"),
            QStringLiteral("condition"),
            QStringLiteral("group"),
            QStringLiteral("auc_published"),
            QStringLiteral("ci_published_low"),
            QStringLiteral("ci_published_high"),
            QStringLiteral("auc"),
            QStringLiteral("ci_low"),
            QStringLiteral("ci_high"),
            QStringLiteral("difference"),
            QStringLiteral("intervals_overlap")};
}

Result<void> writeReproductionCsv(const QString& path, const std::vector<ReproductionRow>& rows) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    std::vector<std::string> header;
    for (const QString& c : reproductionColumns())
        header.push_back(c.toStdString());
    writer->writeRow(header);
    auto optional = [](const std::optional<double>& v) {
        return v ? csvNumber(*v) : std::string();
    };
    for (const ReproductionRow& r : rows) {
        writer->writeRow({r.model.toStdString(), r.dataset.toStdString(), r.condition.toStdString(),
                          r.group.toStdString(), csvNumber(r.publishedAuc),
                          csvNumber(r.publishedLow), csvNumber(r.publishedHigh), csvNumber(r.auc),
                          optional(r.low), optional(r.high), csvNumber(r.difference),
                          r.intervalsOverlap ? "true" : "false"});
    }
    return writer->close();
}

Result<QHash<QString, QString>> parseModelMap(const QString& text) {
    QHash<QString, QString> map;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString published = part.left(eq).trimmed(), metrics = part.mid(eq + 1).trimmed();
        if (eq < 0 || published.isEmpty() || metrics.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("'%1' is not PUBLISHED=METRICS, e.g. chexzero=\"CheXzero (demo)\"")
                            .arg(part));
        if (map.contains(published))
            return fail(ErrorCode::InvalidArgument, Tr::tr("'%1' is mapped twice").arg(published));
        map.insert(published, metrics);
    }
    return map;
}

} // namespace cxrfair

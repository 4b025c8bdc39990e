#include "data/cohort.h"

#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Cohort)
};

bool containsCaseInsensitive(const QStringList& list, const QString& value) {
    return std::any_of(list.begin(), list.end(), [&](const QString& s) {
        return s.compare(value, Qt::CaseInsensitive) == 0;
    });
}

/// Which rows have an existing regular file. Stat calls wait on the disk (or the network file
/// system), so more threads than cores pay off.
std::vector<std::uint8_t> checkImagesExist(const QString& root, const StringColumn& paths,
                                           const std::vector<std::uint32_t>& rows,
                                           const Progress& control) {
    std::vector<std::uint8_t> exists(rows.size(), 0);
    // Paths are resolved relative to the open root folder: the kernel walks fewer components.
    const int rootFd = ::open(QFile::encodeName(QDir(root).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return exists;
    constexpr size_t kBlock = 4096;
    std::vector<size_t> blocks;
    for (size_t b = 0; b < rows.size(); b += kBlock)
        blocks.push_back(b);
    std::atomic<size_t> done{0};
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QtConcurrent::blockingMap(&pool, blocks, [&](size_t begin) {
        if (control.cancelled())
            return;
        std::string path;
        const size_t end = std::min(rows.size(), begin + kBlock);
        for (size_t i = begin; i < end; ++i) {
            path.assign(paths.view(rows[i]));
            struct stat st;
            exists[i] = ::fstatat(rootFd, path.c_str(), &st, 0) == 0 && S_ISREG(st.st_mode);
        }
        const size_t finished = done.fetch_add(end - begin) + (end - begin);
        control.report(0.9 + 0.1 * double(finished) / double(rows.size()),
                       Tr::tr("checking image files"));
    });
    ::close(rootFd);
    return exists;
}

} // namespace

void CohortColumns::setConditions(QStringList names) {
    conditions = std::move(names);
    labels.assign(size_t(conditions.size()), {});
}

CategoricalColumn& CohortColumns::extraColumn(const QString& name) {
    for (CategoricalColumn& c : extra) {
        if (c.name() == name)
            return c;
    }
    extra.emplace_back(name);
    return extra.back();
}

void CohortColumns::appendLabels(const LabelState* states) {
    for (size_t c = 0; c < labels.size(); ++c)
        labels[c].push_back(states[c]);
    labelled.push_back(1);
}

void CohortColumns::appendUnlabelled() {
    for (auto& column : labels)
        column.push_back(LabelState::Blank);
    labelled.push_back(0);
}

Result<Cohort> Cohort::build(DatasetSource source, CohortSettings settings, CohortColumns columns,
                             LoadReport report, const Progress& control) {
    const size_t n = columns.rows();
    if (columns.imagePath.size() != n || columns.patientId.size() != n || columns.age.size() != n ||
        columns.sex.size() != n || columns.race.size() != n || columns.view.size() != n ||
        columns.split.size() != n || columns.labelled.size() != n ||
        columns.sourceLine.size() != n ||
        (!columns.sourceTable.empty() && columns.sourceTable.size() != n)) {
        return fail(ErrorCode::Internal,
                    Tr::tr("the reader produced columns of different lengths"));
    }
    for (const auto& l : columns.labels) {
        if (l.size() != n)
            return fail(ErrorCode::Internal,
                        Tr::tr("the reader produced columns of different lengths"));
    }
    for (const auto& e : columns.extra) {
        if (e.size() != n)
            return fail(ErrorCode::Internal,
                        Tr::tr("the reader produced columns of different lengths"));
    }

    // Row filters.
    const QStringList splits = settings.splitFilter();
    const QStringList& splitNames = columns.split.categories();
    std::vector<std::int8_t> splitKept(size_t(splitNames.size()), 0);
    for (qsizetype i = 0; i < splitNames.size(); ++i)
        splitKept[size_t(i)] = splits.isEmpty() || containsCaseInsensitive(splits, splitNames[i]);
    // A split that names no row is a mistake (a typo, another dataset's name): say which exist.
    for (const QString& wanted : splits) {
        if (!splitNames.isEmpty() && !containsCaseInsensitive(splitNames, wanted.trimmed()))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("no image is in the split '%1'; the splits of this dataset are: %2 "
                               "(or all)")
                            .arg(wanted, splitNames.join(QStringLiteral(", "))),
                        source.root);
    }
    const bool viewsFilter = !settings.views.isEmpty();
    std::vector<std::int8_t> viewKept(size_t(columns.view.categories().size()), 0);
    for (qsizetype i = 0; i < columns.view.categories().size(); ++i)
        viewKept[size_t(i)] =
            !viewsFilter || containsCaseInsensitive(settings.views, columns.view.categories()[i]);

    std::vector<std::uint32_t> candidates;
    candidates.reserve(n);
    for (size_t row = 0; row < n; ++row) {
        const std::int16_t split = columns.split.code(row);
        if (!splits.isEmpty() && (split < 0 || !splitKept[size_t(split)])) {
            ++report.excludedBySplit;
            continue;
        }
        const std::int16_t view = columns.view.code(row);
        if (viewsFilter && (view < 0 || !viewKept[size_t(view)])) {
            ++report.excludedByView;
            continue;
        }
        if (!columns.labelled[row]) {
            ++report.unlabeled;
            continue;
        }
        candidates.push_back(std::uint32_t(row));
    }
    if (control.cancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("cancelled"));

    std::vector<std::uint32_t> kept;
    if (settings.checkImages) {
        const std::vector<std::uint8_t> exists =
            checkImagesExist(source.root, columns.imagePath, candidates, control);
        if (control.cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("cancelled"));
        kept.reserve(candidates.size());
        const QDir root(source.root);
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (exists[i]) {
                kept.push_back(candidates[i]);
                continue;
            }
            ++report.missingImages;
            const std::uint32_t row = candidates[i];
            const QString table =
                columns.tables.value(columns.sourceTable.empty() ? 0 : columns.sourceTable[row]);
            report.problems.add(
                table, columns.sourceLine[row], columns.imageColumn,
                Tr::tr("image file not found: %1").arg(root.filePath(columns.imagePath.at(row))));
        }
    } else {
        kept = std::move(candidates);
    }

    if (kept.size() != n) {
        columns.imagePath.keepRows(kept);
        columns.sampleId.keepRows(kept);
        columns.patientId.keepRows(kept);
        for (auto& l : columns.labels) {
            std::vector<LabelState> k;
            k.reserve(kept.size());
            for (std::uint32_t r : kept)
                k.push_back(l[r]);
            l = std::move(k);
        }
        auto keepVector = [&](auto& v) {
            std::remove_reference_t<decltype(v)> k;
            k.reserve(kept.size());
            for (std::uint32_t r : kept)
                k.push_back(v[r]);
            v = std::move(k);
        };
        keepVector(columns.sourceLine);
        if (!columns.sourceTable.empty())
            keepVector(columns.sourceTable);
        keepVector(columns.labelled);
        keepVector(columns.age);
        columns.sex.keepRows(kept);
        columns.race.keepRows(kept);
        columns.view.keepRows(kept);
        columns.split.keepRows(kept);
        for (auto& e : columns.extra)
            e.keepRows(kept);
    }

    auto data = std::make_shared<Data>();
    data->columns = std::move(columns);
    data->report = std::move(report);

    // Patient index: codes in order of first appearance.
    const size_t rows = data->columns.rows();
    data->patient.resize(rows);
    std::unordered_map<std::string_view, std::int32_t> index;
    index.reserve(rows / 2 + 16);
    for (size_t row = 0; row < rows; ++row) {
        const std::string_view id = data->columns.patientId.view(row);
        auto [it, inserted] = index.try_emplace(id, std::int32_t(data->patientIds.size()));
        if (inserted)
            data->patientIds.append(id);
        data->patient[row] = it->second;
    }
    Cohort cohort;
    cohort.m_source = std::move(source);
    cohort.m_settings = std::move(settings);
    cohort.m_data = std::move(data);
    control.report(1.0, Tr::tr("done"));
    return cohort;
}

QString Cohort::imagePath(size_t row) const {
    return m_source.root + QLatin1Char('/') + m_data->columns.imagePath.at(row);
}

QString Cohort::sourceTable(size_t row) const {
    return m_data->columns.tables.value(
        m_data->columns.sourceTable.empty() ? 0 : m_data->columns.sourceTable[row]);
}

int Cohort::conditionIndex(const QString& name) const {
    for (qsizetype i = 0; i < m_data->columns.conditions.size(); ++i) {
        if (m_data->columns.conditions[i].compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

std::int8_t Cohort::label(int condition, size_t row) const {
    return resolveLabel(rawLabel(condition, row), m_settings.uncertain, m_settings.blank);
}

std::vector<std::int8_t> Cohort::labels(int condition) const {
    const auto& raw = m_data->columns.labels[size_t(condition)];
    std::vector<std::int8_t> out(raw.size());
    for (size_t i = 0; i < raw.size(); ++i)
        out[i] = resolveLabel(raw[i], m_settings.uncertain, m_settings.blank);
    return out;
}

QStringList Cohort::attributeNames() const {
    QStringList names;
    auto any = [](const CategoricalColumn& c) {
        return std::any_of(c.codes().begin(), c.codes().end(),
                           [](std::int16_t v) { return v >= 0; });
    };
    if (any(m_data->columns.sex))
        names << QStringLiteral("sex");
    if (std::any_of(m_data->columns.age.begin(), m_data->columns.age.end(),
                    [](float a) { return !std::isnan(a); }))
        names << QStringLiteral("age");
    if (any(m_data->columns.race))
        names << QStringLiteral("race");
    if (any(m_data->columns.view))
        names << QStringLiteral("view");
    if (any(m_data->columns.split))
        names << QStringLiteral("split");
    for (const CategoricalColumn& e : m_data->columns.extra)
        names << e.name();
    return names;
}

const CategoricalColumn* Cohort::rawAttribute(const QString& name) const {
    for (const CategoricalColumn* c : {&m_data->columns.sex, &m_data->columns.race,
                                       &m_data->columns.view, &m_data->columns.split}) {
        if (c->name() == name)
            return c;
    }
    for (const CategoricalColumn& e : m_data->columns.extra) {
        if (e.name() == name)
            return &e;
    }
    return nullptr;
}

Grouping Cohort::categoricalGrouping(const CategoricalColumn& column, const QString& name) {
    // Groups sorted by name so that the order does not depend on row order.
    Grouping g;
    g.attribute = name;
    QStringList sorted = column.categories();
    sorted.sort(Qt::CaseInsensitive);
    std::vector<std::int16_t> remap(size_t(column.categories().size()));
    for (qsizetype i = 0; i < column.categories().size(); ++i)
        remap[size_t(i)] = std::int16_t(sorted.indexOf(column.categories()[i]));
    g.groups = sorted;
    g.codes.resize(column.size());
    for (size_t row = 0; row < column.size(); ++row) {
        const std::int16_t c = column.code(row);
        g.codes[row] = c < 0 ? std::int16_t(-1) : remap[size_t(c)];
    }
    return g;
}

Result<Grouping> Cohort::singleGrouping(const QString& attribute) const {
    const QString name = attribute.trimmed().toLower();
    Grouping g;
    g.attribute = name;
    const size_t rows = size();
    if (name == QStringLiteral("age")) {
        g.groups = m_settings.ageBins.labels();
        g.codes.resize(rows);
        for (size_t row = 0; row < rows; ++row)
            g.codes[row] = std::int16_t(m_settings.ageBins.indexOf(m_data->columns.age[row]));
        return g;
    }
    if (name == QStringLiteral("sex")) {
        g.groups = {m_settings.femaleName, m_settings.maleName};
        const CategoricalColumn& c = m_data->columns.sex;
        std::vector<std::int16_t> remap;
        for (const QString& v : c.categories())
            remap.push_back(v == QStringLiteral("F") ? 0 : v == QStringLiteral("M") ? 1 : -1);
        g.codes.resize(rows);
        for (size_t row = 0; row < rows; ++row)
            g.codes[row] = c.code(row) < 0 ? std::int16_t(-1) : remap[size_t(c.code(row))];
        return g;
    }
    if (name == QStringLiteral("race")) {
        const CategoricalColumn& c = m_data->columns.race;
        g.groups = m_settings.race.groups();
        std::vector<std::int16_t> remap;
        for (const QString& raw : c.categories()) {
            const QString group = m_settings.race.map(raw);
            if (group.isEmpty()) {
                remap.push_back(-1);
                continue;
            }
            qsizetype index = g.groups.indexOf(group);
            if (index < 0) {
                g.groups << group;
                index = g.groups.size() - 1;
            }
            remap.push_back(std::int16_t(index));
        }
        g.codes.resize(rows);
        for (size_t row = 0; row < rows; ++row)
            g.codes[row] = c.code(row) < 0 ? std::int16_t(-1) : remap[size_t(c.code(row))];
        return g;
    }
    if (name == QStringLiteral("drain")) {
        const CategoricalColumn* c = rawAttribute(name);
        if (!c)
            return fail(ErrorCode::InvalidArgument, Tr::tr("this cohort has no drain annotations"));
        g.groups = {QStringLiteral("Drain"), QStringLiteral("No drain")};
        std::vector<std::int16_t> remap;
        for (const QString& v : c->categories())
            remap.push_back(v == QStringLiteral("1") ? 0 : v == QStringLiteral("0") ? 1 : -1);
        g.codes.resize(rows);
        for (size_t row = 0; row < rows; ++row)
            g.codes[row] = c->code(row) < 0 ? std::int16_t(-1) : remap[size_t(c->code(row))];
        return g;
    }
    if (const CategoricalColumn* c = rawAttribute(name))
        return categoricalGrouping(*c, name);
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("unknown attribute '%1' (this cohort has: %2)")
                    .arg(attribute, attributeNames().join(QStringLiteral(", "))));
}

Result<Grouping> Cohort::grouping(const QString& attribute) const {
    const QStringList parts = parseIntersection(attribute);
    if (parts.size() <= 1)
        return singleGrouping(attribute);

    // Intersection: every combination present, in the order of the single groupings.
    std::vector<Grouping> singles;
    for (const QString& p : parts) {
        auto g = singleGrouping(p);
        if (!g)
            return g;
        singles.push_back(std::move(*g));
    }
    Grouping out;
    QStringList names;
    for (const Grouping& s : singles)
        names << s.attribute;
    out.attribute = intersectionName(names);
    const size_t rows = size();
    std::vector<std::int64_t> keys(rows, -1);
    std::vector<std::int64_t> present;
    for (size_t row = 0; row < rows; ++row) {
        std::int64_t key = 0;
        bool missing = false;
        for (const Grouping& s : singles) {
            const std::int16_t c = s.codes[row];
            if (c < 0) {
                missing = true;
                break;
            }
            key = key * (s.groups.size() + 1) + c;
        }
        if (!missing) {
            keys[row] = key;
            present.push_back(key);
        }
    }
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end());
    if (present.size() > size_t(std::numeric_limits<std::int16_t>::max()))
        return fail(ErrorCode::InvalidArgument, Tr::tr("the intersection has too many groups"));
    for (std::int64_t key : present) {
        QStringList labels;
        for (auto s = singles.rbegin(); s != singles.rend(); ++s) {
            labels.prepend(s->groups[qsizetype(key % (s->groups.size() + 1))]);
            key /= (s->groups.size() + 1);
        }
        out.groups << labels.join(QStringLiteral(" / "));
    }
    out.codes.resize(rows);
    for (size_t row = 0; row < rows; ++row) {
        out.codes[row] =
            keys[row] < 0
                ? std::int16_t(-1)
                : std::int16_t(std::lower_bound(present.begin(), present.end(), keys[row]) -
                               present.begin());
    }
    return out;
}

size_t Cohort::memoryBytes() const {
    if (!m_data)
        return 0;
    const CohortColumns& c = m_data->columns;
    size_t bytes = c.imagePath.memoryBytes() + c.sampleId.memoryBytes() +
                   c.patientId.memoryBytes() + m_data->patientIds.memoryBytes();
    bytes += c.sourceLine.capacity() * 4 + c.sourceTable.capacity() + c.age.capacity() * 4 +
             m_data->patient.capacity() * 4;
    bytes += m_data->columns.labelled.capacity();
    for (const auto& l : m_data->columns.labels)
        bytes += l.capacity();
    bytes += (4 + m_data->columns.extra.size()) * size() * 2;
    return bytes;
}

} // namespace cxrfair

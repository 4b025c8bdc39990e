#include "stats/scoretable.h"

#include "data/cohortsettings.h"
#include "data/csvreader.h"
#include "data/csvwriter.h"
#include "data/valueparsers.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ScoreTable)
};

Error rowError(const CsvReader& reader, const QString& column, const QString& message) {
    return Error{ErrorCode::InvalidValue, message, reader.path(), reader.line(), column, {}, {}};
}

} // namespace

Result<void> writeScoreTable(const QString& path, const ScoreTable& table) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    std::vector<std::string> header{"model",      "condition", "sample_id",
                                    "patient_id", "label",     "score"};
    for (const QString& a : table.attributes)
        header.push_back(a.toStdString());
    writer->writeRow(header);
    std::vector<std::string> row;
    for (size_t m = 0; m < table.entries.size(); ++m) {
        const std::string model = table.models[qsizetype(m)].toStdString();
        for (size_t c = 0; c < table.entries[m].size(); ++c) {
            const std::string condition = table.conditions[qsizetype(c)].toStdString();
            for (const ScoreTable::Entry& e : table.entries[m][c]) {
                row = {model,
                       condition,
                       table.sampleIds[e.sample].toStdString(),
                       table.patientIds[table.samplePatient[e.sample]].toStdString(),
                       e.label ? "1" : "0",
                       csvNumber(e.score)};
                for (const QStringList& values : table.sampleAttributes)
                    row.push_back(values[e.sample].toStdString());
                writer->writeRow(row);
            }
        }
    }
    return writer->close();
}

namespace {

/// Byte strings interned to dense indices, looked up without a copy.
class Interned {
public:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Equal {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const { return a == b; }
    };

    /// The index of `text`, added when new (`added` tells).
    int intern(std::string_view text, bool& added) {
        if (const auto it = m_index.find(text); it != m_index.end()) {
            added = false;
            return it->second;
        }
        added = true;
        const int i = int(m_strings.size());
        m_strings.emplace_back(text);
        m_index.emplace(m_strings.back(), i);
        return i;
    }
    const std::string& at(int i) const { return m_strings[size_t(i)]; }
    int size() const { return int(m_strings.size()); }
    QStringList toStringList() const {
        QStringList out;
        out.reserve(qsizetype(m_strings.size()));
        for (const std::string& s : m_strings)
            out << toQString(s);
        return out;
    }

private:
    std::deque<std::string> m_strings; // stable addresses for the map's keys
    std::unordered_map<std::string, int, Hash, Equal> m_index;
};

/// A label of 0 or 1 ("0", "1", "0.0", "1.0"), or -1.
int labelOf(std::string_view text) {
    text = trimmedView(text);
    if (text.size() == 1 && (text[0] == '0' || text[0] == '1'))
        return text[0] - '0';
    const auto value = parseDouble(text);
    return value && (*value == 0.0 || *value == 1.0) ? int(*value) : -1;
}

} // namespace

Result<ScoreTable> readScoreTable(const QString& path) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required =
        reader->requireColumns("model", "condition", "sample_id", "patient_id", "label", "score");
    if (!required)
        return std::unexpected(required.error());
    const auto [modelCol, conditionCol, sampleCol, patientCol, labelCol, scoreCol] = *required;
    ScoreTable t;
    t.path = path;
    std::vector<int> attributeCols;
    for (size_t i = 0; i < reader->header().size(); ++i) {
        if (int(i) == modelCol || int(i) == conditionCol || int(i) == sampleCol ||
            int(i) == patientCol || int(i) == labelCol || int(i) == scoreCol ||
            reader->header()[i].empty())
            continue;
        attributeCols.push_back(int(i));
        t.attributes << toQString(reader->header()[i]);
    }
    t.sampleAttributes.resize(size_t(t.attributes.size()));

    // Rows come in blocks of one model and condition, each listing the images in the order
    // of the previous block: the row's image is first looked for where the previous block had
    // it, and in the hash only when it is not there. The 3.6 million rows of the study read
    // in about a second that way.
    Interned models, conditions, samples, patients;
    std::vector<std::vector<std::int8_t>> labels; // [condition][sample], -1 unknown
    std::vector<std::vector<std::uint8_t>> seen;  // [model * C + condition][sample]
    std::vector<std::uint32_t> previousBlock, currentBlock;
    std::string lastModel, lastCondition;
    int m = -1, c = -1;
    qint64 rows = 0;
    const int columns = int(reader->header().size());
    while (reader->next()) {
        ++rows;
        // A short row is a cut or broken line, not missing values.
        if (reader->fieldCount() != columns)
            return std::unexpected(
                rowError(*reader, {},
                         Tr::tr("%1 fields where the header has %2 (a cut or broken line?)")
                             .arg(reader->fieldCount())
                             .arg(columns)));
        const std::string_view model = trimmedView(reader->field(modelCol));
        const std::string_view condition = trimmedView(reader->field(conditionCol));
        const std::string_view sample = trimmedView(reader->field(sampleCol));
        if (model.empty())
            return std::unexpected(
                rowError(*reader, QStringLiteral("model"), Tr::tr("empty model name")));
        if (condition.empty())
            return std::unexpected(
                rowError(*reader, QStringLiteral("condition"), Tr::tr("empty condition")));
        if (sample.empty())
            return std::unexpected(
                rowError(*reader, QStringLiteral("sample_id"), Tr::tr("empty sample id")));
        const int label = labelOf(reader->field(labelCol));
        if (label < 0)
            return std::unexpected(rowError(
                *reader, QStringLiteral("label"),
                Tr::tr("'%1' is not a label (0 or 1)").arg(toQString(reader->field(labelCol)))));
        const auto score = parseDouble(reader->field(scoreCol));
        if (!score)
            return std::unexpected(rowError(
                *reader, QStringLiteral("score"),
                Tr::tr("'%1' is not a finite number").arg(toQString(reader->field(scoreCol)))));
        if (m < 0 || model != lastModel || condition != lastCondition) {
            bool added = false;
            m = models.intern(model, added);
            c = conditions.intern(condition, added);
            if (added)
                labels.emplace_back();
            lastModel.assign(model);
            lastCondition.assign(condition);
            if (!currentBlock.empty())
                previousBlock.swap(currentBlock);
            currentBlock.clear();
        }
        const size_t position = currentBlock.size();
        int s = -1;
        if (position < previousBlock.size() && samples.at(int(previousBlock[position])) == sample)
            s = int(previousBlock[position]);
        bool newSample = false;
        if (s < 0)
            s = samples.intern(sample, newSample);
        currentBlock.push_back(std::uint32_t(s));
        if (newSample) {
            const std::string_view patient = trimmedView(reader->field(patientCol));
            bool unused = false;
            t.samplePatient.push_back(patients.intern(patient.empty() ? sample : patient, unused));
            for (size_t a = 0; a < attributeCols.size(); ++a)
                t.sampleAttributes[a] << toQString(trimmedView(reader->field(attributeCols[a])));
        }
        std::vector<std::int8_t>& conditionLabels = labels[size_t(c)];
        if (conditionLabels.size() <= size_t(s))
            conditionLabels.resize(size_t(samples.size()), -1);
        if (conditionLabels[size_t(s)] < 0)
            conditionLabels[size_t(s)] = std::int8_t(label);
        else if (conditionLabels[size_t(s)] != label)
            return std::unexpected(
                rowError(*reader, QStringLiteral("label"),
                         Tr::tr("image %1 has another label for %2 in an earlier row")
                             .arg(toQString(sample), toQString(condition))));
        if (c >= 1024)
            return std::unexpected(rowError(*reader, QStringLiteral("condition"),
                                            Tr::tr("more than 1024 conditions")));
        const size_t block = size_t(m) * 1024 + size_t(c);
        if (seen.size() <= block)
            seen.resize(block + 1);
        std::vector<std::uint8_t>& seenHere = seen[block];
        if (seenHere.size() <= size_t(s))
            seenHere.resize(size_t(samples.size()), 0);
        if (seenHere[size_t(s)])
            return std::unexpected(
                rowError(*reader, QStringLiteral("sample_id"),
                         Tr::tr("a second row for model %1, condition %2 and image %3")
                             .arg(toQString(model), toQString(condition), toQString(sample))));
        seenHere[size_t(s)] = 1;
        if (t.entries.size() <= size_t(m))
            t.entries.resize(size_t(m) + 1);
        if (t.entries[size_t(m)].size() <= size_t(c))
            t.entries[size_t(m)].resize(size_t(c) + 1);
        t.entries[size_t(m)][size_t(c)].push_back({std::uint32_t(s), std::int8_t(label), *score});
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    if (rows == 0)
        return fail(ErrorCode::Format, Tr::tr("the score table has no rows"), path, 2);
    t.models = models.toStringList();
    t.conditions = conditions.toStringList();
    t.sampleIds = samples.toStringList();
    t.patientIds = patients.toStringList();
    for (auto& perModel : t.entries)
        perModel.resize(size_t(t.conditions.size()));
    return t;
}

Grouping sampleGrouping(const ScoreTable& table, int attribute, const AgeBins& bins) {
    const QStringList& values = table.sampleAttributes[size_t(attribute)];
    Grouping g;
    g.attribute = table.attributes[attribute];
    g.codes.assign(size_t(values.size()), -1);
    // An age column of numbers is binned; anything else is taken as categories.
    bool numeric = g.attribute.compare(QStringLiteral("age"), Qt::CaseInsensitive) == 0;
    for (const QString& v : values) {
        if (!numeric)
            break;
        bool ok = v.isEmpty();
        if (!ok)
            v.toDouble(&ok);
        numeric = ok;
    }
    if (numeric) {
        g.groups = bins.labels();
        for (qsizetype s = 0; s < values.size(); ++s)
            g.codes[size_t(s)] = values[s].isEmpty()
                                     ? std::int16_t(-1)
                                     : std::int16_t(bins.indexOf(values[s].toDouble()));
        return g;
    }
    QStringList distinct;
    for (const QString& v : values) {
        if (!v.isEmpty() && !distinct.contains(v))
            distinct << v;
    }
    distinct.sort();
    g.groups = distinct;
    for (qsizetype s = 0; s < values.size(); ++s)
        g.codes[size_t(s)] =
            values[s].isEmpty() ? std::int16_t(-1) : std::int16_t(distinct.indexOf(values[s]));
    return g;
}

std::vector<std::int32_t> patientRanks(const ScoreTable& table) {
    std::vector<std::int32_t> byId(size_t(table.patientIds.size()));
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](std::int32_t a, std::int32_t b) {
        return table.patientIds[a] < table.patientIds[b];
    });
    std::vector<std::int32_t> rank(byId.size());
    for (size_t r = 0; r < byId.size(); ++r)
        rank[size_t(byId[r])] = std::int32_t(r);
    return rank;
}

Result<ConditionData> conditionData(const ScoreTable& table, int condition,
                                    const ScoreGrouping& grouping, const ScoreTable* validation,
                                    qint64* leftOut) {
    ConditionData d;
    d.condition = table.conditions[condition];
    // Images every model scored for this condition.
    std::vector<int> modelIndex;
    for (int m = 0; m < int(table.models.size()); ++m) {
        if (!table.entries[size_t(m)][size_t(condition)].empty())
            modelIndex.push_back(m);
    }
    const size_t samples = size_t(table.sampleIds.size());
    std::vector<int> seenBy(samples, 0);
    std::vector<std::int8_t> label(samples, -1);
    for (int m : modelIndex) {
        for (const ScoreTable::Entry& e : table.entries[size_t(m)][size_t(condition)]) {
            ++seenBy[e.sample];
            label[e.sample] = e.label;
        }
    }
    std::vector<std::uint32_t> rowSample;
    qint64 partial = 0;
    for (size_t s = 0; s < samples; ++s) {
        if (seenBy[s] == int(modelIndex.size()))
            rowSample.push_back(std::uint32_t(s));
        else if (seenBy[s] > 0)
            ++partial;
    }
    // Rows in the order of the images' ids, patients numbered in the order of theirs: the
    // resamples then depend on the images, not on the order a table lists them in, so a table
    // read back from its file gives the numbers of the table it was written from.
    std::sort(rowSample.begin(), rowSample.end(), [&](std::uint32_t a, std::uint32_t b) {
        return table.sampleIds[a] < table.sampleIds[b];
    });
    std::vector<std::int32_t> row(samples, -1);
    for (size_t r = 0; r < rowSample.size(); ++r)
        row[rowSample[r]] = std::int32_t(r);
    const std::vector<std::int32_t> patientRank = patientRanks(table);
    if (leftOut)
        *leftOut = partial;
    for (int m : modelIndex) {
        d.models << table.models[m];
        std::vector<double> scores(rowSample.size());
        for (const ScoreTable::Entry& e : table.entries[size_t(m)][size_t(condition)]) {
            if (row[e.sample] >= 0)
                scores[size_t(row[e.sample])] = e.score;
        }
        d.scores.push_back(std::move(scores));
    }
    for (std::uint32_t s : rowSample) {
        d.labels.push_back(label[s]);
        d.patients.push_back(patientRank[size_t(table.samplePatient[s])]);
    }
    d.samples = rowSample;

    auto subset = [&](const Grouping& g) {
        Grouping out;
        out.attribute = g.attribute;
        out.groups = g.groups;
        for (std::uint32_t s : rowSample)
            out.codes.push_back(g.codes[s]);
        return out;
    };
    QStringList names = grouping.attributes.isEmpty() ? table.attributes : grouping.attributes;
    names.removeAll(grouping.confounder);
    std::vector<Grouping> byName;
    for (const QString& name : names) {
        const qsizetype a = table.attributes.indexOf(name);
        if (a < 0) {
            return fail(ErrorCode::MissingColumn,
                        Tr::tr("no attribute column '%1' (the table has: %2)")
                            .arg(name, table.attributes.join(QStringLiteral(", "))),
                        table.path, 1, name);
        }
        byName.push_back(subset(sampleGrouping(table, int(a), grouping.ageBins)));
        d.attributes.push_back(byName.back());
    }
    for (const QStringList& parts : grouping.intersections) {
        std::vector<const Grouping*> singles;
        for (const QString& p : parts) {
            const qsizetype i = names.indexOf(p);
            if (i < 0)
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("the intersection %1 names an attribute that is not reported")
                                .arg(parts.join(QLatin1Char(':'))));
            singles.push_back(&byName[size_t(i)]);
        }
        Grouping g;
        g.attribute = intersectionName(parts);
        QHash<QString, int> index;
        QStringList labelsOfRow;
        for (size_t r = 0; r < rowSample.size(); ++r) {
            QStringList label;
            bool missing = false;
            for (const Grouping* s : singles) {
                if (s->codes[r] < 0) {
                    missing = true;
                    break;
                }
                label << s->groups[s->codes[r]];
            }
            labelsOfRow << (missing ? QString() : label.join(QStringLiteral(" / ")));
        }
        QStringList distinct;
        for (const QString& l : labelsOfRow) {
            if (!l.isEmpty() && !distinct.contains(l))
                distinct << l;
        }
        distinct.sort();
        g.groups = distinct;
        for (const QString& l : labelsOfRow)
            g.codes.push_back(l.isEmpty() ? std::int16_t(-1) : std::int16_t(distinct.indexOf(l)));
        d.attributes.push_back(std::move(g));
    }
    d.matchOn.assign(d.attributes.size(), {});
    if (!grouping.match.isEmpty() || grouping.matchDefaults) {
        QStringList covariateNames;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const bool given = !grouping.match.isEmpty();
            QStringList wanted = given ? grouping.match : defaultMatchCovariates(names[i]);
            wanted.removeAll(names[i]);
            for (const QString& w : wanted) {
                const qsizetype column = table.attributes.indexOf(w);
                if (column < 0 && given)
                    return fail(ErrorCode::MissingColumn,
                                Tr::tr("no column '%1' to match on (the table has: %2)")
                                    .arg(w, table.attributes.join(QStringLiteral(", "))),
                                table.path, 1, w);
                if (column < 0)
                    continue;
                if (!covariateNames.contains(w)) {
                    covariateNames << w;
                    d.covariates.push_back(
                        subset(sampleGrouping(table, int(column), grouping.ageBins)));
                }
                d.matchOn[size_t(i)].push_back(int(covariateNames.indexOf(w)));
            }
        }
    }
    d.unknownLabels.resize(d.attributes.size());
    for (size_t a = 0; a < d.attributes.size(); ++a)
        d.unknownLabels[a].assign(size_t(d.attributes[a].groups.size()), 0);

    if (validation) {
        const qsizetype vc = validation->conditions.indexOf(d.condition);
        // Validation rows every model scored, aligned across models.
        std::vector<std::vector<double>> perModel(size_t(d.models.size()));
        if (vc >= 0) {
            std::vector<int> count(size_t(validation->sampleIds.size()), 0);
            std::vector<std::int8_t> vlabel(count.size(), -1);
            std::vector<int> vm;
            for (const QString& model : d.models)
                vm.push_back(int(validation->models.indexOf(model)));
            for (int m : vm) {
                if (m < 0)
                    continue;
                for (const ScoreTable::Entry& e : validation->entries[size_t(m)][size_t(vc)]) {
                    ++count[e.sample];
                    vlabel[e.sample] = e.label;
                }
            }
            const int needed =
                int(std::count_if(vm.begin(), vm.end(), [](int m) { return m >= 0; }));
            std::vector<std::int32_t> vrow(count.size(), -1);
            for (size_t s = 0; s < count.size(); ++s) {
                if (needed > 0 && count[s] == needed) {
                    vrow[s] = std::int32_t(d.validationLabels.size());
                    d.validationLabels.push_back(vlabel[s]);
                }
            }
            for (size_t i = 0; i < vm.size(); ++i) {
                if (vm[i] < 0)
                    continue;
                perModel[i].assign(d.validationLabels.size(), 0.0);
                for (const ScoreTable::Entry& e : validation->entries[size_t(vm[i])][size_t(vc)]) {
                    if (vrow[e.sample] >= 0)
                        perModel[i][size_t(vrow[e.sample])] = e.score;
                }
            }
        }
        d.validationScores = std::move(perModel);
    }
    return d;
}

Result<void> appendModels(ScoreTable& into, const ScoreTable& other) {
    if (into.models.isEmpty()) {
        into = other;
        return {};
    }
    if (into.sampleIds != other.sampleIds || into.attributes != other.attributes)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the scores of %1 are of other images than those of %2")
                        .arg(other.models.join(QStringLiteral(", ")), into.models.first()));
    for (const QString& c : other.conditions)
        if (!into.conditions.contains(c)) {
            into.conditions << c;
            for (auto& model : into.entries)
                model.emplace_back();
        }
    for (qsizetype m = 0; m < other.models.size(); ++m) {
        if (into.models.contains(other.models[m]))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("two score sets of the model %1").arg(other.models[m]));
        into.models << other.models[m];
        into.entries.emplace_back(size_t(into.conditions.size()));
        for (qsizetype c = 0; c < other.conditions.size(); ++c)
            into.entries.back()[size_t(into.conditions.indexOf(other.conditions[c]))] =
                other.entries[size_t(m)][size_t(c)];
    }
    return {};
}

} // namespace cxrfair

#include "stats/scoretable.h"

#include "data/cohortsettings.h"
#include "data/csvreader.h"
#include "data/csvwriter.h"
#include "data/valueparsers.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ScoreTable)
};

Error rowError(const CsvReader& reader, const QString& column, const QString& message) {
    return Error{ErrorCode::InvalidValue, message, reader.path(), reader.line(), column, {}, {}};
}

int indexOf(QStringList& list, const QString& value) {
    qsizetype i = list.indexOf(value);
    if (i < 0) {
        list << value;
        i = list.size() - 1;
    }
    return int(i);
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
    char number[32];
    for (size_t m = 0; m < table.entries.size(); ++m) {
        const std::string model = table.models[qsizetype(m)].toStdString();
        for (size_t c = 0; c < table.entries[m].size(); ++c) {
            const std::string condition = table.conditions[qsizetype(c)].toStdString();
            for (const ScoreTable::Entry& e : table.entries[m][c]) {
                const auto end = std::to_chars(number, number + sizeof number, e.score).ptr;
                row = {model,
                       condition,
                       table.sampleIds[e.sample].toStdString(),
                       table.patientIds[table.samplePatient[e.sample]].toStdString(),
                       e.label ? "1" : "0",
                       std::string(number, end)};
                for (const QStringList& values : table.sampleAttributes)
                    row.push_back(values[e.sample].toStdString());
                writer->writeRow(row);
            }
        }
    }
    return writer->close();
}

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

    QHash<QString, int> sampleIndex;
    QStringList patients;
    QHash<QString, int> patientIndex;
    // (condition, sample) -> label, to check that models agree.
    std::unordered_map<std::uint64_t, std::int8_t> labels;
    std::unordered_map<std::uint64_t, char> seen;
    qint64 rows = 0;
    while (reader->next()) {
        ++rows;
        const QString model = toQString(trimmedView(reader->field(modelCol)));
        const QString condition = toQString(trimmedView(reader->field(conditionCol)));
        const QString sample = toQString(trimmedView(reader->field(sampleCol)));
        const QString patient = toQString(trimmedView(reader->field(patientCol)));
        if (model.isEmpty())
            return std::unexpected(
                rowError(*reader, QStringLiteral("model"), Tr::tr("empty model name")));
        if (condition.isEmpty())
            return std::unexpected(
                rowError(*reader, QStringLiteral("condition"), Tr::tr("empty condition")));
        if (sample.isEmpty())
            return std::unexpected(
                rowError(*reader, QStringLiteral("sample_id"), Tr::tr("empty sample id")));
        const auto labelValue = parseDouble(reader->field(labelCol));
        if (!labelValue || (*labelValue != 0.0 && *labelValue != 1.0)) {
            return std::unexpected(rowError(
                *reader, QStringLiteral("label"),
                Tr::tr("'%1' is not a label (0 or 1)").arg(toQString(reader->field(labelCol)))));
        }
        const auto score = parseDouble(reader->field(scoreCol));
        if (!score) {
            return std::unexpected(rowError(
                *reader, QStringLiteral("score"),
                Tr::tr("'%1' is not a finite number").arg(toQString(reader->field(scoreCol)))));
        }
        const int m = indexOf(t.models, model);
        const int c = indexOf(t.conditions, condition);
        int s = sampleIndex.value(sample, -1);
        if (s < 0) {
            s = int(t.sampleIds.size());
            sampleIndex.insert(sample, s);
            t.sampleIds << sample;
            int p = patientIndex.value(patient.isEmpty() ? sample : patient, -1);
            if (p < 0) {
                p = int(patients.size());
                patients << (patient.isEmpty() ? sample : patient);
                patientIndex.insert(patients.back(), p);
            }
            t.samplePatient.push_back(p);
            for (size_t a = 0; a < attributeCols.size(); ++a)
                t.sampleAttributes[a] << toQString(trimmedView(reader->field(attributeCols[a])));
        }
        const std::int8_t label = std::int8_t(*labelValue);
        const std::uint64_t conditionSample = (std::uint64_t(c) << 32) | std::uint32_t(s);
        if (const auto it = labels.find(conditionSample); it != labels.end()) {
            if (it->second != label) {
                return std::unexpected(
                    rowError(*reader, QStringLiteral("label"),
                             Tr::tr("image %1 has another label for %2 in an earlier row")
                                 .arg(sample, condition)));
            }
        } else {
            labels.emplace(conditionSample, label);
        }
        if (!seen.emplace((std::uint64_t(m) << 48) ^ (std::uint64_t(c) << 32) ^ std::uint32_t(s), 1)
                 .second) {
            return std::unexpected(
                rowError(*reader, QStringLiteral("sample_id"),
                         Tr::tr("a second row for model %1, condition %2 and image %3")
                             .arg(model, condition, sample)));
        }
        if (t.entries.size() <= size_t(m))
            t.entries.resize(size_t(m) + 1);
        if (t.entries[size_t(m)].size() <= size_t(c))
            t.entries[size_t(m)].resize(size_t(c) + 1);
        t.entries[size_t(m)][size_t(c)].push_back({std::uint32_t(s), label, *score});
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    if (rows == 0)
        return fail(ErrorCode::Format, Tr::tr("the score table has no rows"), path, 2);
    for (auto& perModel : t.entries)
        perModel.resize(size_t(t.conditions.size()));
    t.patientIds = patients;
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
    std::vector<std::int32_t> row(samples, -1);
    std::vector<std::uint32_t> rowSample;
    qint64 partial = 0;
    for (size_t s = 0; s < samples; ++s) {
        if (seenBy[s] == int(modelIndex.size())) {
            row[s] = std::int32_t(rowSample.size());
            rowSample.push_back(std::uint32_t(s));
        } else if (seenBy[s] > 0) {
            ++partial;
        }
    }
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
        d.patients.push_back(table.samplePatient[s]);
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

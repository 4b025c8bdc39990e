#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "data/categoricalcolumn.h"
#include "data/cohortsettings.h"
#include "data/datasetsource.h"
#include "data/grouping.h"
#include "data/labelstate.h"
#include "data/problemlog.h"
#include "data/stringcolumn.h"

#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace cxrfair {

/// What happened while a dataset was read: how many rows were read, left out and why, and
/// the problems found. Nothing is dropped without being counted here.
struct LoadReport {
    qint64 rowsRead = 0;        ///< data rows of the main table
    qint64 invalidRows = 0;     ///< rows skipped for an unparseable value (each one in problems)
    qint64 excludedBySplit = 0; ///< rows outside the split filter
    qint64 excludedByView = 0;  ///< rows outside the view filter
    qint64 unlabeled = 0;     ///< rows with no label record (MIMIC studies missing from the labels)
    qint64 missingImages = 0; ///< rows whose image file does not exist
    ProblemLog problems;
    QStringList filesRead;
};

/// The columns a reader fills, one entry per row of the dataset's main table that parsed.
/// Readers append to every column for every row; Cohort::build does the rest.
struct CohortColumns {
    QStringList tables;  ///< files that `sourceTable` and `sourceLine` refer to
    QString imageColumn; ///< its image column, for problems
    QStringList conditions;
    StringColumn imagePath; ///< relative to the dataset root
    StringColumn sampleId;  ///< the dataset's image key (NIH Image Index, dicom_id)
    StringColumn patientId;
    std::vector<std::uint32_t> sourceLine; ///< line of the row in its table
    std::vector<std::uint8_t> sourceTable; ///< index into `tables`; empty when there is one table
    std::vector<std::vector<LabelState>> labels;    ///< [condition][row]
    std::vector<std::uint8_t> labelled;             ///< 0 when the row has no label record
    std::vector<float> age;                         ///< years; NaN when missing
    CategoricalColumn sex{QStringLiteral("sex")};   ///< "F" / "M"
    CategoricalColumn race{QStringLiteral("race")}; ///< the dataset's own strings
    CategoricalColumn view{QStringLiteral("view")}; ///< PA, AP, LATERAL, ...
    CategoricalColumn split{QStringLiteral("split")};
    std::vector<CategoricalColumn> extra; ///< further attributes (NIH drains: "drain")

    void setConditions(QStringList names);
    size_t rows() const { return sampleId.size(); }
    CategoricalColumn& extraColumn(const QString& name);
    /// Appends a row's labels (one per condition, in order) and marks it labelled.
    void appendLabels(const LabelState* states);
    void appendUnlabelled();
};

/// One row per image: image path, patient, labels per condition and demographic attributes,
/// stored column by column. Built once by a reader; label policies, age bins, race mapping and
/// sex names are applied when read, so changing them needs no reload. Copies are cheap: they
/// share the (immutable) columns and each has its own settings.
class Cohort {
public:
    Cohort() = default;

    /// Applies the settings' row filters, checks that images exist, indexes patients.
    static Result<Cohort> build(DatasetSource source, CohortSettings settings,
                                CohortColumns columns, LoadReport report,
                                const Progress& control = {});

    const DatasetSource& source() const { return m_source; }
    DatasetFormat format() const { return m_source.format; }
    const CohortSettings& settings() const { return m_settings; }
    /// Replaces the settings that act at read time (labels, bins, mapping, names). Row filters
    /// (splits, views, image check) only take effect on a reload.
    void setSettings(const CohortSettings& settings) { m_settings = settings; }
    const LoadReport& report() const { return m_data->report; }

    size_t size() const { return m_data ? m_data->columns.rows() : 0; }
    QString imagePath(size_t row) const; ///< absolute
    std::string_view relativeImagePath(size_t row) const {
        return m_data->columns.imagePath.view(row);
    }
    QString sampleId(size_t row) const { return m_data->columns.sampleId.at(row); }
    std::int32_t patientIndex(size_t row) const { return m_data->patient[row]; }
    QString patientId(size_t row) const {
        return m_data->patientIds.at(size_t(m_data->patient[row]));
    }
    size_t patientCount() const { return m_data->patientIds.size(); }
    /// The table and line this row was read from.
    QString sourceTable(size_t row) const;
    std::uint32_t sourceLine(size_t row) const { return m_data->columns.sourceLine[row]; }

    const QStringList& conditions() const { return m_data->columns.conditions; }
    int conditionIndex(const QString& name) const;
    LabelState rawLabel(int condition, size_t row) const {
        return m_data->columns.labels[size_t(condition)][row];
    }
    /// 1, 0, or -1 (unknown) under the current label policies.
    std::int8_t label(int condition, size_t row) const;
    std::vector<std::int8_t> labels(int condition) const;

    float age(size_t row) const { return m_data->columns.age[row]; }
    /// Attributes this cohort has values for: sex, age, race, view, split, then extras.
    QStringList attributeNames() const;
    /// The raw column of a categorical attribute (not age), or nullptr.
    const CategoricalColumn* rawAttribute(const QString& name) const;
    /// Groups of `attribute` ("sex", "age", "race", "drain", ..., or "sex x age") under the
    /// current settings.
    Result<Grouping> grouping(const QString& attribute) const;

    size_t memoryBytes() const;

private:
    Result<Grouping> singleGrouping(const QString& attribute) const;
    static Grouping categoricalGrouping(const CategoricalColumn& column, const QString& name);

    struct Data {
        CohortColumns columns;
        LoadReport report;
        std::vector<std::int32_t> patient;
        StringColumn patientIds;
    };
    DatasetSource m_source;
    CohortSettings m_settings;
    std::shared_ptr<const Data> m_data;
};

} // namespace cxrfair

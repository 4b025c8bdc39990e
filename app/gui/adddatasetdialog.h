#pragma once

#include "data/cohort.h"
#include "data/columnmapping.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace cxrfair {

class CohortSummaryView;

/// Adding a dataset: pick a folder; the layout is detected (or chosen); the cohort is read in
/// the background and its summary and problems are shown before anything is added. A generic
/// CSV gets a column mapping: the table, the image column, the patient and attribute columns
/// and the label columns, picked from the table's header.
class AddDatasetDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddDatasetDialog(QWidget* parent = nullptr);
    ~AddDatasetDialog() override;

    void setRoot(const QString& root);
    /// Chooses the layout; nullopt detects it.
    void setFormat(std::optional<DatasetFormat> format);
    /// For a generic CSV: the table (relative to the root) and its columns.
    void setMapping(const ColumnMapping& mapping);
    ColumnMapping mapping() const;
    /// Reads the cohort in the background (called after every change, after a short pause).
    void preview();

    /// The previewed cohort, once it has been read without error.
    const std::optional<Cohort>& cohort() const { return m_cohort; }
    bool isReading() const { return m_watcher.isRunning(); }
    QString problem() const;

Q_SIGNALS:
    /// The preview finished (with a cohort or a problem).
    void previewed();

private:
    void browse();
    void formatChanged();
    void tableChanged();
    /// Reads the table's header and first rows with the chosen delimiter.
    void readTable();
    void showPreview();
    DatasetSource source(QString* problem) const;

    QLineEdit* m_root;
    QComboBox* m_format;
    QLabel* m_detected;
    QGroupBox* m_mappingBox;
    QComboBox* m_table;
    QComboBox* m_image;
    QComboBox* m_patient;
    QComboBox* m_sex;
    QComboBox* m_age;
    QComboBox* m_race;
    QComboBox* m_view;
    QListWidget* m_labels;
    QComboBox* m_delimiter;
    QLabel* m_delimiterNote;
    QTableWidget* m_tablePreview;
    QLabel* m_status;
    CohortSummaryView* m_summary;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<Result<Cohort>> m_watcher;
    std::optional<Cohort> m_cohort;
    bool m_pending = false;
    QString m_mappingFile;
};

} // namespace cxrfair

#pragma once

#include "common/error.h"
#include "models/modelexporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QProcess>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cxrfair {

/// Making a model bundle from a model's published weights, with the model exporter
/// (tools/export) run as a separate process: the model, its checkpoint file or folder, the
/// vocabulary and configuration when they are elsewhere, and the bundle to write. The
/// exporter's output scrolls in the dialog; Cancel stops it and leaves nothing half written.
class ExportModelDialog : public QDialog {
    Q_OBJECT
public:
    /// `datasetOpen`: offer to run the new bundle on the selected dataset.
    explicit ExportModelDialog(bool datasetOpen, QWidget* parent = nullptr);
    ~ExportModelDialog() override;

    void setModel(const QString& id); ///< chexzero, biovil, ...
    void setCheckpoint(const QString& path);
    void setVocabulary(const QString& path);
    void setConfiguration(const QString& path);
    void setOutput(const QString& path);

    QString output() const;
    bool runOnDataset() const;
    QString log() const;
    bool isRunning() const;
    /// Whether the exporter and a Python were found (the search runs in the background).
    bool exporterFound() const { return m_exporter.has_value(); }
    /// Why the export cannot start yet (empty when it can).
    QString problem() const;

    void startExport();
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    /// The exporter ended: `ok` when the bundle was written.
    void exportEnded(bool ok);

private:
    void finderFinished();
    /// The model or checkpoint changed: the hint and the default bundle path follow.
    void inputsChanged();
    void browseCheckpoint(bool folder);
    void browseFile(QLineEdit* edit, const QString& title);
    void browseOutput();
    void appendOutput();
    void processEnded(int exitCode, QProcess::ExitStatus status);
    void setRunning(bool running);
    void validate();

    QFutureWatcher<Result<ModelExporter>> m_finder;
    std::optional<ModelExporter> m_exporter;
    QProcess* m_process;
    QTimer* m_stopTimer; ///< kills the exporter when it does not stop in time
    bool m_outputEdited = false;
    bool m_cancelled = false;

    QComboBox* m_model;
    QLabel* m_hint;
    QLineEdit* m_checkpoint;
    QLineEdit* m_vocabulary;
    QLineEdit* m_configuration;
    QLineEdit* m_output;
    QCheckBox* m_run;
    QPlainTextEdit* m_log;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    QList<QWidget*> m_inputs;
};

} // namespace cxrfair

#include "exportmodeldialog.h"
#include "common/settings.h"

#include "formrows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

namespace cxrfair {

namespace {

constexpr int kStopGraceMs = 10000;

struct ModelChoice {
    const char* id;
    const char* name;
};

constexpr ModelChoice kModels[] = {
    {"medclip", "MedCLIP"},   {"biovil", "BioViL"},
    {"biovil-t", "BioViL-T"}, {"medimageinsight", "MedImageInsight"},
    {"chexzero", "CheXzero"}, {"cxr-clip", "CXR-CLIP"},
};

} // namespace

ExportModelDialog::ExportModelDialog(bool datasetOpen, QWidget* parent)
    : QDialog(parent)
    , m_process(new QProcess(this))
    , m_stopTimer(new QTimer(this))
    , m_model(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_checkpoint(new QLineEdit(this))
    , m_vocabulary(new QLineEdit(this))
    , m_configuration(new QLineEdit(this))
    , m_output(new QLineEdit(this))
    , m_run(new QCheckBox(tr("&Run the bundle on the selected dataset when it is made"), this))
    , m_log(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(tr("&Make Bundle"), QDialogButtonBox::AcceptRole)) {
    setWindowTitle(tr("Make a Model Bundle from Published Weights"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(
        tr("cxrfair runs a model from a bundle. The model exporter makes one from the weights "
           "that the model's authors publish, with the preprocessing of the study. It needs "
           "Python 3 with PyTorch; docs/models.md says where each model's files come from."),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const ModelChoice& choice : kModels)
        m_model->addItem(QString::fromLatin1(choice.name), QString::fromLatin1(choice.id));
    form->addRow(buddyLabel(tr("&Model:"), m_model), m_model);
    m_hint->setWordWrap(true);
    form->addRow(QString(), m_hint);
    auto* checkpointFile = new QPushButton(tr("File..."), this);
    auto* checkpointFolder = new QPushButton(tr("Folder..."), this);
    auto* vocabularyButton = new QPushButton(tr("Browse..."), this);
    auto* configurationButton = new QPushButton(tr("Browse..."), this);
    auto* outputButton = new QPushButton(tr("Browse..."), this);
    form->addRow(buddyLabel(tr("&Checkpoint:"), m_checkpoint),
                 lineWithButtons(m_checkpoint, {checkpointFile, checkpointFolder}));
    form->addRow(buddyLabel(tr("&Vocabulary:"), m_vocabulary),
                 lineWithButtons(m_vocabulary, {vocabularyButton}));
    form->addRow(buddyLabel(tr("C&onfiguration:"), m_configuration),
                 lineWithButtons(m_configuration, {configurationButton}));
    form->addRow(buddyLabel(tr("&Bundle:"), m_output), lineWithButtons(m_output, {outputButton}));
    m_vocabulary->setPlaceholderText(tr("when it is not beside the checkpoint"));
    m_configuration->setPlaceholderText(tr("CXR-CLIP: the text model's config.json (optional)"));
    m_output->setPlaceholderText(tr("NAME.cxrmodel"));
    m_run->setChecked(datasetOpen);
    m_run->setVisible(datasetOpen);
    form->addRow(m_run);
    m_log->setReadOnly(true);
    m_log->setMinimumHeight(140);
    m_log->setPlaceholderText(tr("The exporter's messages appear here."));
    form->addRow(m_log);
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    m_inputs = {
        m_model,        m_checkpoint,     m_vocabulary,     m_configuration,     m_output,
        checkpointFile, checkpointFolder, vocabularyButton, configurationButton, outputButton,
        m_run};

    connect(m_model, &QComboBox::currentIndexChanged, this, &ExportModelDialog::inputsChanged);
    connect(m_checkpoint, &QLineEdit::textChanged, this, &ExportModelDialog::inputsChanged);
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_outputEdited = true; });
    connect(m_output, &QLineEdit::textChanged, this, &ExportModelDialog::validate);
    connect(checkpointFile, &QPushButton::clicked, this, [this] { browseCheckpoint(false); });
    connect(checkpointFolder, &QPushButton::clicked, this, [this] { browseCheckpoint(true); });
    connect(vocabularyButton, &QPushButton::clicked, this,
            [this] { browseFile(m_vocabulary, tr("Choose the Vocabulary")); });
    connect(configurationButton, &QPushButton::clicked, this,
            [this] { browseFile(m_configuration, tr("Choose the Text Model's Configuration")); });
    connect(outputButton, &QPushButton::clicked, this, &ExportModelDialog::browseOutput);
    connect(m_export, &QPushButton::clicked, this, &ExportModelDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportModelDialog::reject);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ExportModelDialog::appendOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &ExportModelDialog::appendOutput);
    connect(m_process, &QProcess::finished, this, &ExportModelDialog::processEnded);
    m_stopTimer->setSingleShot(true);
    m_stopTimer->setInterval(kStopGraceMs);
    connect(m_stopTimer, &QTimer::timeout, m_process, &QProcess::kill);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processEnded(-1, QProcess::CrashExit);
    });

    // Finding a Python with PyTorch starts an interpreter: off the event loop.
    connect(&m_finder, &QFutureWatcherBase::finished, this, &ExportModelDialog::finderFinished);
    m_finder.setFuture(QtConcurrent::run([] { return findModelExporter(); }));
    resize(640, sizeHint().height());
    inputsChanged();
}

ExportModelDialog::~ExportModelDialog() {
    m_finder.waitForFinished();
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(kStopGraceMs);
        QDir(output() + QStringLiteral(".partial")).removeRecursively();
    }
}

void ExportModelDialog::setModel(const QString& id) {
    m_model->setCurrentIndex(std::max(0, m_model->findData(id)));
}

void ExportModelDialog::setCheckpoint(const QString& path) {
    m_checkpoint->setText(path);
}

void ExportModelDialog::setVocabulary(const QString& path) {
    m_vocabulary->setText(path);
}

void ExportModelDialog::setConfiguration(const QString& path) {
    m_configuration->setText(path);
}

void ExportModelDialog::setOutput(const QString& path) {
    m_output->setText(path);
    m_outputEdited = true;
}

QString ExportModelDialog::output() const {
    return QFileInfo(m_output->text().trimmed()).absoluteFilePath();
}

bool ExportModelDialog::runOnDataset() const {
    // isHidden, not isVisible: the answer is read after the dialog has closed.
    return !m_run->isHidden() && m_run->isChecked();
}

QString ExportModelDialog::log() const {
    return m_log->toPlainText();
}

bool ExportModelDialog::isRunning() const {
    return m_process->state() != QProcess::NotRunning;
}

QString ExportModelDialog::problem() const {
    return m_problem->text();
}

void ExportModelDialog::finderFinished() {
    const Result<ModelExporter> found = m_finder.result();
    if (found) {
        m_exporter = *found;
        if (!found->pythonHasTorch)
            m_log->appendPlainText(
                tr("No Python with PyTorch was found (Debian: apt install python3-torch "
                   "python3-torchvision); the exporter will say what is missing."));
    } else {
        m_log->appendPlainText(found.error().message);
    }
    validate();
}

void ExportModelDialog::inputsChanged() {
    const QString id = m_model->currentData().toString();
    static const QHash<QString, const char*> hints = {
        {QStringLiteral("medclip"),
         QT_TR_NOOP("The MedCLIP weights folder (pytorch_model.bin) and Bio_ClinicalBERT's "
                    "vocab.txt. Needs the medclip and transformers packages.")},
        {QStringLiteral("biovil"),
         QT_TR_NOOP("The Hugging Face folder microsoft/BiomedVLP-CXR-BERT-specialized: image "
                    "weights, text model and vocab.txt.")},
        {QStringLiteral("biovil-t"),
         QT_TR_NOOP("The Hugging Face folder microsoft/BiomedVLP-BioViL-T: image weights, text "
                    "model and vocab.txt.")},
        {QStringLiteral("medimageinsight"),
         QT_TR_NOOP("The folder of the MedImageInsights release (medimageinsightmodel.py and "
                    "2024.09.27/). Needs the release's packages.")},
        {QStringLiteral("chexzero"),
         QT_TR_NOOP("A CheXzero checkpoint (.pt) and CLIP's bpe_simple_vocab_16e6.txt.gz.")},
        {QStringLiteral("cxr-clip"),
         QT_TR_NOOP("A CXR-CLIP ResNet-50 checkpoint (r50_*.tar), Bio_ClinicalBERT's vocab.txt "
                    "and its config.json.")},
    };
    m_hint->setText(tr(hints.value(id)));
    if (!m_outputEdited) {
        const QFileInfo checkpoint(m_checkpoint->text().trimmed());
        m_output->setText(
            m_checkpoint->text().trimmed().isEmpty()
                ? QString()
                : checkpoint.absoluteDir().filePath(id + QStringLiteral(".cxrmodel")));
    }
    validate();
}

void ExportModelDialog::browseCheckpoint(bool folder) {
    const QString start = settings::lastCheckpointFolder.value();
    const QString path =
        folder ? QFileDialog::getExistingDirectory(this, tr("Choose the Model's Folder"), start)
               : QFileDialog::getOpenFileName(
                     this, tr("Choose the Checkpoint"), start,
                     tr("PyTorch checkpoints (*.pt *.pth *.bin *.tar *.ckpt);;"
                        "All files (*)"));
    if (path.isEmpty())
        return;
    settings::lastCheckpointFolder.set(QFileInfo(path).absolutePath());
    m_checkpoint->setText(path);
}

void ExportModelDialog::browseFile(QLineEdit* edit, const QString& title) {
    const QString start = QFileInfo(m_checkpoint->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, title, start);
    if (!path.isEmpty())
        edit->setText(path);
}

void ExportModelDialog::browseOutput() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the Bundle As"), output(),
                                                      tr("Model bundles (*.cxrmodel)"));
    if (path.isEmpty())
        return;
    setOutput(path.endsWith(QStringLiteral(".cxrmodel")) ? path
                                                         : path + QStringLiteral(".cxrmodel"));
}

void ExportModelDialog::validate() {
    QString problem;
    const QString checkpoint = m_checkpoint->text().trimmed();
    if (!m_finder.isFinished())
        problem = tr("Looking for Python and the model exporter...");
    else if (!m_exporter)
        problem = tr("The model exporter cannot run: see its message above.");
    else if (checkpoint.isEmpty())
        problem = tr("Choose the checkpoint file or folder.");
    else if (!QFileInfo::exists(checkpoint))
        problem = tr("No file or folder %1.").arg(checkpoint);
    else if (m_output->text().trimmed().isEmpty())
        problem = tr("Choose where to write the bundle.");
    else if (QFileInfo::exists(output()))
        problem = tr("%1 exists already: choose another bundle name.").arg(output());
    m_problem->setText(problem);
    m_export->setEnabled(problem.isEmpty() && !isRunning());
}

void ExportModelDialog::startExport() {
    validate();
    if (!problem().isEmpty() || isRunning())
        return;
    QStringList arguments{m_model->currentData().toString(), QStringLiteral("--checkpoint"),
                          QFileInfo(m_checkpoint->text().trimmed()).absoluteFilePath()};
    if (!m_vocabulary->text().trimmed().isEmpty())
        arguments << QStringLiteral("--vocab") << m_vocabulary->text().trimmed();
    if (!m_configuration->text().trimmed().isEmpty())
        arguments << QStringLiteral("--config") << m_configuration->text().trimmed();
    arguments << QStringLiteral("--out") << output();
    m_log->clear();
    m_cancelled = false;
    setRunning(true);
    m_process->start(m_exporter->python, m_exporter->arguments(arguments));
}

void ExportModelDialog::cancelExport() {
    if (!isRunning())
        return;
    m_cancelled = true;
    // The exporter removes its partial bundle when asked to stop; a kill (when it does not stop
    // in time) leaves that to processEnded. Nothing here waits on the event loop's thread.
    m_process->terminate();
    m_stopTimer->start();
}

void ExportModelDialog::reject() {
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportModelDialog::appendOutput() {
    const QString text =
        QString::fromUtf8(m_process->readAllStandardOutput() + m_process->readAllStandardError());
    if (!text.trimmed().isEmpty())
        m_log->appendPlainText(text.trimmed());
}

void ExportModelDialog::processEnded(int exitCode, QProcess::ExitStatus status) {
    m_stopTimer->stop();
    appendOutput();
    setRunning(false);
    QDir(output() + QStringLiteral(".partial")).removeRecursively();
    const bool ok = status == QProcess::NormalExit && exitCode == 0 && !m_cancelled;
    if (m_cancelled)
        m_log->appendPlainText(tr("Cancelled: no bundle was written."));
    else if (!ok && m_process->error() == QProcess::FailedToStart)
        m_log->appendPlainText(
            tr("Could not start %1: %2").arg(m_exporter->python, m_process->errorString()));
    if (ok) {
        m_export->setEnabled(false);
        m_problem->setText(tr("The bundle is written."));
    } else {
        validate();
    }
    Q_EMIT exportEnded(ok);
    if (ok)
        accept();
}

void ExportModelDialog::setRunning(bool running) {
    for (QWidget* input : std::as_const(m_inputs))
        input->setEnabled(!running);
    m_export->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("&Stop") : tr("Cancel"));
    m_problem->setText(running ? tr("Making the bundle...") : m_problem->text());
}

} // namespace cxrfair

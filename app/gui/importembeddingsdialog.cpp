#include "importembeddingsdialog.h"
#include "common/settings.h"

#include "formrows.h"

#include "data/csvreader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cxrfair {

ImportEmbeddingsDialog::ImportEmbeddingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_array(new QLineEdit(this))
    , m_keys(new QLineEdit(this))
    , m_idColumn(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import Embeddings"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(
        tr("Embeddings computed elsewhere join the dataset as a model of their own, for the "
           "PCA and probe views and export. They have no text encoder, so they are not "
           "scored."),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* browseArrayButton = new QPushButton(tr("Browse..."), this);
    auto* browseKeysButton = new QPushButton(tr("Browse..."), this);
    form->addRow(buddyLabel(tr("&Array (.npy):"), m_array),
                 lineWithButtons(m_array, {browseArrayButton}));
    form->addRow(buddyLabel(tr("&Keys (.csv):"), m_keys),
                 lineWithButtons(m_keys, {browseKeysButton}));
    form->addRow(buddyLabel(tr("&Image id column:"), m_idColumn), m_idColumn);
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    m_array->setPlaceholderText(tr("one row per image, float32 or float64"));
    m_keys->setPlaceholderText(tr("a CSV aligned with the array's rows"));
    m_idColumn->addItem(tr("(automatic)"), QString());
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(browseArrayButton, &QPushButton::clicked, this, &ImportEmbeddingsDialog::browseArray);
    connect(browseKeysButton, &QPushButton::clicked, this, &ImportEmbeddingsDialog::browseKeys);
    connect(m_array, &QLineEdit::textChanged, this, [this] {
        m_name->setPlaceholderText(QFileInfo(m_array->text()).completeBaseName());
        validate();
    });
    connect(m_keys, &QLineEdit::textChanged, this, &ImportEmbeddingsDialog::keysChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    validate();
}

void ImportEmbeddingsDialog::setArray(const QString& path) {
    m_array->setText(path);
}

void ImportEmbeddingsDialog::setKeys(const QString& path) {
    m_keys->setText(path);
}

void ImportEmbeddingsDialog::setIdColumn(const QString& column) {
    const int i = m_idColumn->findData(column);
    m_idColumn->setCurrentIndex(std::max(0, i));
}

void ImportEmbeddingsDialog::setName(const QString& name) {
    m_name->setText(name);
}

EmbeddingImportRequest ImportEmbeddingsDialog::request() const {
    EmbeddingImportRequest request;
    request.npyPath = QFileInfo(m_array->text()).absoluteFilePath();
    request.keysPath = QFileInfo(m_keys->text()).absoluteFilePath();
    request.idColumn = m_idColumn->currentData().toString();
    request.name = m_name->text().trimmed();
    return request;
}

QString ImportEmbeddingsDialog::problem() const {
    return m_problem->text();
}

void ImportEmbeddingsDialog::browseArray() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Embeddings"),
                                                      settings::lastEmbeddingFolder.value(),
                                                      tr("NumPy arrays (*.npy)"));
    if (path.isEmpty())
        return;
    settings::lastEmbeddingFolder.set(QFileInfo(path).absolutePath());
    m_array->setText(path);
}

void ImportEmbeddingsDialog::browseKeys() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the Keys"),
        m_array->text().isEmpty() ? QString() : QFileInfo(m_array->text()).absolutePath(),
        tr("CSV tables (*.csv *.csv.gz)"));
    if (!path.isEmpty())
        m_keys->setText(path);
}

void ImportEmbeddingsDialog::keysChanged() {
    const QString chosen = m_idColumn->currentData().toString();
    while (m_idColumn->count() > 1)
        m_idColumn->removeItem(1);
    if (QFileInfo(m_keys->text()).isFile())
        if (auto reader = CsvReader::open(m_keys->text()))
            for (const std::string& column : reader->header())
                m_idColumn->addItem(QString::fromStdString(column), QString::fromStdString(column));
    setIdColumn(chosen);
    validate();
}

void ImportEmbeddingsDialog::validate() {
    QString problem;
    if (!QFileInfo(m_array->text()).isFile())
        problem = m_array->text().isEmpty() ? tr("Choose the array of embeddings.")
                                            : tr("No file %1.").arg(m_array->text());
    else if (!QFileInfo(m_keys->text()).isFile())
        problem = m_keys->text().isEmpty() ? tr("Choose the CSV that names each row.")
                                           : tr("No file %1.").arg(m_keys->text());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace cxrfair

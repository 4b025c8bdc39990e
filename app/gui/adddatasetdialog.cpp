#include "adddatasetdialog.h"

#include "cohortsummaryview.h"

#include "data/cohortloader.h"
#include "data/cohortsummary.h"
#include "data/csvreader.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cxrfair {

namespace {
/// The columns a mapping field may name: "(none)" first.
void fillColumns(QComboBox* box, const QStringList& columns, const QStringList& guesses) {
    const QString current = box->currentText();
    box->clear();
    box->addItem(AddDatasetDialog::tr("(none)"), QString());
    for (const QString& c : columns)
        box->addItem(c, c);
    int chosen = box->findData(current);
    for (const QString& guess : guesses)
        for (int i = 1; chosen < 0 && i < box->count(); ++i)
            if (box->itemText(i).compare(guess, Qt::CaseInsensitive) == 0)
                chosen = i;
    box->setCurrentIndex(std::max(0, chosen));
}
} // namespace

AddDatasetDialog::AddDatasetDialog(QWidget* parent)
    : QDialog(parent)
    , m_root(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_mappingBox(new QGroupBox(tr("Column mapping (generic CSV)"), this))
    , m_table(new QComboBox(this))
    , m_image(new QComboBox(this))
    , m_patient(new QComboBox(this))
    , m_sex(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_race(new QComboBox(this))
    , m_view(new QComboBox(this))
    , m_labels(new QListWidget(this))
    , m_delimiter(new QComboBox(this))
    , m_delimiterNote(new QLabel(this))
    , m_tablePreview(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_summary(new CohortSummaryView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add a Dataset"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    auto* rootRow = new QHBoxLayout;
    rootRow->addWidget(m_root, 1);
    rootRow->addWidget(browse);
    m_format->addItem(tr("Detect"), -1);
    for (DatasetFormat f :
         {DatasetFormat::Nih, DatasetFormat::Mimic, DatasetFormat::Chexpert, DatasetFormat::Csv})
        m_format->addItem(formatDisplayName(f), int(f));
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_root);
    form->addRow(folderLabel, rootRow);
    form->addRow(tr("&Layout:"), m_format);
    form->addRow(QString(), m_detected);

    auto* mapping = new QFormLayout(m_mappingBox);
    mapping->addRow(tr("&Table:"), m_table);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Comma (,)"), int(','));
    m_delimiter->addItem(tr("Semicolon (;)"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    auto* delimiterRow = new QHBoxLayout;
    delimiterRow->addWidget(m_delimiter);
    delimiterRow->addWidget(m_delimiterNote, 1);
    mapping->addRow(tr("&Delimiter:"), delimiterRow);
    m_tablePreview->setObjectName(QStringLiteral("tablePreview"));
    m_tablePreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tablePreview->setTabKeyNavigation(false);
    m_tablePreview->setMaximumHeight(130);
    m_tablePreview->verticalHeader()->hide();
    m_tablePreview->setToolTip(tr("The table's first rows, read with the delimiter chosen"));
    mapping->addRow(QString(), m_tablePreview);
    mapping->addRow(tr("&Image path:"), m_image);
    mapping->addRow(tr("&Patient:"), m_patient);
    mapping->addRow(tr("&Sex:"), m_sex);
    mapping->addRow(tr("&Age:"), m_age);
    mapping->addRow(tr("&Race:"), m_race);
    mapping->addRow(tr("&View:"), m_view);
    mapping->addRow(tr("Label &columns:"), m_labels);
    m_labels->setMinimumHeight(90);
    m_labels->setToolTip(tr("Tick the columns that hold a condition's label (1, 0, -1 or empty)"));
    m_mappingBox->hide();

    m_summary->setStartPageShown(false);
    m_summary->clear();
    m_detected->setObjectName(QStringLiteral("detected"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_status);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);
    resize(760, 680);

    // Every change previews again, after a short pause so that typing does not start a read
    // per key.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &AddDatasetDialog::preview);
    // The folder's line follows what is typed: missing, detected or not recognised, now.
    auto* typed = new QTimer(this);
    typed->setSingleShot(true);
    typed->setInterval(400);
    connect(typed, &QTimer::timeout, this, &AddDatasetDialog::formatChanged);
    connect(m_root, &QLineEdit::textChanged, typed, qOverload<>(&QTimer::start));
    connect(m_delimiter, &QComboBox::activated, this, [this] {
        m_delimiterNote->setText(tr("chosen"));
        readTable();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &AddDatasetDialog::formatChanged);
    connect(m_table, &QComboBox::currentIndexChanged, this, &AddDatasetDialog::tableChanged);
    for (QComboBox* box : {m_image, m_patient, m_sex, m_age, m_race, m_view})
        connect(box, &QComboBox::currentIndexChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_labels, &QListWidget::itemChanged, debounce, qOverload<>(&QTimer::start));
    connect(browse, &QPushButton::clicked, this, &AddDatasetDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AddDatasetDialog::showPreview);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
}

AddDatasetDialog::~AddDatasetDialog() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void AddDatasetDialog::browse() {
    const QString root =
        QFileDialog::getExistingDirectory(this, tr("Dataset Folder"), m_root->text());
    if (!root.isEmpty())
        setRoot(root);
}

void AddDatasetDialog::setRoot(const QString& root) {
    m_root->setText(root);
    formatChanged();
}

void AddDatasetDialog::setFormat(std::optional<DatasetFormat> format) {
    m_format->setCurrentIndex(m_format->findData(format ? int(*format) : -1));
    formatChanged();
}

void AddDatasetDialog::formatChanged() {
    const QString root = m_root->text();
    const bool exists = !root.isEmpty() && QFileInfo(root).isDir();
    const auto detected = exists ? detectFormat(root) : std::nullopt;
    const int chosen = m_format->currentData().toInt();
    const std::optional<DatasetFormat> format =
        chosen >= 0 ? std::optional(DatasetFormat(chosen)) : detected;
    m_detected->setText(root.isEmpty()             ? tr("Choose the dataset's folder.")
                        : !QFileInfo::exists(root) ? tr("This folder does not exist.")
                        : !exists                  ? tr("This is a file, not a folder.")
                        : detected
                            ? tr("Detected: %1").arg(formatDisplayName(*detected))
                            : tr("The layout of this folder is not recognised: choose it above."));
    const bool csv = format == DatasetFormat::Csv;
    m_mappingBox->setVisible(csv);
    if (csv) {
        const QSignalBlocker block(m_table);
        const QString current = m_table->currentText();
        m_table->clear();
        m_table->addItems(QDir(root).entryList(
            {QStringLiteral("*.csv"), QStringLiteral("*.csv.gz")}, QDir::Files, QDir::Name));
        if (const int i = m_table->findText(current); i >= 0)
            m_table->setCurrentIndex(i);
        tableChanged();
        return;
    }
    preview();
}

void AddDatasetDialog::tableChanged() {
    // A new table: its delimiter detected (a spreadsheet in many locales writes semicolons).
    const QString path = QDir(m_root->text()).filePath(m_table->currentText());
    const char detected = detectCsvDelimiter(path);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(detected))));
    m_delimiterNote->setText(m_table->currentText().isEmpty() ? QString() : tr("detected"));
    readTable();
}

void AddDatasetDialog::readTable() {
    const QString path = QDir(m_root->text()).filePath(m_table->currentText());
    const char delimiter = char(m_delimiter->currentData().toInt());
    QStringList columns;
    m_tablePreview->clear();
    m_tablePreview->setRowCount(0);
    m_tablePreview->setColumnCount(0);
    if (auto reader = CsvReader::open(path, delimiter)) {
        for (const std::string& h : reader->header())
            columns << QString::fromStdString(h);
        m_tablePreview->setColumnCount(int(columns.size()));
        m_tablePreview->setHorizontalHeaderLabels(columns);
        for (int row = 0; row < 5 && reader->next(); ++row) {
            m_tablePreview->insertRow(row);
            for (int c = 0; c < reader->fieldCount() && c < int(columns.size()); ++c)
                m_tablePreview->setItem(row, c,
                                        new QTableWidgetItem(QString::fromUtf8(reader->field(c))));
        }
        m_tablePreview->resizeColumnsToContents();
    }
    const QSignalBlocker b1(m_image), b2(m_patient), b3(m_sex), b4(m_age), b5(m_race), b6(m_view),
        b7(m_labels);
    fillColumns(m_image, columns,
                {QStringLiteral("path"), QStringLiteral("image"), QStringLiteral("file")});
    fillColumns(m_patient, columns, {QStringLiteral("patient_id"), QStringLiteral("patient")});
    fillColumns(m_sex, columns, {QStringLiteral("sex"), QStringLiteral("gender")});
    fillColumns(m_age, columns, {QStringLiteral("age")});
    fillColumns(m_race, columns, {QStringLiteral("race"), QStringLiteral("ethnicity")});
    fillColumns(m_view, columns, {QStringLiteral("view"), QStringLiteral("view_position")});
    const QStringList used{m_image->currentData().toString(), m_patient->currentData().toString(),
                           m_sex->currentData().toString(),   m_age->currentData().toString(),
                           m_race->currentData().toString(),  m_view->currentData().toString()};
    m_labels->clear();
    for (const QString& c : columns) {
        auto* item = new QListWidgetItem(c, m_labels);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(used.contains(c) ? Qt::Unchecked : Qt::Checked);
    }
    preview();
}

void AddDatasetDialog::setMapping(const ColumnMapping& mapping) {
    setFormat(DatasetFormat::Csv);
    m_table->setCurrentText(mapping.table);
    if (mapping.delimiter != char(m_delimiter->currentData().toInt())) {
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(mapping.delimiter))));
        m_delimiterNote->setText(tr("chosen"));
        readTable();
    }
    auto choose = [](QComboBox* box, const QString& column) {
        box->setCurrentIndex(std::max(0, box->findData(column)));
    };
    const QSignalBlocker block(m_labels);
    choose(m_image, mapping.image);
    choose(m_patient, mapping.patient);
    choose(m_sex, mapping.sex);
    choose(m_age, mapping.age);
    choose(m_race, mapping.race);
    choose(m_view, mapping.view);
    for (int i = 0; i < m_labels->count(); ++i) {
        QListWidgetItem* item = m_labels->item(i);
        const bool label = std::any_of(mapping.labels.begin(), mapping.labels.end(),
                                       [&](const auto& l) { return l.second == item->text(); });
        item->setCheckState(label ? Qt::Checked : Qt::Unchecked);
    }
    preview();
}

ColumnMapping AddDatasetDialog::mapping() const {
    ColumnMapping m;
    m.table = m_table->currentText();
    m.image = m_image->currentData().toString();
    m.patient = m_patient->currentData().toString();
    m.sex = m_sex->currentData().toString();
    m.age = m_age->currentData().toString();
    m.race = m_race->currentData().toString();
    m.view = m_view->currentData().toString();
    m.delimiter = char(m_delimiter->currentData().toInt());
    for (int i = 0; i < m_labels->count(); ++i)
        if (m_labels->item(i)->checkState() == Qt::Checked)
            m.labels.append({m_labels->item(i)->text(), m_labels->item(i)->text()});
    return m;
}

DatasetSource AddDatasetDialog::source(QString* problem) const {
    const QString root = m_root->text();
    const int chosen = m_format->currentData().toInt();
    const auto format = chosen >= 0 ? std::optional(DatasetFormat(chosen)) : detectFormat(root);
    if (root.isEmpty()) {
        *problem = tr("Choose the dataset's folder.");
        return {};
    }
    if (!QFileInfo(root).isDir()) {
        *problem = QFileInfo::exists(root)
                       ? tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(root))
                       : tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(root));
        return {};
    }
    if (!format) {
        *problem = tr("The layout of this folder is not recognised: choose it above.");
        return {};
    }
    DatasetSource s(*format, root);
    if (*format == DatasetFormat::Csv) {
        const ColumnMapping m = mapping();
        if (m.table.isEmpty() || m.image.isEmpty() || m.labels.isEmpty()) {
            *problem = tr("A generic CSV needs a table, its image column and at least one label "
                          "column.");
            return {};
        }
        // The mapping is kept with cxrfair's data, never written into the dataset's folder.
        const QString folder =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                .filePath(QStringLiteral("mappings"));
        QDir().mkpath(folder);
        const QByteArray json = QJsonDocument(m.toJson()).toJson();
        const QString path = QDir(folder).filePath(
            QString::fromLatin1(
                QCryptographicHash::hash(root.toUtf8() + json, QCryptographicHash::Sha1)
                    .toHex()
                    .left(16)) +
            QStringLiteral(".json"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit()) {
            *problem = tr("Cannot write the column mapping %1: %2").arg(path, file.errorString());
            return {};
        }
        s.mapping = path;
    }
    return s;
}

void AddDatasetDialog::preview() {
    if (m_watcher.isRunning()) {
        m_pending = true;
        m_watcher.cancel();
        return;
    }
    m_pending = false;
    m_cohort.reset();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QString problem;
    const DatasetSource s = source(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        m_summary->clear();
        Q_EMIT previewed();
        return;
    }
    m_status->setText(tr("Reading %1...").arg(QDir::toNativeSeparators(s.root)));
    m_watcher.setFuture(loadCohortAsync(s, CohortSettings()));
}

void AddDatasetDialog::showPreview() {
    if (m_pending) {
        preview();
        return;
    }
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Result<Cohort> cohort = m_watcher.result();
    if (!cohort) {
        m_status->setText(tr("Cannot read this dataset: %1").arg(cohort.error().toString()));
        m_summary->clear();
        Q_EMIT previewed();
        return;
    }
    m_cohort = *cohort;
    const qint64 problems = cohort->report().problems.total();
    m_status->setText(problems > 0 ? tr("%1 images; %n problem(s), listed in the Problems tab. "
                                        "Add it as it is, or fix the files first.",
                                        nullptr, int(problems))
                                         .arg(cohort->size())
                                   : tr("%1 images, no problem found.").arg(cohort->size()));
    m_summary->setSummary(summarize(*cohort));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    Q_EMIT previewed();
}

QString AddDatasetDialog::problem() const {
    return m_cohort ? QString() : m_status->text();
}

} // namespace cxrfair

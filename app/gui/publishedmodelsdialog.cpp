#include "publishedmodelsdialog.h"

#include "formrows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cxrfair {

PublishedModelsDialog::PublishedModelsDialog(const QStringList& models,
                                             const QStringList& publishedModels,
                                             const QHash<QString, QString>& preset, QWidget* parent)
    : QDialog(parent)
    , m_models(models) {
    setWindowTitle(tr("Models in the Published Results"));
    auto* intro = new QLabel(
        tr("The study published its six models' results. Choose which of them each of your "
           "models reproduces; its bars then show the published values as diamonds."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const QString& model : models) {
        auto* choice = new QComboBox(this);
        choice->addItem(tr("(not compared)"), QString());
        for (const QString& p : publishedModels)
            choice->addItem(p, p);
        if (const int i = choice->findData(preset.value(model)); i > 0)
            choice->setCurrentIndex(i);
        form->addRow(buddyLabel(model + QLatin1Char(':'), choice), choice);
        m_choices.push_back(choice);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QHash<QString, QString> PublishedModelsDialog::map() const {
    QHash<QString, QString> map;
    for (size_t i = 0; i < m_choices.size(); ++i) {
        const QString published = m_choices[i]->currentData().toString();
        if (!published.isEmpty() && !map.contains(published))
            map.insert(published, m_models[qsizetype(i)]);
    }
    return map;
}

} // namespace cxrfair

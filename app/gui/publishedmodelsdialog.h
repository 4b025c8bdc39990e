#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <vector>

class QComboBox;

namespace cxrfair {

/// Which of the study's published models each model of the session stands for (the window's
/// `compare --map`): a choice per model, those whose names match chosen already.
class PublishedModelsDialog : public QDialog {
    Q_OBJECT
public:
    /// `preset` maps a model to the published model it matches by name (or nothing).
    PublishedModelsDialog(const QStringList& models, const QStringList& publishedModels,
                          const QHash<QString, QString>& preset, QWidget* parent = nullptr);
    /// Published name -> model name, for PublishedMatcher.
    QHash<QString, QString> map() const;

private:
    QStringList m_models;
    std::vector<QComboBox*> m_choices;
};

} // namespace cxrfair

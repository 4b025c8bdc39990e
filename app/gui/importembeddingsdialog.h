#pragma once

#include "inference/embeddingimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cxrfair {

/// Adding a model as imported embeddings: an `.npy` array computed elsewhere (one row per
/// image), the CSV aligned with its rows, the column that names each image (picked from the
/// CSV's header) and a name. The request it returns has no store: the window adds the
/// dataset's.
class ImportEmbeddingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportEmbeddingsDialog(QWidget* parent = nullptr);

    void setArray(const QString& path);
    void setKeys(const QString& path);
    void setIdColumn(const QString& column); ///< empty: automatic
    void setName(const QString& name);
    EmbeddingImportRequest request() const;
    /// Why the request cannot be imported yet (empty when it can).
    QString problem() const;

private:
    void browseArray();
    void browseKeys();
    void keysChanged();
    void validate();

    QLineEdit* m_array;
    QLineEdit* m_keys;
    QComboBox* m_idColumn;
    QLineEdit* m_name;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace cxrfair

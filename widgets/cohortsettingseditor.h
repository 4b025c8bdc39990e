#pragma once

#include "data/cohortsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace cxrfair {

class RaceMappingEditor;

/// Edits the cohort settings of one dataset: split and view filters, label policies, age bins,
/// intersections and the image check. Filters need a reload; the rest applies at once.
class CohortSettingsEditor : public QWidget {
    Q_OBJECT
public:
    explicit CohortSettingsEditor(QWidget* parent = nullptr);

    void setSettings(const CohortSettings& settings);
    /// The edited settings, or an error message for a field that does not parse.
    Result<CohortSettings> settings() const;

Q_SIGNALS:
    /// The user applied valid settings; `reloadNeeded` when a row filter changed.
    void applied(const cxrfair::CohortSettings& settings, bool reloadNeeded);

private:
    void apply();
    void markDirty();

    CohortSettings m_applied;
    QLineEdit* m_splits;
    QLineEdit* m_views;
    QComboBox* m_uncertain;
    QComboBox* m_blank;
    QLineEdit* m_ageBins;
    QLineEdit* m_intersections;
    QLineEdit* m_femaleName;
    QLineEdit* m_maleName;
    RaceMappingEditor* m_race;
    QCheckBox* m_checkImages;
    QPushButton* m_apply;
    QPushButton* m_studyDefaults;
};

} // namespace cxrfair

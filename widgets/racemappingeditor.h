#pragma once

#include "data/racemapping.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace cxrfair {

/// Edits a race mapping: an ordered table of (prefix, group) rules, where an empty group marks
/// the value as missing, and the group for values no rule matches.
class RaceMappingEditor : public QWidget {
    Q_OBJECT
public:
    explicit RaceMappingEditor(QWidget* parent = nullptr);
    void setMapping(const RaceMapping& mapping);
    RaceMapping mapping() const;

Q_SIGNALS:
    void edited();

private:
    void addRule(const QString& prefix, const QString& group);

    QTableWidget* m_rules;
    QLineEdit* m_fallback;
};

} // namespace cxrfair

#pragma once

#include <QToolButton>

namespace cxrfair {

/// A small "?" button beside a view: it shows, in plain language, what the view's numbers
/// measure, how to read their intervals and when a group is too small to judge. The same text
/// is the button's tooltip and its What's This help (Shift+F1).
class HelpButton : public QToolButton {
    Q_OBJECT
public:
    HelpButton(const QString& title, const QString& text, QWidget* parent);
    const QString& text() const { return m_text; }
    /// Shows the explanation as a popup beside the button.
    void showHelp();

private:
    QString m_title;
    QString m_text;
};

} // namespace cxrfair

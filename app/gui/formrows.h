#pragma once

#include <QString>

#include <initializer_list>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace cxrfair {

/// A line edit followed by its buttons (Browse...), as one row of a form.
QWidget* lineWithButtons(QLineEdit* edit, std::initializer_list<QPushButton*> buttons);

/// A form label whose mnemonic focuses `buddy`.
QLabel* buddyLabel(const QString& text, QWidget* buddy);

} // namespace cxrfair

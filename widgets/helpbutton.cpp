#include "helpbutton.h"

#include <QWhatsThis>

namespace cxrfair {

HelpButton::HelpButton(const QString& title, const QString& text, QWidget* parent)
    : QToolButton(parent)
    , m_title(title)
    , m_text(text) {
    setText(QStringLiteral("?"));
    setAccessibleName(tr("Explain: %1").arg(title));
    setToolTip(QStringLiteral("<b>%1</b><p>%2</p>").arg(title.toHtmlEscaped(), text));
    setWhatsThis(toolTip());
    connect(this, &QToolButton::clicked, this, &HelpButton::showHelp);
}

void HelpButton::showHelp() {
    QWhatsThis::showText(mapToGlobal(rect().bottomLeft()), toolTip(), this);
}

} // namespace cxrfair

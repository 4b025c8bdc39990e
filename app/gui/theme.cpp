#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace cxrfair {

namespace {

/// What the desktop gave the application, kept for going back to "system".
struct SystemLook {
    QString style;
    QPalette palette;
};

const SystemLook& systemLook() {
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

/// The desktop's style with a focus ring that can be seen from a metre away, in light and dark:
/// two pixels of the highlight colour around the control (or item) that has the keyboard.
class FocusRingStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override {
        if (element == PE_FrameFocusRect) {
            ring(option->rect, option->palette, painter);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // A focused table, list, tree or line edit: its frame becomes the ring.
        const bool framed =
            element == PE_Frame || element == PE_FrameLineEdit || element == PE_PanelLineEdit;
        if (framed && (option->state & State_HasFocus) && widget)
            ring(option->rect, option->palette, painter);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget) const override {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        const bool ringed = control == CC_ComboBox || control == CC_SpinBox ||
                            control == CC_Slider || control == CC_ToolButton;
        if (ringed && (option->state & State_HasFocus))
            ring(option->rect, option->palette, painter);
    }

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override {
        QProxyStyle::drawControl(element, option, painter, widget);
        if ((element == CE_PushButton || element == CE_CheckBox || element == CE_RadioButton ||
             element == CE_TabBarTab) &&
            (option->state & State_HasFocus))
            ring(option->rect, option->palette, painter);
    }

private:
    static void ring(const QRect& rect, const QPalette& palette, QPainter* painter) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::Active, QPalette::Highlight), 2.0));
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
};

QPalette darkPalette() {
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(130, 130, 130);
    const QColor highlight(0, 114, 178); // the charts' blue (Okabe-Ito)
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 120, 90));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(58, 58, 62));
    p.setColor(QPalette::Mid, QColor(38, 38, 40));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(86, 180, 233)); // sky blue, readable on dark grey
    p.setColor(QPalette::LinkVisited, QColor(204, 121, 167));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

} // namespace

QStringList themeNames() {
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

bool applyTheme(const QString& name) {
    const SystemLook& look = systemLook();
    if (name.isEmpty() || name == QStringLiteral("system")) {
        QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(look.style)));
        QApplication::setPalette(look.palette);
    } else if (name == QStringLiteral("light")) {
        QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else if (name == QStringLiteral("dark")) {
        QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
    } else {
        return false;
    }
    return true;
}

} // namespace cxrfair

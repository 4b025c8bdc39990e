#include "guidedtour.h"

#include "embeddingview.h"
#include "mainwindow.h"
#include "rocview.h"
#include "subgroupaucview.h"

#include "common/settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace cxrfair {

namespace {

void choose(QComboBox* box, const QString& text) {
    if (const int i = box->findText(text); i >= 0)
        box->setCurrentIndex(i);
}
} // namespace

GuidedTour::GuidedTour(MainWindow* window)
    : QFrame(window)
    , m_window(window)
    , m_counter(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_frame(new QWidget(window)) {
    setObjectName(QStringLiteral("GuidedTour"));
    setFrameShape(QFrame::StyledPanel);
    // An opaque bubble with a border, readable over whatever it is placed on, in any theme.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setStyleSheet(QStringLiteral("QFrame#GuidedTour { background-color: palette(window); "
                                 "border: 2px solid #D55E00; border-radius: 6px; }"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto* leave = new QPushButton(tr("&Leave Tour"), this);
    // The step count above the title and the buttons on a row of their own: in French or
    // Spanish the row holds three long labels even in a narrow bubble.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(leave);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_step + 1 < stepCount()) {
            next();
            return;
        }
        goTo(0); // finished: the next tour starts from the beginning
        GuidedTour::leave();
    });
    connect(leave, &QPushButton::clicked, this, &GuidedTour::leave);
    // The frame around the view being explained: drawn over it, never in the way of the mouse.
    m_frame->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_frame->setStyleSheet(QStringLiteral("border: 3px solid #D55E00; border-radius: 4px;"));
    m_frame->hide();
    hide();
    window->installEventFilter(this);

    auto selectDataset = [window](const QString& name) { window->selectDataset(name); };
    auto aucOn = [window, selectDataset](const QString& attribute) {
        return [window, selectDataset, attribute] {
            selectDataset(QStringLiteral("nih"));
            choose(window->subgroupAucView()->attributeBox(), attribute);
        };
    };
    m_steps = {
        {tr("Welcome"),
         tr("This tour walks through the three findings of Sourget et al. (FAIMI 2025) on the "
            "demo: two synthetic datasets shaped like NIH ChestX-ray14 and MIMIC-CXR, and a "
            "small demo model. Nothing here is real patient data. Use Next and Back; Leave Tour "
            "keeps your place, and Help > Guided Tour brings you back to it."),
         {},
         {}},
        {tr("1. How well does the model work, group by group?"),
         tr("Each bar is the model's AUC for one age group and one condition: the chance that an "
            "image with the condition scores higher than one without it (0.5 is guessing, 1 is "
            "perfect). The dashed line is the AUC on everyone. <b>Look for bars well below the "
            "line</b>: the model works less well for that age group."),
         QStringLiteral("auc"), aucOn(QStringLiteral("age"))},
        {tr("Reading the whiskers and hatched bars"),
         tr("The whiskers are 95% intervals: the range the AUC could plausibly take with other "
            "patients. When two groups' whiskers overlap a lot, the data cannot tell them apart. "
            "<b>Hatched bars</b> have fewer than 10 images with or without the condition: too few "
            "to judge, so they are shown but not compared. Click any bar to see its images."),
         QStringLiteral("auc"), aucOn(QStringLiteral("age"))},
        {tr("The age gap"),
         tr("In the study, age gaps reached 0.1 to 0.24 AUC while sex gaps mostly stayed under "
            "0.05. Switch <i>Groups</i> between age and sex to compare: the age bars spread much "
            "more than the sex bars."),
         QStringLiteral("auc"), aucOn(QStringLiteral("sex"))},
        {tr("2. A shortcut: chest drains"),
         tr("A chest drain is put in to treat a pneumothorax, so a drain on the image nearly "
            "gives the answer away. The bars show the pneumothorax AUC on all images, on "
            "positives <b>without</b> a drain and on positives <b>with</b> one. The model does "
            "better with drains than without: part of what it learned is the drain, not the "
            "disease, and the untreated patients who need it most are found less often."),
         QStringLiteral("shortcut"), [selectDataset] { selectDataset(QStringLiteral("nih")); }},
        {tr("Missed diagnoses at a threshold"),
         tr("A hospital uses a threshold, not an AUC. Here each group's ROC curve shows every "
            "possible threshold; the dots mark the chosen one. <b>Underdiagnosis</b> in the table "
            "is the share of sick patients the threshold calls healthy: compare it across "
            "groups. Thresholds chosen by a rule use 20% of the patients and are judged on the "
            "rest."),
         QStringLiteral("roc"),
         [window, selectDataset] {
             selectDataset(QStringLiteral("nih"));
             window->rocView()->select({}, QStringLiteral("Pneumothorax"), QStringLiteral("age"));
         }},
        {tr("3. What the embeddings know"),
         tr("Each point is an image, placed by the two main directions (principal components) "
            "of what the model computed for it, coloured by sex. The colours look mixed: "
            "<b>two components suggest the model ignores sex</b>."),
         QStringLiteral("embeddings"),
         [window, selectDataset] {
             selectDataset(QStringLiteral("nih"));
             choose(window->embeddingView()->colourBox(), QStringLiteral("sex"));
         }},
        {tr("The probe still finds it"),
         tr("The bars beside the scatter are probes: a simple classifier learns sex, age or race "
            "from the full embeddings and is tested on other patients. <b>An AUC far above the "
            "dashed chance line means the attribute is encoded</b>, even though the scatter "
            "looked mixed. That is the study's third finding. Draw a lasso around some points to "
            "see those images and how well the model does on them."),
         QStringLiteral("embeddings"),
         {}},
        {tr("Try your own prompts"),
         tr("The model scores an image by comparing it with a sentence for the condition and one "
            "for no finding. Edit them here: the scores and every chart update within a second, "
            "without re-reading any image. Ctrl+Z undoes an edit."),
         QStringLiteral("prompts"),
         {}},
        {tr("That is the tour"),
         tr("Every view has a ? button that explains its numbers, and an Export menu for "
            "figures (PNG, SVG, PDF) and tables (CSV). To audit your own data, use File > Open "
            "Dataset and File > Run Model on Dataset."),
         {},
         {}},
    };
}

void GuidedTour::resume() {
    const int saved = settings::tourStep.value();
    goTo(saved >= 0 && saved < stepCount() ? saved : 0);
}

void GuidedTour::restart() {
    settings::tourStep.set(0);
    goTo(0);
}

void GuidedTour::goTo(int index) {
    if (index < 0 || index >= stepCount())
        return;
    m_step = index;
    const Step& s = m_steps[size_t(index)];
    if (s.setUp)
        s.setUp();
    m_target = s.view.isEmpty() ? nullptr : m_window->raiseView(s.view);
    m_counter->setText(tr("Step %1 of %2").arg(index + 1).arg(stepCount()));
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 < stepCount() ? tr("&Next") : tr("&Finish"));
    settings::tourStep.set(index);
    show();
    raise();
    place();
    m_next->setFocus();
}

void GuidedTour::leave() {
    settings::tourStep.set(m_step);
    m_frame->hide();
    hide();
}

namespace {

/// The window's controls a bubble must not cover: buttons, boxes, fields, lists, tabs, menus.
std::vector<QRect> controlsOf(QWidget* window, const QWidget* except) {
    std::vector<QRect> rects;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->isWindow() || w == except || except->isAncestorOf(w))
            continue;
        if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QComboBox*>(w) &&
            !qobject_cast<QLineEdit*>(w) && !qobject_cast<QAbstractSpinBox*>(w) &&
            !qobject_cast<QAbstractSlider*>(w) && !qobject_cast<QTabBar*>(w) &&
            !qobject_cast<QMenuBar*>(w) && !qobject_cast<QAbstractItemView*>(w))
            continue;
        rects.emplace_back(w->mapTo(window, QPoint(0, 0)), w->size());
    }
    return rects;
}

qint64 overlap(const QRect& a, const QRect& b) {
    const QRect i = a.intersected(b);
    return i.isEmpty() ? 0 : qint64(i.width()) * i.height();
}

} // namespace

void GuidedTour::place() {
    // Narrower on a small screen, so that there is room beside what it explains.
    setFixedWidth(std::clamp(m_window->width() / 4, 360, 400));
    // The wrapped text's height at this width (adjustSize would use the unwrapped hint).
    resize(width(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                  : sizeHint().height());
    const QRect area = m_window->rect();
    const QSize size = this->size();
    // A step without a view is placed near the middle of the window.
    const bool framed = m_target && m_target->isVisible();
    const QRect target = framed ? QRect(m_target->mapTo(m_window, QPoint(0, 0)), m_target->size())
                                : QRect(area.center(), QSize(1, 1));
    m_frame->setVisible(framed);
    if (framed) {
        m_frame->setGeometry(target);
        m_frame->raise();
    }
    // Every place on a grid over the window, and those aligned with the view: the one that
    // covers no control, as little of the view as can be, and is nearest to it.
    const std::vector<QRect> controls = controlsOf(m_window, this);
    const int gap = 8;
    std::vector<QPoint> places;
    for (int y = area.top(); y <= area.bottom() - size.height(); y += 16)
        for (int x = area.left(); x <= area.right() - size.width(); x += 16)
            places.emplace_back(x, y);
    for (int x : {target.right() + gap, target.left() - size.width() - gap})
        for (int y : {target.top(), target.center().y() - size.height() / 2,
                      target.bottom() - size.height()})
            places.emplace_back(x, y);
    QRect best;
    qint64 bestCost = -1;
    for (const QPoint& p : places) {
        const QRect r(
            QPoint(
                std::clamp(p.x(), area.left(), std::max(area.left(), area.right() - size.width())),
                std::clamp(p.y(), area.top(), std::max(area.top(), area.bottom() - size.height()))),
            size);
        qint64 covered = 0;
        for (const QRect& c : controls)
            covered += overlap(r, c);
        const QPoint d = r.center() - target.center();
        const qint64 cost =
            covered * 1000 + overlap(r, target) * 10 + qint64(std::abs(d.x()) + std::abs(d.y()));
        if (bestCost < 0 || cost < bestCost) {
            bestCost = cost;
            best = r;
        }
    }
    move(best.topLeft());
    raise();
}

bool GuidedTour::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace cxrfair

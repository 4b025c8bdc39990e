#include "guidedtour.h"

#include "embeddingview.h"
#include "mainwindow.h"
#include "rocview.h"
#include "subgroupaucview.h"

#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cxrfair {

namespace {
const QString stepKey = QStringLiteral("tour/step");

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
    setAutoFillBackground(true);
    setFixedWidth(380);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto* leave = new QPushButton(tr("&Leave Tour"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(leave);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
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

    auto selectDataset = [window](const QString& name) {
        for (int i = 0; i < window->datasetCount(); ++i)
            if (window->dataset(i).source().root.endsWith(name))
                if (auto* list = window->findChild<QListWidget*>())
                    list->setCurrentRow(i);
    };
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
         QStringLiteral("drain"), [selectDataset] { selectDataset(QStringLiteral("nih")); }},
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
    const int saved = QSettings().value(stepKey, 0).toInt();
    goTo(saved >= 0 && saved < stepCount() ? saved : 0);
}

void GuidedTour::restart() {
    QSettings().setValue(stepKey, 0);
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
    QSettings().setValue(stepKey, index);
    show();
    raise();
    place();
    m_next->setFocus();
}

void GuidedTour::leave() {
    QSettings().setValue(stepKey, m_step);
    m_frame->hide();
    hide();
}

void GuidedTour::place() {
    adjustSize();
    const QRect area = m_window->rect();
    if (m_target && m_target->isVisible()) {
        const QRect target(m_target->mapTo(m_window, QPoint(0, 0)), m_target->size());
        m_frame->setGeometry(target);
        m_frame->show();
        m_frame->raise();
        // Beside the view when there is room, else over its top right corner.
        QPoint at(target.right() + 8, target.top());
        if (at.x() + width() > area.right())
            at = QPoint(target.left() - width() - 8, target.top());
        if (at.x() < 0)
            at = QPoint(target.right() - width() - 8, target.top() + 8);
        at.setY(std::clamp(at.y(), 0, std::max(0, area.height() - height())));
        move(at);
    } else {
        m_frame->hide();
        move(area.center() - rect().center());
    }
    raise();
}

bool GuidedTour::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace cxrfair

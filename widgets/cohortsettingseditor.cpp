#include "cohortsettingseditor.h"

#include "racemappingeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxrfair {

namespace {

QComboBox* policyBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(CohortSettingsEditor::tr("Drop (unknown)"), int(LabelPolicy::Unknown));
    box->addItem(CohortSettingsEditor::tr("Negative"), int(LabelPolicy::Negative));
    box->addItem(CohortSettingsEditor::tr("Positive"), int(LabelPolicy::Positive));
    return box;
}

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    out.removeAll(QString());
    return out;
}

} // namespace

CohortSettingsEditor::CohortSettingsEditor(QWidget* parent)
    : QWidget(parent)
    , m_splits(new QLineEdit(this))
    , m_views(new QLineEdit(this))
    , m_uncertain(policyBox(this))
    , m_blank(policyBox(this))
    , m_ageBins(new QLineEdit(this))
    , m_intersections(new QLineEdit(this))
    , m_femaleName(new QLineEdit(this))
    , m_maleName(new QLineEdit(this))
    , m_race(new RaceMappingEditor(this))
    , m_checkImages(new QCheckBox(tr("Leave out rows whose image file is missing"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_studyDefaults(new QPushButton(tr("Study defaults"), this)) {
    // Object names let tests and screen readers' scripts find the fields.
    m_splits->setObjectName(QStringLiteral("splits"));
    m_views->setObjectName(QStringLiteral("views"));
    m_uncertain->setObjectName(QStringLiteral("uncertain"));
    m_blank->setObjectName(QStringLiteral("blank"));
    m_ageBins->setObjectName(QStringLiteral("ageBins"));
    m_intersections->setObjectName(QStringLiteral("intersections"));
    m_checkImages->setObjectName(QStringLiteral("checkImages"));
    m_femaleName->setObjectName(QStringLiteral("femaleName"));
    m_maleName->setObjectName(QStringLiteral("maleName"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_studyDefaults->setObjectName(QStringLiteral("studyDefaults"));
    m_splits->setPlaceholderText(tr("all splits"));
    m_splits->setToolTip(tr("Comma-separated: train, validate, test (MIMIC), train_val, test "
                            "(NIH), train, valid (CheXpert)"));
    m_views->setPlaceholderText(tr("all views"));
    m_views->setToolTip(tr("Comma-separated view positions: PA, AP, LATERAL"));
    m_uncertain->setToolTip(
        tr("What an uncertain label (-1.0 in CheXpert-style tables) counts as"));
    m_blank->setToolTip(
        tr("What a condition the report does not mention counts as (the study: negative)"));
    m_ageBins->setToolTip(
        tr("Ascending bin edges in years; ages below the first edge form their own group"));
    m_intersections->setPlaceholderText(tr("e.g. sex:age, sex:race"));
    m_intersections->setToolTip(tr("Attribute intersections to count, comma-separated"));
    m_apply->setDefault(true);
    m_apply->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Splits:"), m_splits);
    form->addRow(tr("&Views:"), m_views);
    form->addRow(tr("&Uncertain labels:"), m_uncertain);
    form->addRow(tr("&Blank labels:"), m_blank);
    form->addRow(tr("&Age bins:"), m_ageBins);
    form->addRow(tr("&Intersections:"), m_intersections);
    form->addRow(tr("&Female group:"), m_femaleName);
    form->addRow(tr("&Male group:"), m_maleName);
    form->addRow(m_checkImages);
    auto* raceBox = new QGroupBox(tr("Race groups"), this);
    auto* raceLayout = new QVBoxLayout(raceBox);
    raceLayout->addWidget(m_race);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_studyDefaults);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(raceBox, 1);
    layout->addLayout(buttons);

    connect(m_race, &RaceMappingEditor::edited, this, &CohortSettingsEditor::markDirty);
    for (QLineEdit* edit :
         {m_splits, m_views, m_ageBins, m_intersections, m_femaleName, m_maleName}) {
        connect(edit, &QLineEdit::textEdited, this, &CohortSettingsEditor::markDirty);
        connect(edit, &QLineEdit::returnPressed, this, &CohortSettingsEditor::apply);
    }
    for (QComboBox* box : {m_uncertain, m_blank})
        connect(box, &QComboBox::activated, this, &CohortSettingsEditor::markDirty);
    connect(m_checkImages, &QCheckBox::toggled, this, &CohortSettingsEditor::markDirty);
    connect(m_apply, &QPushButton::clicked, this, &CohortSettingsEditor::apply);
    connect(m_studyDefaults, &QPushButton::clicked, this, [this] {
        setSettings(CohortSettings());
        markDirty();
    });
    setSettings(CohortSettings());
}

void CohortSettingsEditor::setSettings(const CohortSettings& settings) {
    m_applied = settings;
    m_splits->setText(settings.splits.join(QStringLiteral(", ")));
    m_views->setText(settings.views.join(QStringLiteral(", ")));
    m_uncertain->setCurrentIndex(m_uncertain->findData(int(settings.uncertain)));
    m_blank->setCurrentIndex(m_blank->findData(int(settings.blank)));
    m_ageBins->setText(settings.ageBins.toString());
    QStringList intersections;
    for (const QStringList& i : settings.intersections)
        intersections << i.join(QLatin1Char(':'));
    m_intersections->setText(intersections.join(QStringLiteral(", ")));
    m_checkImages->setChecked(settings.checkImages);
    m_femaleName->setText(settings.femaleName);
    m_maleName->setText(settings.maleName);
    m_race->setMapping(settings.race);
    m_apply->setEnabled(false);
}

Result<CohortSettings> CohortSettingsEditor::settings() const {
    CohortSettings s = m_applied;
    s.splits = splitList(m_splits->text());
    s.views = splitList(m_views->text());
    for (QString& v : s.views)
        v = v.toUpper();
    s.uncertain = LabelPolicy(m_uncertain->currentData().toInt());
    s.blank = LabelPolicy(m_blank->currentData().toInt());
    auto bins = AgeBins::parse(m_ageBins->text());
    if (!bins)
        return fail(ErrorCode::InvalidArgument, tr("Age bins: %1").arg(bins.error().message));
    s.ageBins = *bins;
    s.intersections.clear();
    for (const QString& spec : splitList(m_intersections->text())) {
        const QStringList attributes = parseIntersection(spec);
        if (attributes.size() < 2)
            return fail(ErrorCode::InvalidArgument,
                        tr("Intersections: '%1' needs two attributes, e.g. sex:age").arg(spec));
        s.intersections << attributes;
    }
    s.checkImages = m_checkImages->isChecked();
    s.femaleName = m_femaleName->text().trimmed();
    s.maleName = m_maleName->text().trimmed();
    if (s.femaleName.isEmpty() || s.maleName.isEmpty() || s.femaleName == s.maleName)
        return fail(ErrorCode::InvalidArgument, tr("The two sex groups need two different names"));
    s.race = m_race->mapping();
    return s;
}

void CohortSettingsEditor::markDirty() {
    m_apply->setEnabled(true);
}

void CohortSettingsEditor::apply() {
    const auto edited = settings();
    if (!edited) {
        m_ageBins->setToolTip(edited.error().message);
        setToolTip(edited.error().message);
        m_apply->setText(tr("&Apply (fix: %1)").arg(edited.error().message));
        return;
    }
    m_apply->setText(tr("&Apply"));
    const bool reload = edited->splits != m_applied.splits || edited->views != m_applied.views ||
                        edited->checkImages != m_applied.checkImages;
    m_applied = *edited;
    m_apply->setEnabled(false);
    Q_EMIT applied(*edited, reload);
}

} // namespace cxrfair

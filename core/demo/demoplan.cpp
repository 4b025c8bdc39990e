#include "demo/demoplan.h"

#include "common/random.h"
#include "data/racemapping.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct RaceWeight {
    const char* value;
    double weight;
};

constexpr RaceWeight kRaces[] = {
    {"WHITE", 0.52},
    {"BLACK/AFRICAN AMERICAN", 0.16},
    {"WHITE - OTHER EUROPEAN", 0.03},
    {"WHITE - RUSSIAN", 0.01},
    {"ASIAN", 0.03},
    {"ASIAN - CHINESE", 0.025},
    {"HISPANIC/LATINO - PUERTO RICAN", 0.03},
    {"HISPANIC OR LATINO", 0.02},
    {"BLACK/CAPE VERDEAN", 0.01},
    {"OTHER", 0.03},
    {"UNKNOWN", 0.06},
    {"UNABLE TO OBTAIN", 0.01},
    {"PATIENT DECLINED TO ANSWER", 0.01},
    {"AMERICAN INDIAN/ALASKA NATIVE", 0.005},
    {"NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER", 0.005},
    {"MULTIPLE RACE/ETHNICITY", 0.01},
    {"PORTUGUESE", 0.005},
};

int drawRace(Random& r) {
    double total = 0;
    for (const RaceWeight& w : kRaces)
        total += w.weight;
    double x = r.uniform() * total;
    for (size_t i = 0; i < std::size(kRaces); ++i) {
        x -= kRaces[i].weight;
        if (x < 0)
            return int(i);
    }
    return 0;
}

double clampedProbability(double p) {
    return std::clamp(p, 0.0, 0.6);
}

/// The chance of each finding for one image.
std::array<double, kDemoFindings> prevalence(const DemoPatient& patient, double age, DemoView view,
                                             const QString& raceGroup) {
    const bool male = !patient.female;
    const bool ap = view == DemoView::AP;
    std::array<double, kDemoFindings> p{};
    p[int(DemoFinding::Atelectasis)] = 0.12 * (0.6 + age / 120.0);
    p[int(DemoFinding::Cardiomegaly)] =
        0.10 * (0.4 + age / 70.0) * (raceGroup == QStringLiteral("Black") ? 1.4 : 1.0);
    p[int(DemoFinding::Consolidation)] = 0.06 * (ap ? 1.5 : 1.0);
    p[int(DemoFinding::PleuralEffusion)] = 0.14 * (0.5 + age / 90.0) * (ap ? 1.5 : 1.0);
    p[int(DemoFinding::Pneumonia)] = 0.06 * (age > 70 ? 1.3 : 1.0);
    p[int(DemoFinding::Pneumothorax)] = 0.10 *
                                        (age < 35   ? 1.5
                                         : age > 70 ? 0.8
                                                    : 1.0) *
                                        (male ? 1.3 : 0.8) * (ap ? 1.4 : 1.0);
    for (double& v : p)
        v = clampedProbability(v);
    return p;
}

/// Harder to see in the oldest patients: the demo's age bias.
double visibilityForAge(double age) {
    if (age >= 80)
        return 0.45;
    if (age >= 65)
        return 0.8;
    return 1.0;
}

void drawFindings(Random& r, DemoImage& image, const std::array<double, kDemoFindings>& p,
                  bool mimicLabels) {
    for (int f = 0; f < kDemoFindings; ++f) {
        const bool present = r.chance(p[size_t(f)]);
        image.severity[size_t(f)] = present ? r.uniform(0.35, 1.0) : 0.0;
        if (!mimicLabels) {
            image.recorded[size_t(f)] = present ? LabelState::Positive : LabelState::Negative;
            continue;
        }
        // Reports: most findings are stated, some hedged; absent findings are mostly not
        // mentioned (blank), sometimes negated, rarely hedged.
        const double x = r.uniform();
        if (present)
            image.recorded[size_t(f)] = x < 0.88 ? LabelState::Positive : LabelState::Uncertain;
        else
            image.recorded[size_t(f)] = x < 0.7    ? LabelState::Blank
                                        : x < 0.95 ? LabelState::Negative
                                                   : LabelState::Uncertain;
    }
    // Drains: placed for about half of the pneumothoraces, the larger ones; rarely otherwise
    // (after surgery).
    const int ptx = int(DemoFinding::Pneumothorax);
    if (image.severity[size_t(ptx)] > 0) {
        image.drain = r.chance(0.55);
        image.severity[size_t(ptx)] = image.drain ? r.uniform(0.6, 1.0) : r.uniform(0.2, 0.65);
    } else {
        image.drain = r.chance(0.03);
    }
}

/// ECG leads and pacemakers, from the image's own stream so the rest of the plan is unchanged.
void drawDevices(DemoImage& image, const DemoPatient& patient) {
    Random r = Random::stream(image.seed, 0xDE71CE);
    const bool cardiomegaly = image.severity[size_t(DemoFinding::Cardiomegaly)] > 0;
    const double ecg = (patient.female ? 0.1 : 0.28) * (cardiomegaly ? 2.8 : 1.0);
    image.ecgLeads = r.chance(std::min(0.85, ecg));
    const double pacemaker = (image.age >= 70 ? 0.1 : 0.02) * (cardiomegaly ? 2.5 : 1.0);
    image.pacemaker = r.chance(pacemaker);
}

/// Studies of one patient (see DemoProportions).
int drawStudies(Random& r, DemoProportions proportions) {
    if (proportions == DemoProportions::Compact)
        return r.chance(0.55) ? 1 : r.chance(0.6) ? 2 : 3;
    int studies = 1;
    while (studies < 12 && r.chance(0.71)) // geometric, mean about 3.4
        ++studies;
    return studies;
}

} // namespace

const std::array<const char*, kDemoFindings>& demoFindingNames() {
    static const std::array<const char*, kDemoFindings> names{"Atelectasis",   "Cardiomegaly",
                                                              "Consolidation", "Pleural Effusion",
                                                              "Pneumonia",     "Pneumothorax"};
    return names;
}

const std::vector<std::string>& demoRaceStrings() {
    static const std::vector<std::string> strings = [] {
        std::vector<std::string> out;
        for (const RaceWeight& w : kRaces)
            out.emplace_back(w.value);
        return out;
    }();
    return strings;
}

DemoPlan planDemo(DemoDataset dataset, int images, std::uint64_t seed,
                  DemoProportions proportions) {
    DemoPlan plan;
    const bool mimic = dataset == DemoDataset::Mimic;
    Random r = Random::stream(seed, mimic ? 2 : 1);
    const RaceMapping mapping = RaceMapping::study();
    while (int(plan.images.size()) < images) {
        DemoPatient patient;
        const int index = int(plan.patients.size());
        patient.female = r.chance(mimic ? 0.5 : 0.44);
        patient.race = mimic ? drawRace(r) : -1;
        const QString group =
            patient.race >= 0
                ? mapping.map(QString::fromStdString(demoRaceStrings()[size_t(patient.race)]))
                : QString();
        patient.habitus = r.uniform(0.92, 1.04) * (patient.female ? 0.96 : 1.0) *
                          (group == QStringLiteral("Asian") ? 0.96 : 1.0);
        patient.softTissue = r.normal(0.0, 0.02) + (group == QStringLiteral("Black") ? 0.05 : 0.0) +
                             (group == QStringLiteral("Hispanic/Latino") ? 0.025 : 0.0);
        const bool child = !mimic && r.chance(0.04);
        patient.firstAge = child ? r.uniform(4, 17.9) : std::clamp(r.normal(58, 17), 18.0, 94.0);
        if (mimic)
            patient.firstAge = std::floor(patient.firstAge);
        const double split = r.uniform();
        patient.split = split < 0.3 ? 2 : (mimic && split < 0.4) ? 1 : 0;
        patient.id = mimic ? std::to_string(10000000 + index * 73 + r.integer(0, 60))
                           : std::to_string(index + 1);
        plan.patients.push_back(patient);

        const int studies = drawStudies(r, proportions);
        const bool compact = proportions == DemoProportions::Compact;
        double age = patient.firstAge;
        for (int s = 0; s < studies && int(plan.images.size()) < images; ++s) {
            const DemoView frontal = r.chance(0.55) ? DemoView::PA : DemoView::AP;
            DemoImage image;
            image.patient = index;
            image.study = s;
            image.age = age;
            image.view = frontal;
            image.visibility = visibilityForAge(age);
            drawFindings(r, image, prevalence(patient, age, frontal, group), mimic);
            image.seed = r.next();
            drawDevices(image, patient);
            plan.images.push_back(image);
            if (mimic && r.chance(compact ? 0.3 : 0.66) && int(plan.images.size()) < images) {
                DemoImage lateral = image;
                lateral.view = DemoView::Lateral;
                lateral.studyFirstImage = false;
                lateral.seed = r.next();
                plan.images.push_back(lateral);
            }
            age += mimic ? double(r.integer(0, compact ? 2 : 1)) : r.uniform(0.0, 2.0);
        }
    }
    return plan;
}

PhantomSpec phantomFor(const DemoPlan& plan, const DemoImage& image) {
    const DemoPatient& patient = plan.patients[size_t(image.patient)];
    PhantomSpec spec;
    spec.view = image.view;
    spec.female = patient.female;
    spec.age = image.age;
    spec.habitus = patient.habitus;
    spec.softTissue = patient.softTissue;
    spec.severity = image.severity;
    spec.visibility = image.visibility;
    spec.drain = image.drain;
    spec.pacemaker = image.pacemaker;
    spec.ecgLeads = image.ecgLeads;
    spec.seed = image.seed;
    return spec;
}

} // namespace cxrfair

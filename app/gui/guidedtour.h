#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;

namespace cxrfair {

class MainWindow;

/// A guided tour of the demo for workshops and clinicians: each step raises a view, frames it
/// and explains in plain language what to look at, leading through the study's three findings
/// (the age gap in subgroup AUC, the drain shortcut, and a PCA that looks mixed while the probe
/// still finds the attribute). Leaving it keeps the step, so it resumes where it was left.
class GuidedTour : public QFrame {
    Q_OBJECT
public:
    struct Step {
        QString title;
        QString text;
        QString view;                ///< MainWindow::raiseView name; empty: none
        std::function<void()> setUp; ///< chooses what the view shows; may be empty
    };

    explicit GuidedTour(MainWindow* window);

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_step; }
    const Step& step(int index) const { return m_steps[size_t(index)]; }
    /// Starts at the step where the tour was left (the first when it was finished).
    void resume();
    void restart();
    void goTo(int index);
    void next() { goTo(m_step + 1); }
    void back() { goTo(m_step - 1); }
    /// Hides the tour and remembers the step.
    void leave();
    /// The widget framed by the current step (null for none).
    QWidget* highlighted() const { return m_target; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    MainWindow* m_window;
    std::vector<Step> m_steps;
    int m_step = 0;
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_back;
    QPushButton* m_next;
    QWidget* m_frame;
    QPointer<QWidget> m_target;
};

} // namespace cxrfair

#pragma once

#include "embedding/probe.h"

#include <QWidget>

class QCustomPlot;

namespace cxrfair {

/// How well each attribute is predicted from the embeddings: the probe's macro one-vs-rest
/// AUC per attribute with its bootstrap interval, against the chance level (0.5).
class ProbeChart : public QWidget {
    Q_OBJECT
public:
    explicit ProbeChart(QWidget* parent = nullptr);

    void setResults(std::vector<ProbeResult> results);
    const std::vector<ProbeResult>& results() const { return m_results; }
    QCustomPlot* plot() const { return m_plot; }
    /// attribute,classes,images,macro_auc,ci_low,ci_high,accuracy,chance_accuracy,method
    QString csv() const;
    /// The tooltip of bar `i`: macro AUC with interval, accuracy against chance, counts.
    QString barDescription(int i) const;

private:
    QCustomPlot* m_plot;
    std::vector<ProbeResult> m_results;
};

} // namespace cxrfair

#pragma once

#include "inference/embeddinganalysis.h"
#include "stats/scoretable.h"
#include "stats/subgroupmetrics.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace cxrfair {

class ExportButton;
class PcaScatter;
class ProbeChart;
class SubgroupAucTableModel;

/// The embedding view, the study's third finding side by side: the PCA scatter of the image
/// embeddings coloured by any attribute, label or score (zoom, pan, rectangle and lasso
/// selection), and beside it how well a probe predicts each attribute from the same
/// embeddings. A selection's images go to the gallery, and its AUC per condition is compared
/// with the rest's.
class EmbeddingView : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingView(QWidget* parent = nullptr);
    ~EmbeddingView() override;

    /// `scores` (may be null) supplies the score colourings and the selection's metrics.
    void setAnalysis(std::shared_ptr<const EmbeddingAnalysis> analysis,
                     std::shared_ptr<const ScoreTable> scores);
    const EmbeddingAnalysis* analysis() const { return m_analysis.get(); }

    PcaScatter* scatter() const { return m_scatter; }
    ProbeChart* probeChart() const { return m_probe; }
    /// Each probed attribute's representation shift (MMD) between every pair of its groups.
    QTableWidget* shiftTable() const { return m_shift; }
    QComboBox* colourBox() const { return m_colour; }
    /// What the points are coloured by ("column:sex", "score:Effusion"), for projects.
    QString colourKey() const;
    /// The colouring to choose when the analysis arrives (a project's choice).
    void setPreferredColour(const QString& key) { m_preferredColour = key; }
    /// Every group each attribute can have, in colour order (as the subgroup AUC view's).
    void setColourOrders(const QHash<QString, QStringList>& orders) { m_colourOrders = orders; }
    /// The sample ids of the selected points.
    QStringList selectedSamples() const;
    /// Selects the points of these samples (a slice, a restored selection) and compares them
    /// with the rest, without sending them to the gallery. Returns how many were found.
    qsizetype selectSamples(const QStringList& sampleIds);
    /// The selection's metrics against the rest (empty until computed).
    const std::vector<ModelConditionMetrics>& selectionMetrics() const { return m_metrics; }
    /// True from a change until its result is shown.
    bool isComputing() const { return m_computing; }

Q_SIGNALS:
    /// The user selected points: their sample ids.
    void samplesSelected(const QStringList& sampleIds);
    /// The selection's AUCs are shown, before their intervals (within a second even for a
    /// lasso of 100,000 of 377,110 images).
    void selectionAucsShown();
    /// The selection's metrics are shown, with their intervals.
    void selectionMetricsReady();

private:
    /// Colours the scatter by the chosen column or score; false when there is none to use.
    bool recolour();
    void showShifts();
    void selectionChanged();
    /// Compares the selection with the rest: the AUCs first, then (`intervals`) with 200
    /// resamples.
    void compareSelection(bool intervals = false);
    void showComparison();

    std::shared_ptr<const EmbeddingAnalysis> m_analysis;
    std::shared_ptr<const ScoreTable> m_scores;
    std::vector<qint64> m_tableSample; ///< the score table's sample of each point, or -1
    std::vector<ModelConditionMetrics> m_metrics;
    QFutureWatcher<Result<std::vector<ModelConditionMetrics>>> m_watcher;
    bool m_pending = false;
    bool m_computing = false;
    bool m_intervals = false; ///< the running computation is the intervals' (the second stage)

    QComboBox* m_colour;
    QString m_preferredColour;
    QHash<QString, QStringList> m_colourOrders;
    bool m_restoringSelection = false;
    QButtonGroup* m_tools;
    PcaScatter* m_scatter;
    ProbeChart* m_probe;
    QTableWidget* m_shift;
    ExportButton* m_exportScatter;
    ExportButton* m_exportProbe;
    QLabel* m_selectionLabel;
    QTableView* m_selectionTable;
    SubgroupAucTableModel* m_selectionModel;
};

} // namespace cxrfair

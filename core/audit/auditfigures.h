#pragma once

#include "audit/figuresettings.h"
#include "common/error.h"
#include "inference/embeddinganalysis.h"
#include "stats/metricsreport.h"

#include <QStringList>

#include <vector>

namespace cxrfair {

/// The figures of an audit report. core asks for them here; the application fills it with the
/// window's own chart classes (drawn offscreen), so that a report and the window can never
/// draw differently. Each writes `base` + ".png", ".svg" and ".pdf" (those of the settings'
/// formats) at the settings' size and font, and returns the files written.
class AuditFigures {
public:
    virtual ~AuditFigures() = default;

    /// The size, font and formats of the figures drawn next (the audit's "figures").
    virtual void setSettings(const FigureSettings& settings) = 0;

    /// Conditions x groups of `attribute` for `model`, with intervals and the overall AUC.
    virtual Result<QStringList> subgroupAuc(const std::vector<ModelConditionMetrics>& metrics,
                                            const QString& model, const QString& attribute,
                                            const QString& base) = 0;
    /// The study's drain figure: every model, all / without / with the confounder.
    virtual Result<QStringList> shortcut(const std::vector<ShortcutRow>& rows,
                                         const QString& base) = 0;
    /// The PCA scatter of one model's embeddings coloured by the column `column`.
    virtual Result<QStringList> pca(const EmbeddingAnalysis& analysis, const QString& column,
                                    const QString& base) = 0;
    /// The attribute probes with their intervals and chance levels.
    virtual Result<QStringList> probes(const EmbeddingAnalysis& analysis, const QString& base) = 0;
    /// The models on accuracy and fairness: overall AUC against worst-group AUC of
    /// `attribute`, one panel per condition.
    virtual Result<QStringList> pareto(const std::vector<ModelConditionMetrics>& metrics,
                                       const QString& attribute, const QString& base) = 0;
    /// Prints a self-contained HTML page (images embedded) to a PDF file.
    virtual Result<void> htmlToPdf(const QString& html, const QString& pdfPath) = 0;
};

} // namespace cxrfair

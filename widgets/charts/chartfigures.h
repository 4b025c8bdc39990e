#pragma once

#include <vector>

#include "audit/auditfigures.h"

class QCustomPlot;

namespace cxrfair {

/// The audit's figures drawn by the window's chart classes, offscreen: a report's subgroup AUC
/// chart is the one the window shows for the same numbers. Needs a QApplication (widgets).
class ChartFigures : public AuditFigures {
public:
    ChartFigures() = default;

    /// The subgroup AUC and shortcut figures take the settings' width and height; the PCA and
    /// probe figures half the width (one column of a two-column page), in their own shapes.
    void setSettings(const FigureSettings& settings) override { m_settings = settings; }

    Result<QStringList> subgroupAuc(const std::vector<ModelConditionMetrics>& metrics,
                                    const QString& model, const QString& attribute,
                                    const QString& base) override;
    Result<QStringList> shortcut(const std::vector<ShortcutRow>& rows,
                                 const QString& base) override;
    Result<QStringList> pca(const EmbeddingAnalysis& analysis, const QString& column,
                            const QString& base) override;
    Result<QStringList> probes(const EmbeddingAnalysis& analysis, const QString& base) override;
    Result<QStringList> pareto(const std::vector<ModelConditionMetrics>& metrics,
                               const QString& attribute, const QString& base) override;
    Result<void> htmlToPdf(const QString& html, const QString& pdfPath) override;

private:
    /// Writes the settings' formats of one chart at `widthMm` x `heightMm`.
    Result<QStringList> write(QCustomPlot* plot, const QString& base, double widthMm,
                              double heightMm) const;
    /// The same for charts in a grid of `columns`.
    Result<QStringList> write(const std::vector<QCustomPlot*>& plots, int columns,
                              const QString& base, double widthMm, double heightMm) const;

    FigureSettings m_settings;
};

} // namespace cxrfair

#pragma once

#include "audit/auditfigures.h"

namespace cxrfair {

/// The audit's figures drawn by the window's chart classes, offscreen: a report's subgroup AUC
/// chart is the one the window shows for the same numbers. Needs a QApplication (widgets).
class ChartFigures : public AuditFigures {
public:
    explicit ChartFigures(int dpi = 300);

    Result<QStringList> subgroupAuc(const std::vector<ModelConditionMetrics>& metrics,
                                    const QString& model, const QString& attribute,
                                    const QString& base) override;
    Result<QStringList> shortcut(const std::vector<ShortcutRow>& rows,
                                 const QString& base) override;
    Result<QStringList> pca(const EmbeddingAnalysis& analysis, const QString& column,
                            const QString& base) override;
    Result<QStringList> probes(const EmbeddingAnalysis& analysis, const QString& base) override;
    Result<void> htmlToPdf(const QString& html, const QString& pdfPath) override;

private:
    int m_dpi;
};

} // namespace cxrfair

#pragma once

#include "audit/auditresults.h"

#include <QString>

namespace cxrfair {

/// The methods paragraph a paper can cite as it is: the models with their bundle hashes, the
/// datasets with their counts and table hashes, cohort settings, prompts, statistics and the
/// cxrfair version. `tableHashes` maps a dataset table (absolute path) to its SHA-256.
QString auditMethods(const AuditResults& results, const QHash<QString, QString>& tableHashes);

/// The study's table for one dataset in LaTeX (booktabs): models x conditions, each cell the
/// bootstrap mean and standard deviation of the AUC, and the mean over conditions.
QString aucLatexTable(const AuditDatasetResult& dataset, const AuditSettings& settings);

/// The self-contained report: the methods paragraph, then per dataset its cohort, AUC table,
/// gaps, shortcut, probes and figures (PNG files of `outDir` embedded as data URLs).
QString auditReportHtml(const AuditResults& results, const QString& methods, const QString& outDir);

} // namespace cxrfair

#pragma once

#include "audit/auditresults.h"

#include <QString>
#include <QStringList>

namespace cxrfair {

/// The report's sections on telling a gap from noise, for one dataset: the summary per model
/// (worst group, gap with its bias-corrected value, ES-AUC) for the audit's `attributes`; the
/// pairs of groups whose cross-group AUC disparity is beyond noise; the gaps before and after
/// matching on covariates; the representation shift between groups (MMD); and the reproduction
/// of the published results. A section without rows is left out.
QString statisticsSections(const AuditDatasetResult& dataset, const QStringList& attributes);

} // namespace cxrfair

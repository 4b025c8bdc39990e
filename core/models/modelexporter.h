#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace cxrfair {

/// Where the model exporter (tools/export, Python) is and which Python runs it: what
/// `cxrfair-cli model export` and the window use to turn a published checkpoint into a bundle.
struct ModelExporter {
    QString python; ///< a Python 3 interpreter, one with PyTorch when there is one
    QString script; ///< cxrfair_export.py
    bool pythonHasTorch = false;

    /// The command line that exports: python script arguments...
    QStringList arguments(const QStringList& exporterArguments) const;
};

/// Finds the exporter: $CXRFAIR_EXPORTER, else share/cxrfair/export/cxrfair_export.py beside
/// the executable's folder (as installed, and as the build tree lays it out). Python:
/// $CXRFAIR_PYTHON, else the first of python3 on the PATH and /usr/bin/python3 that imports
/// torch, else the first that exists (the exporter then says PyTorch is missing). Errors say
/// what is missing and where it was looked for.
Result<ModelExporter> findModelExporter();

} // namespace cxrfair

#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace cxrfair {

/// The whole content of a small file, decompressed when its name ends in .gz (vocabularies,
/// manifests). Errors name the file.
Result<QByteArray> readFileContents(const QString& path);

} // namespace cxrfair

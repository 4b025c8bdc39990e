#include "models/modelexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ModelExporter)
};

constexpr int kImportTimeoutMs = 60000;

bool importsTorch(const QString& python) {
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import torch")});
    return process.waitForFinished(kImportTimeoutMs) &&
           process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

QStringList ModelExporter::arguments(const QStringList& exporterArguments) const {
    return QStringList{script} + exporterArguments;
}

Result<ModelExporter> findModelExporter() {
    ModelExporter exporter;
    exporter.script = qEnvironmentVariable("CXRFAIR_EXPORTER");
    if (exporter.script.isEmpty())
        exporter.script =
            QDir::cleanPath(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../share/cxrfair/export/cxrfair_export.py"));
    if (!QFileInfo(exporter.script).isFile())
        return fail(ErrorCode::Io, Tr::tr("the model exporter is not installed: no %1")
                                       .arg(QDir::toNativeSeparators(exporter.script)));

    QStringList candidates;
    const QString chosen = qEnvironmentVariable("CXRFAIR_PYTHON");
    if (!chosen.isEmpty()) {
        candidates << chosen;
    } else {
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!onPath.isEmpty())
            candidates << onPath;
        if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
            candidates << QStringLiteral("/usr/bin/python3");
    }
    if (candidates.isEmpty())
        return fail(ErrorCode::Io, Tr::tr("the model exporter needs Python 3 (Debian: apt install "
                                          "python3-torch python3-torchvision)"));
    for (const QString& python : candidates) {
        if (importsTorch(python)) {
            exporter.python = python;
            exporter.pythonHasTorch = true;
            return exporter;
        }
    }
    exporter.python = candidates.first();
    return exporter;
}

} // namespace cxrfair

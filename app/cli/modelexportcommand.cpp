#include "clicommon.h"
#include "commands.h"

#include "models/modelexporter.h"

#include <QProcess>

namespace cxrfair::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::ModelExportCommand)
};

} // namespace

int runModelExport(const QStringList& arguments) {
    const auto exporter = findModelExporter();
    if (!exporter)
        return reportError(exporter.error().message);
    // The exporter's own command line, help and messages: this command only finds it. The
    // first argument is this command's name.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(exporter->python, exporter->arguments(arguments.mid(1)));
    if (!process.waitForStarted())
        return reportError(
            Tr::tr("could not start %1: %2").arg(exporter->python, process.errorString()));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit)
        return reportError(Tr::tr("the model exporter stopped abnormally"));
    return process.exitCode();
}

} // namespace cxrfair::cli

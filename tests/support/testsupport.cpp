#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <zlib.h>

namespace cxrfair::test {

QString writeFile(const QDir& dir, const QString& relativePath, const QByteArray& content) {
    const QString path = dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    if (path.endsWith(QStringLiteral(".gz"))) {
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
        if (!gz ||
            gzwrite(gz, content.constData(), unsigned(content.size())) != int(content.size()))
            qFatal("cannot write %s", qPrintable(path));
        gzclose(gz);
        return path;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void touch(const QDir& dir, const QStringList& relativePaths) {
    for (const QString& p : relativePaths)
        writeFile(dir, p, QByteArray());
}

QString cliPath() {
    const QByteArray fromEnv = qgetenv("CXRFAIR_CLI");
    return fromEnv.isEmpty() ? QStringLiteral("cxrfair-cli") : QString::fromLocal8Bit(fromEnv);
}

ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QStringList& environment, int timeoutMs) {
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    ProcessResult r;
    if (!process.waitForStarted(10000))
        return r;
    process.waitForFinished(timeoutMs);
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

ProcessResult runCli(const QStringList& arguments, const QStringList& environment) {
    return runProcess(cliPath(), arguments, environment);
}

void expectOneLineCliError(const QStringList& arguments, const char* fragment) {
    const ProcessResult r = runCli(arguments);
    QVERIFY2(r.exitCode == 1, qPrintable(QString::fromUtf8(r.out + r.err)));
    QVERIFY2(r.err.contains(fragment), r.err.constData());
    QVERIFY2(r.err.count('\n') == 1, r.err.constData()); // one line
}

void freshAppData() {
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .removeRecursively();
}

Result<DemoResult> smallDemo(const QString& outDir, int nihImages, int mimicImages) {
    DemoOptions options;
    options.outDir = outDir;
    options.nihImages = nihImages;
    options.mimicImages = mimicImages;
    options.imageSize = 64;
    return generateDemo(options);
}

} // namespace cxrfair::test

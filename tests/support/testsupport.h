#pragma once

#include "demo/demogenerator.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>

namespace cxrfair::test {

/// Writes `content` to `dir/relativePath`, creating folders; gzip-compressed when the name ends
/// in .gz. Returns the full path.
QString writeFile(const QDir& dir, const QString& relativePath, const QByteArray& content);

/// Creates empty files (stand-ins for images whose bytes a reader never opens).
void touch(const QDir& dir, const QStringList& relativePaths);

/// The cxrfair-cli executable built alongside the tests.
QString cliPath();

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs `program` with `arguments` and waits up to `timeoutMs`; `environment` adds or replaces
/// variables ("LANG=fr_FR.UTF-8"). A process that cannot start or is killed has exit code -1.
ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QStringList& environment = {}, int timeoutMs = 120000);

/// Runs cxrfair-cli with `arguments` and waits (up to two minutes); `environment` adds or
/// replaces variables ("LANG=fr_FR.UTF-8").
ProcessResult runCli(const QStringList& arguments, const QStringList& environment = {});

/// Runs cxrfair-cli with `arguments` and checks, as a failed test, that it exits 1 with one
/// line on stderr that contains `fragment`.
void expectOneLineCliError(const QStringList& arguments, const char* fragment);

/// Puts QStandardPaths in test mode with an empty application data folder: no store or demo
/// left by an earlier run.
void freshAppData();

/// A small demo (64-pixel radiographs) written to `outDir`.
Result<DemoResult> smallDemo(const QString& outDir, int nihImages, int mimicImages);

} // namespace cxrfair::test

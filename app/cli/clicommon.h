#pragma once

#include "common/progress.h"

#include "common/error.h"
#include "data/agebins.h"
#include "inference/prompts.h"
#include "models/inferencesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <limits>
#include <vector>

namespace cxrfair {
struct StoreDamage;
}

namespace cxrfair::cli {

QTextStream& out();
QTextStream& err();

/// A Progress for core that prints its lines on stderr, one per line: a new stage at once,
/// the counts of one stage ("412/1600 images") every two seconds.
Progress lineProgress();

/// Prints "cxrfair-cli: <error>" on stderr and returns the exit status for failures (1).
int reportError(const Error& error);
int reportError(const QString& message);

/// Prints a warning per damaged region of an embedding store on stderr, then `consequence`
/// (what the command did about the lost records) with %n their number. Nothing when `damage`
/// is empty.
void reportStoreDamage(const std::vector<StoreDamage>& damage, const char* consequence);

/// The --device option every command that runs an encoder takes: cpu, cuda or auto.
QCommandLineOption deviceOption();
/// Its value; an error names what it takes.
Result<DeviceChoice> readDevice(const QCommandLineParser& parser, const QCommandLineOption& option);

/// A prompt preset's name or a prompt JSON file.
Result<PromptSet> promptsFromArgument(const QString& text);

/// The options of every command that runs an encoder: --device and --threads.
struct EncoderOptions {
    QCommandLineOption device = deviceOption();
    QCommandLineOption threads;

    EncoderOptions();
    Result<InferenceSettings> read(const QCommandLineParser& parser) const;
};

/// A numeric `attribute` named age becomes its bins (empty values stay empty): the groups of
/// a table's age column.
void binNumericAges(QStringList& values, const QString& attribute, const AgeBins& bins);

/// --store STORE and --model BUNDLE, the options of the commands that score a store's
/// embeddings; `modelDescription` says what the command does with the model's embeddings.
struct StoreModelOptions {
    QCommandLineOption store;
    QCommandLineOption model;

    explicit StoreModelOptions(const QString& modelDescription);
};

/// A whole number option in [low, high] (no upper limit by default); an error names the option.
Result<int> wholeOption(const QCommandLineParser& parser, const QCommandLineOption& option, int low,
                        int high = std::numeric_limits<int>::max());

/// Parses `arguments` (the program name and the command words first, as QCommandLineParser
/// expects) and handles --help. Returns -1 to go on, or the exit status to return now.
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                     const QString& description);

/// Progress on stderr: one line redrawn in place on a terminal, a line every few seconds
/// otherwise (logs of batch jobs).
class TerminalProgress {
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress();
    void update(double fraction, const QString& detail = {});
    void finish();
    /// A Progress for core that draws on this line (never cancelled: Ctrl+C ends the process).
    Progress progress();

private:
    QString m_label;
    bool m_tty = false;
    bool m_finished = false;
    qint64 m_started = 0;
    qint64 m_lastPrint = -1;
};

} // namespace cxrfair::cli

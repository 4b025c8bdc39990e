#include "clicommon.h"

#include "inference/storerecords.h"

#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <memory>

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace cxrfair::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::Common)
};
} // namespace

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int reportError(const Error& error) {
    return reportError(error.toString());
}

int reportError(const QString& message) {
    out().flush();
    err() << "cxrfair-cli: " << message << Qt::endl;
    return 1;
}

void reportStoreDamage(const std::vector<StoreDamage>& damage, const char* consequence) {
    if (damage.empty())
        return;
    out().flush();
    for (const StoreDamage& region : damage)
        err() << "cxrfair-cli: "
              << Tr::tr("warning: the embedding store is damaged: %1").arg(region.describe())
              << '\n';
    err() << "cxrfair-cli: " << Tr::tr(consequence, nullptr, int(recordsLost(damage))) << Qt::endl;
}

Result<int> wholeOption(const QCommandLineParser& parser, const QCommandLineOption& option, int low,
                        int high) {
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (ok && v >= low && v <= high)
        return v;
    const QString name = option.names().constFirst(), given = parser.value(option);
    return fail(ErrorCode::InvalidArgument,
                high == std::numeric_limits<int>::max()
                    ? Tr::tr("--%1 takes a whole number of at least %2 (not '%3')")
                          .arg(name)
                          .arg(low)
                          .arg(given)
                    : Tr::tr("--%1 takes a whole number from %2 to %3 (not '%4')")
                          .arg(name)
                          .arg(low)
                          .arg(high)
                          .arg(given));
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                     const QString& description) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return reportError(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        // Qt names the executable's full path; show the command as the user typed it.
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const qsizetype options = text.lastIndexOf(QStringLiteral(" [options]"), end);
        if (text.startsWith(QStringLiteral("Usage: ")) && options > 0)
            text.replace(7, options - 7, arguments.value(0));
        out() << text;
        out().flush();
        return 0;
    }
    return -1;
}

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label))
    , m_tty(::isatty(STDERR_FILENO) == 1)
    , m_started(QDateTime::currentMSecsSinceEpoch()) {}

TerminalProgress::~TerminalProgress() {
    finish();
}

void TerminalProgress::update(double fraction, const QString& detail) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_tty && m_lastPrint >= 0 && now - m_lastPrint < 5000 && fraction < 1.0)
        return;
    if (m_tty && m_lastPrint >= 0 && now - m_lastPrint < 100 && fraction < 1.0)
        return;
    m_lastPrint = now;
    const double elapsed = double(now - m_started) / 1000.0;
    QString eta;
    if (fraction > 0.02 && fraction < 1.0)
        eta = Tr::tr(", %1 s left").arg(elapsed * (1.0 - fraction) / fraction, 0, 'f', 0);
    const int width = 30;
    const int filled = int(fraction * width + 0.5);
    const QString bar =
        QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    const QString line =
        QStringLiteral("%1 [%2] %3%%4%5")
            .arg(m_label, bar)
            .arg(int(fraction * 100.0 + 0.5), 3)
            .arg(eta, detail.isEmpty() ? QString() : QStringLiteral("  ") + detail);
    if (m_tty)
        err() << '\r' << line << "\x1b[K";
    else
        err() << line << '\n';
    err().flush();
}

Progress lineProgress() {
    struct Printed {
        QString stage;
        QString line;
        qint64 at = -1;
    };
    auto printed = std::make_shared<Printed>();
    auto mutex = std::make_shared<QMutex>();
    return Progress([printed, mutex](double, const QString& line) {
        if (line.isEmpty())
            return;
        // The stage is the line without its numbers: counts change, stages are new.
        QString stage = line;
        stage.remove(QRegularExpression(QStringLiteral("[0-9.:/]+")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QMutexLocker lock(mutex.get());
        if (line == printed->line || (stage == printed->stage && now - printed->at < 2000))
            return;
        *printed = {stage, line, now};
        err() << line << '\n';
        err().flush();
    });
}

Progress TerminalProgress::progress() {
    return Progress([this](double fraction, const QString& detail) { update(fraction, detail); });
}

void TerminalProgress::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (m_tty && m_lastPrint >= 0) {
        err() << '\n';
        err().flush();
    }
}

Result<PromptSet> promptsFromArgument(const QString& text) {
    return QFileInfo(text).isFile() || text.endsWith(QStringLiteral(".json"))
               ? PromptSet::fromFile(text)
               : PromptSet::preset(text);
}

EncoderOptions::EncoderOptions()
    : threads(QStringLiteral("threads"),
              Tr::tr("CPU threads for the encoder (default: one per core)."), Tr::tr("N"),
              QStringLiteral("0")) {}

StoreModelOptions::StoreModelOptions(const QString& modelDescription)
    : store(QStringLiteral("store"), Tr::tr("The embedding store (from cxrfair-cli embed)."),
            Tr::tr("STORE"))
    , model(QStringLiteral("model"), modelDescription, Tr::tr("BUNDLE")) {}

Result<InferenceSettings> EncoderOptions::read(const QCommandLineParser& parser) const {
    InferenceSettings settings;
    const auto choice = readDevice(parser, device);
    if (!choice)
        return std::unexpected(choice.error());
    settings.device = *choice;
    bool ok = false;
    settings.threads = parser.value(threads).toInt(&ok);
    if (!ok || settings.threads < 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--threads takes a non-negative whole number"));
    return settings;
}

QCommandLineOption deviceOption() {
    return {QStringLiteral("device"), Tr::tr("cpu, cuda or auto (default: cuda when available)."),
            Tr::tr("DEVICE"), QStringLiteral("auto")};
}

Result<DeviceChoice> readDevice(const QCommandLineParser& parser,
                                const QCommandLineOption& option) {
    const auto choice = parseDeviceChoice(parser.value(option));
    if (!choice)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--device takes cpu, cuda or auto, not '%1'").arg(parser.value(option)));
    return *choice;
}

void binNumericAges(QStringList& values, const QString& attribute, const AgeBins& bins) {
    bool numeric = attribute.compare(QStringLiteral("age"), Qt::CaseInsensitive) == 0;
    for (const QString& v : values) {
        bool ok = v.isEmpty();
        if (!ok)
            v.toDouble(&ok);
        numeric = numeric && ok;
    }
    if (!numeric)
        return;
    const QStringList labels = bins.labels();
    for (QString& v : values)
        v = v.isEmpty() ? QString() : labels[bins.indexOf(v.toDouble())];
}

} // namespace cxrfair::cli

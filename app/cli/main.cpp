#include "clicommon.h"
#include "commands.h"

#include "common/translations.h"

#include <QApplication>

#include <csignal>
#include <memory>

using namespace cxrfair::cli;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::cli::Main)
};

int usage(int status) {
    (status == 0 ? out() : err()) << Tr::tr(
        "Usage: cxrfair-cli COMMAND [options]\n"
        "\n"
        "Audit CLIP-based chest X-ray models for fairness and robustness.\n"
        "\n"
        "Commands:\n"
        "  demo              generate the demo datasets (NIH-CXR14 and MIMIC-CXR layouts)\n"
        "  dataset summary   read a dataset and summarise its cohort\n"
        "  image export      decode a DICOM, PNG or JPEG image and write it as PNG\n"
        "  metrics           subgroup AUCs, intervals, gaps and shortcuts from a score table\n"
        "  compare           a metrics table next to the study's published tables\n"
        "  power             the smallest AUC difference a group's size can detect (MDD)\n"
        "  probe             predict an attribute from image embeddings\n"
        "  pca               principal components of image embeddings\n"
        "  mmd               representation shift between groups in embedding space (MMD)\n"
        "  tokenize          print the token ids of texts (CLIP BPE or WordPiece)\n"
        "  model info        print a model bundle's manifest and hash, and check it runs\n"
        "  model export      make a bundle from a published checkpoint (MedCLIP, BioViL, ...)\n"
        "  embed             encode a dataset's images with a model bundle into a store\n"
        "  score             zero-shot scores from stored embeddings and prompts\n"
        "  tags              zero-shot device and acquisition tags from stored embeddings\n"
        "  slices            find the groups of images where a model does worst\n"
        "  prompts sweep     subgroup AUCs under several prompt sets (prompt sensitivity)\n"
        "  saliency          where one image's zero-shot score comes from (occlusion, gradient)\n"
        "  embeddings export write a store's embeddings as .npy and a keys CSV\n"
        "  embeddings import add embeddings computed elsewhere to a store\n"
        "  embeddings merge  join the stores of shard runs into one\n"
        "  audit             run a whole audit (or --preset faimi2025) into a report\n"
        "\n"
        "Run 'cxrfair-cli COMMAND --help' for the options of a command.\n");
    (status == 0 ? out() : err()).flush();
    return status;
}

} // namespace

int main(int argc, char* argv[]) {
    // A file-size limit (ulimit -f) makes writes fail with an error each command reports,
    // like a full disk, instead of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    // An audit draws its figures with the window's chart classes, offscreen: that takes a
    // QApplication, and no display.
    // So does a saliency overlay's colour bar (text needs a QGuiApplication).
    bool overlay = false;
    for (int i = 2; argc > 1 && qstrcmp(argv[1], "saliency") == 0 && i < argc; ++i)
        overlay = overlay || qstrncmp(argv[i], "--overlay", 9) == 0;
    const bool audit = (argc > 1 && qstrcmp(argv[1], "audit") == 0) || overlay;
    if (audit && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = audit ? std::make_unique<QApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cxrfair-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXRFAIR_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("cxrfair"));
    cxrfair::installTranslations();

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage(1);
    const QString command = args.at(1);
    if (command == QStringLiteral("-h") || command == QStringLiteral("--help") ||
        command == QStringLiteral("help"))
        return usage(0);
    if (command == QStringLiteral("--version") || command == QStringLiteral("version")) {
        out() << "cxrfair-cli " << CXRFAIR_VERSION << Qt::endl;
        return 0;
    }
    // Subcommands see their words as part of the program name, so help reads
    // "Usage: cxrfair-cli dataset summary [options]".
    auto forward = [&](int words) {
        QStringList rest = args.mid(words + 1);
        rest.prepend(QStringLiteral("cxrfair-cli ") + args.mid(1, words).join(QLatin1Char(' ')));
        return rest;
    };
    if (command == QStringLiteral("demo"))
        return runDemo(forward(1));
    if (command == QStringLiteral("metrics"))
        return runMetrics(forward(1));
    if (command == QStringLiteral("probe"))
        return runProbe(forward(1));
    if (command == QStringLiteral("pca"))
        return runPca(forward(1));
    if (command == QStringLiteral("tokenize"))
        return runTokenize(forward(1));
    if (command == QStringLiteral("embed"))
        return runEmbed(forward(1));
    if (command == QStringLiteral("score"))
        return runScore(forward(1));
    if (command == QStringLiteral("tags"))
        return runTags(forward(1));
    if (command == QStringLiteral("slices"))
        return runSlices(forward(1));
    if (command == QStringLiteral("audit"))
        return runAudit(forward(1));
    if (command == QStringLiteral("saliency"))
        return runSaliency(forward(1));
    if (command == QStringLiteral("power"))
        return runPower(forward(1));
    if (command == QStringLiteral("mmd"))
        return runMmd(forward(1));
    if (command == QStringLiteral("compare"))
        return runCompare(forward(1));
    const QString sub = args.value(2);
    if (command == QStringLiteral("dataset") && sub == QStringLiteral("summary"))
        return runDatasetSummary(forward(2));
    if (command == QStringLiteral("image") && sub == QStringLiteral("export"))
        return runImageExport(forward(2));
    if (command == QStringLiteral("embeddings") &&
        (sub == QStringLiteral("export") || sub == QStringLiteral("import") ||
         sub == QStringLiteral("merge")))
        return runEmbeddings(forward(2), sub);
    if (command == QStringLiteral("prompts") && sub == QStringLiteral("sweep"))
        return runPromptsSweep(forward(2));
    if (command == QStringLiteral("model") && sub == QStringLiteral("info"))
        return runModelInfo(forward(2));
    if (command == QStringLiteral("model") && sub == QStringLiteral("export"))
        return runModelExport(forward(2));
    if (command == QStringLiteral("model"))
        return reportError(
            Tr::tr("'%1' needs a subcommand: %2").arg(command, QStringLiteral("info, export")));
    if (command == QStringLiteral("prompts"))
        return reportError(
            Tr::tr("'%1' needs a subcommand: %2").arg(command, QStringLiteral("sweep")));
    if (command == QStringLiteral("dataset"))
        return reportError(
            Tr::tr("'%1' needs a subcommand: %2").arg(command, QStringLiteral("summary")));
    if (command == QStringLiteral("image"))
        return reportError(
            Tr::tr("'%1' needs a subcommand: %2").arg(command, QStringLiteral("export")));
    if (command == QStringLiteral("embeddings"))
        return reportError(Tr::tr("'%1' needs a subcommand: %2")
                               .arg(command, QStringLiteral("export, import, merge")));
    reportError(Tr::tr("unknown command '%1'").arg(command));
    return usage(1);
}

#include "guidedtour.h"
#include "mainwindow.h"
#include "study/reproduction.h"
#include "theme.h"

#include "common/settings.h"
#include "common/translations.h"
#include "data/datasetsource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

/// The window's command line. Built once the application object exists, so that its texts
/// are translated.
struct GuiOptions {
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the demo datasets.")};
    QCommandLineOption open{QStringLiteral("open"),
                            QCoreApplication::translate("main", "Open the dataset in DIR."),
                            QCoreApplication::translate("main", "DIR")};
    QCommandLineOption format{
        QStringLiteral("format"),
        QCoreApplication::translate(
            "main", "The layout of --open: nih, mimic, chexpert (default: detect)."),
        QCoreApplication::translate("main", "FORMAT")};
    QCommandLineOption scores{
        QStringLiteral("scores"),
        QCoreApplication::translate("main", "Open a score table and chart its subgroup AUCs."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Once everything is loaded, save the window to FILE and quit."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption size{QStringLiteral("size"),
                            QCoreApplication::translate(
                                "main", "Open the window at WxH pixels (e.g. 1600x1000 for the "
                                        "documentation's pictures) instead of the size it would "
                                        "take on this screen."),
                            QCoreApplication::translate("main", "WxH")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language (fr, es, en)."),
        QCoreApplication::translate("main", "CODE")};
    QCommandLineOption show{
        QStringLiteral("show"),
        QCoreApplication::translate("main", "Once everything is loaded, raise a view: auc, roc, "
                                            "shortcut, embeddings, slices, sensitivity, summary, "
                                            "gallery, prompts or jobs."),
        QCoreApplication::translate("main", "VIEW")};
    QCommandLineOption tour{QStringLiteral("tour"),
                            QCoreApplication::translate(
                                "main", "Once everything is loaded, open the guided tour at STEP "
                                        "(1 is the first; 0 resumes where it was left)."),
                            QCoreApplication::translate("main", "STEP")};
    QCommandLineOption theme{
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Window colours: system, light or dark."),
        QCoreApplication::translate("main", "NAME")};
    QCommandLineOption published{
        QStringLiteral("published"),
        QCoreApplication::translate("main", "Draw the study's published results (the folder that "
                                            "holds data/performance/) on the subgroup bars."),
        QCoreApplication::translate("main", "DIR")};
    QCommandLineOption publishedMap{
        QStringLiteral("published-map"),
        QCoreApplication::translate("main", "With --published: which published model each model "
                                            "reproduces, e.g. chexzero=\"My CheXzero\"."),
        QCoreApplication::translate("main", "LIST")};
    QCommandLineParser parser;

    GuiOptions() {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Audit CLIP-based chest X-ray models for fairness and robustness."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, open, format, scores, screenshot, size, language, show, tour,
                           theme, published, publishedMap});
    }
};

/// True when the command line only asks for --help or --version: answered without a display.
bool asksForTextOnly(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("cxrfair"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXRFAIR_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("cxrfair"));
}

} // namespace

int main(int argc, char* argv[]) {
    if (asksForTextOnly(argc, argv)) {
        // No window, so no display: a headless machine can still ask what cxrfair takes.
        QCoreApplication core(argc, argv);
        describeApplication();
        QString language = cxrfair::settings::language.value();
        {
            GuiOptions untranslated;
            untranslated.parser.parse(core.arguments());
            if (untranslated.parser.isSet(untranslated.language))
                language = untranslated.parser.value(untranslated.language);
        }
        cxrfair::installTranslations(language);
        GuiOptions options;
        options.parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("cxrfair"));
    QApplication::setDesktopFileName(QStringLiteral("org.cxrfair.cxrfair"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/cxrfair/icons/cxrfair.svg")));
    GuiOptions options;
    QCommandLineParser& parser = options.parser;
    parser.process(app);
    // --lang, else the language chosen in View > Language, else the system's.
    cxrfair::installTranslations(parser.isSet(options.language)
                                     ? parser.value(options.language)
                                     : cxrfair::settings::language.value());

    // --theme, else the theme chosen in View > Theme, else the system's.
    const QString themeName = parser.isSet(options.theme) ? parser.value(options.theme)
                                                          : cxrfair::settings::theme.value();
    if (!cxrfair::applyTheme(themeName)) {
        std::fprintf(stderr, "cxrfair: unknown theme '%s' (system, light or dark)\n",
                     qPrintable(themeName));
        return 1;
    }

    std::optional<QSize> size;
    if (parser.isSet(options.size)) {
        const QStringList parts = parser.value(options.size).split(QLatin1Char('x'));
        bool wide = false, high = false;
        if (parts.size() == 2)
            size = QSize(parts[0].toInt(&wide), parts[1].toInt(&high));
        if (!wide || !high || size->width() < 320 || size->height() < 240 ||
            size->width() > 16384 || size->height() > 16384) {
            std::fprintf(stderr,
                         "cxrfair: --size takes WIDTHxHEIGHT in pixels (e.g. 1600x1000), not "
                         "'%s'\n",
                         qPrintable(parser.value(options.size)));
            return 1;
        }
    }

    cxrfair::MainWindow window;
    // Without --size the window opens as a user would see it on this screen (and a screenshot
    // is that size); --size asks for a documentation size whatever the screen.
    if (size)
        window.resize(*size);
    window.show();
    if (parser.isSet(options.demo))
        window.openDemo();
    if (parser.isSet(options.open)) {
        std::optional<cxrfair::DatasetFormat> chosen;
        if (parser.isSet(options.format)) {
            chosen = cxrfair::parseFormat(parser.value(options.format));
            if (!chosen) {
                std::fprintf(stderr, "cxrfair: unknown --format '%s'\n",
                             qPrintable(parser.value(options.format)));
                return 1;
            }
        }
        window.openDataset(parser.value(options.open), chosen);
    }
    if (parser.isSet(options.scores))
        window.openScores(parser.value(options.scores));
    if (parser.isSet(options.published)) {
        const auto map = cxrfair::parseModelMap(parser.value(options.publishedMap));
        if (!map) {
            std::fprintf(stderr, "cxrfair: --published-map: %s\n", qPrintable(map.error().message));
            return 1;
        }
        if (!window.loadPublished(parser.value(options.published), *map))
            return 1;
    }
    if (parser.isSet(options.tour)) {
        const int step = parser.value(options.tour).toInt();
        auto open = [&window, step] {
            if (step > 0)
                window.tour()->goTo(step - 1);
            else
                window.tour()->resume();
        };
        if (window.isBusy())
            QObject::connect(&window, &cxrfair::MainWindow::idle, &window, open,
                             Qt::SingleShotConnection);
        else
            open();
    }
    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        auto save = [&window, file, view = parser.value(options.show)] {
            if (!view.isEmpty() && !window.raiseView(view))
                std::fprintf(stderr, "cxrfair: unknown view '%s'\n", qPrintable(view));
            // Let the last layout settle before grabbing.
            QTimer::singleShot(200, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                std::fprintf(stderr,
                             ok ? "cxrfair: screenshot saved to %s\n" : "cxrfair: cannot save %s\n",
                             qPrintable(file));
                QApplication::exit(ok ? 0 : 1);
            });
        };
        if (window.isBusy())
            QObject::connect(&window, &cxrfair::MainWindow::idle, &window, save);
        else
            save();
    }
    return app.exec();
}

#include "guidedtour.h"
#include "mainwindow.h"
#include "theme.h"

#include "common/translations.h"
#include "data/datasetsource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cxrfair"));
    QApplication::setApplicationDisplayName(QStringLiteral("cxrfair"));
    QApplication::setApplicationVersion(QStringLiteral(CXRFAIR_VERSION));
    QApplication::setOrganizationName(QStringLiteral("cxrfair"));
    QApplication::setDesktopFileName(QStringLiteral("org.cxrfair.cxrfair"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/cxrfair/icons/cxrfair.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Audit CLIP-based chest X-ray models for fairness and robustness."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo datasets."));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QApplication::translate("main", "Open the dataset in DIR."),
                                  QApplication::translate("main", "DIR"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QApplication::translate("main",
                                "The layout of --open: nih, mimic, chexpert (default: detect)."),
        QApplication::translate("main", "FORMAT"));
    const QCommandLineOption scores(
        QStringLiteral("scores"),
        QApplication::translate("main", "Open a score table and chart its subgroup AUCs."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Once everything is loaded, save the window to FILE and quit."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption language(
        QStringLiteral("lang"), QApplication::translate("main", "Interface language (fr, es, en)."),
        QApplication::translate("main", "CODE"));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QApplication::translate("main", "Once everything is loaded, raise a view: auc, roc, "
                                        "drain, embeddings, gallery, prompts or jobs."),
        QApplication::translate("main", "VIEW"));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QApplication::translate("main", "Once everything is loaded, open the guided tour at STEP "
                                        "(1 is the first; 0 resumes where it was left)."),
        QApplication::translate("main", "STEP"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate("main", "Window colours: system, light or dark."),
        QApplication::translate("main", "NAME"));
    parser.addOptions({demo, open, format, scores, screenshot, language, show, tour, theme});
    parser.process(app);
    // --lang, else the language chosen in View > Language, else the system's.
    cxrfair::installTranslations(parser.isSet(language)
                                     ? parser.value(language)
                                     : QSettings().value(QStringLiteral("language")).toString());

    // --theme, else the theme chosen in View > Theme, else the system's.
    const QString themeName = parser.isSet(theme)
                                  ? parser.value(theme)
                                  : QSettings().value(QStringLiteral("theme")).toString();
    if (!cxrfair::applyTheme(themeName)) {
        std::fprintf(stderr, "cxrfair: unknown theme '%s' (system, light or dark)\n",
                     qPrintable(themeName));
        return 1;
    }

    cxrfair::MainWindow window;
    if (parser.isSet(screenshot))
        window.resize(1600, 1000); // the documentation's size, whatever was saved
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    if (parser.isSet(open)) {
        std::optional<cxrfair::DatasetFormat> chosen;
        if (parser.isSet(format)) {
            chosen = cxrfair::parseFormat(parser.value(format));
            if (!chosen) {
                std::fprintf(stderr, "cxrfair: unknown --format '%s'\n",
                             qPrintable(parser.value(format)));
                return 1;
            }
        }
        window.openDataset(parser.value(open), chosen);
    }
    if (parser.isSet(scores))
        window.openScores(parser.value(scores));
    if (parser.isSet(tour)) {
        const int step = parser.value(tour).toInt();
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
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto save = [&window, file, view = parser.value(show)] {
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

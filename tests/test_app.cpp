// The real application under Xvfb: `cxrfair --demo --screenshot FILE` generates the demo, runs
// the demo model and the analyses, waits for the charts and saves the window. The picture must
// show the window with its charts, not a blank or half-drawn one.
#include <QColor>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

#include <cmath>
#include <set>

class TestApp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersionNeedNoDisplay() {
        // On a headless machine (no display, no platform plugin chosen) --help and --version
        // print and exit 0, as a command's do.
        const QString app = qEnvironmentVariable("CXRFAIR_GUI");
        QVERIFY2(!app.isEmpty(), "CXRFAIR_GUI names the application");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        for (const auto& [argument, expected] :
             {std::pair{"--version", "cxrfair " CXRFAIR_VERSION}, std::pair{"--help", "--demo"}}) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(app, {QLatin1String(argument)});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            QVERIFY2(process.readAllStandardOutput().contains(expected), argument);
        }
    }

    void demoScreenshotShowsTheCharts() {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfb.isEmpty())
            QSKIP("xvfb-run is not installed (apt-get install xvfb xauth)");
        const QString app = qEnvironmentVariable("CXRFAIR_GUI");
        QVERIFY2(!app.isEmpty(), "CXRFAIR_GUI names the application");
        QTemporaryDir home;
        const QString shot = home.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path()); // a first start: no settings, no demo
        for (const char* name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "QT_QPA_PLATFORM", "DISPLAY"})
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"),
                             QStringLiteral("-screen 0 1600x1000x24"), app,
                             QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
        QVERIFY(process.waitForStarted(20000));
        QVERIFY2(process.waitForFinished(280000), "the application did not finish");
        const QString output = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(output));

        QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(output));
        QCOMPARE(image.size(), QSize(1600, 1000));
        // Not blank: many colours, and the charts' palette is there (the bars of Okabe and
        // Ito's orange, sky blue and bluish green).
        std::set<QRgb> colours;
        int orange = 0, sky = 0, green = 0;
        auto near = [](QRgb p, int r, int g, int b) {
            return std::abs(qRed(p) - r) < 12 && std::abs(qGreen(p) - g) < 12 &&
                   std::abs(qBlue(p) - b) < 12;
        };
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                colours.insert(p);
                orange += near(p, 0xE6, 0x9F, 0x00);
                sky += near(p, 0x56, 0xB4, 0xE9);
                green += near(p, 0x00, 0x9E, 0x73);
            }
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
        QVERIFY2(orange > 200 && sky > 200 && green > 200,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(orange).arg(sky).arg(green)));
    }
};

QTEST_APPLESS_MAIN(TestApp)
#include "test_app.moc"

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
        // --size asks for the documentation's size whatever the screen.
        const QString shot = screenshot(QStringLiteral("1600x1000x24"),
                                        {QStringLiteral("--size"), QStringLiteral("1600x1000")});
        if (shot.isEmpty())
            return;
        checkCharts(shot, QSize(1600, 1000));
    }

    void demoFitsALaptopScreen() {
        // Without --size the window opens as it would for a user of a 1366x768 laptop: whole
        // on the screen, charts included.
        const QString shot = screenshot(QStringLiteral("1366x768x24"), {});
        if (shot.isEmpty())
            return;
        const QSize size = QImage(shot).size();
        QVERIFY2(size.width() <= 1366 && size.height() <= 768,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        QVERIFY2(size.height() >= 700, "the window takes the laptop's screen");
        checkCharts(shot, size);
    }

private:
    QTemporaryDir m_home;

    /// Runs the demo on a first start under Xvfb with a screen of `screen` and returns the
    /// screenshot's path (empty, the test skipped, without xvfb-run).
    QString screenshot(const QString& screen, const QStringList& extra) {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfb.isEmpty()) {
            QTest::qSkip("xvfb-run is not installed (apt-get install xvfb xauth)", __FILE__,
                         __LINE__);
            return {};
        }
        const QString app = qEnvironmentVariable("CXRFAIR_GUI");
        if (app.isEmpty()) {
            QTest::qFail("CXRFAIR_GUI names the application", __FILE__, __LINE__);
            return {};
        }
        QTemporaryDir home(m_home.filePath(QStringLiteral("home-XXXXXX")));
        home.setAutoRemove(false);
        const QString shot = home.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path()); // a first start: no settings, no demo
        for (const char* name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "QT_QPA_PLATFORM", "DISPLAY"})
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(xvfb,
                      QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                                  QStringLiteral("-screen 0 ") + screen, app,
                                  QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot} +
                          extra);
        if (!process.waitForStarted(20000) || !process.waitForFinished(280000)) {
            QTest::qFail("the application did not finish", __FILE__, __LINE__);
            return {};
        }
        const QString output = QString::fromLocal8Bit(process.readAll());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
            QImage(shot).isNull()) {
            QTest::qFail(qPrintable(output), __FILE__, __LINE__);
            return {};
        }
        return shot;
    }

    void checkCharts(const QString& shot, const QSize& expected) {
        QImage image(shot);
        QCOMPARE(image.size(), expected);
        // Not blank: many colours, and the charts' palette is there (the bars of Okabe and
        // Ito's orange, blue and bluish green).
        std::set<QRgb> colours;
        int orange = 0, blue = 0, green = 0;
        // A bar is drawn in its colour, or pale (the colour at alpha 110 over the white plot)
        // when its group has not enough evidence for a gap.
        auto near = [](QRgb p, int r, int g, int b) {
            auto close = [p](int r, int g, int b) {
                return std::abs(qRed(p) - r) < 12 && std::abs(qGreen(p) - g) < 12 &&
                       std::abs(qBlue(p) - b) < 12;
            };
            auto pale = [](int c) { return int(std::lround(255.0 + (c - 255.0) * 110.0 / 255.0)); };
            return close(r, g, b) || close(pale(r), pale(g), pale(b));
        };
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                colours.insert(p);
                orange += near(p, 0xE6, 0x9F, 0x00);
                blue += near(p, 0x00, 0x72, 0xB2);
                green += near(p, 0x00, 0x9E, 0x73);
            }
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
        // (Sky blue is the 18-25 group, hatched in the demo's age chart: too few to judge.)
        QVERIFY2(orange > 200 && blue > 200 && green > 200,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(orange).arg(blue).arg(green)));
    }
};

QTEST_APPLESS_MAIN(TestApp)
#include "test_app.moc"

// The workbench as its users meet it: the real window on a 1366x768 screen (under Xvfb, see
// tests/CMakeLists.txt), driven by simulated keys and mouse, through the everyday tasks of a
// clinician, a student and a researcher. Each step saves a screenshot for a person to look at
// (CXRFAIR_SHOT_DIR, else a temporary folder named in the log).
#include "charts/chartstyle.h"
#include "charts/figureexportdialog.h"
#include "charts/paretochart.h"
#include "charts/pcascatter.h"
#include "charts/promptsensitivitychart.h"
#include "charts/rocchart.h"
#include "charts/subgroupaucchart.h"
#include "crossaucmatrixmodel.h"
#include "embeddingview.h"
#include "fairnesssummaryview.h"
#include "galleryview.h"
#include "guidedtour.h"
#include "imageviewer.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "prompteditor.h"
#include "promptsensitivityview.h"
#include "prompttablemodel.h"
#include "qcp.h"
#include "radiographcanvas.h"
#include "rocview.h"
#include "slicesview.h"
#include "subgroupaucview.h"

#include "common/translations.h"
#include "robustness/saliency.h"
#include "session/session.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <cmath>

using namespace cxrfair;

namespace {

/// Visible texts that do not fit their widget: "class 'text' needs N px, has M".
QStringList truncatedTexts(QWidget* root) {
    QStringList cut;
    auto check = [&](QWidget* w, const QString& text, int needed, int available) {
        if (!text.isEmpty() && needed > available + 1)
            cut << QStringLiteral("%1 '%2' needs %3 px, has %4")
                       .arg(QString::fromLatin1(w->metaObject()->className()), text)
                       .arg(needed)
                       .arg(available);
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->visibleRegion().isEmpty())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->wordWrap() || label->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(label->text()) || label->text().contains(QLatin1Char('\n')))
                continue;
            const QString text = label->text().remove(QLatin1Char('&'));
            check(w, text, label->fontMetrics().horizontalAdvance(text),
                  label->contentsRect().width());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (qobject_cast<QToolButton*>(w) && !static_cast<QToolButton*>(w)->icon().isNull() &&
                static_cast<QToolButton*>(w)->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            check(w, button->text().remove(QLatin1Char('&')), button->sizeHint().width(),
                  button->width());
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            check(w, combo->currentText(), combo->sizeHint().width() - 4, combo->width());
        } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
            if (header->orientation() != Qt::Horizontal)
                continue;
            for (int s = 0; s < header->count(); ++s) {
                if (header->isSectionHidden(s))
                    continue;
                const QString text = header->model()->headerData(s, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
                check(w, text, needed, header->sectionSize(s));
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int t = 0; t < tabs->count(); ++t) {
                const QString text = tabs->tabText(t).remove(QLatin1Char('&'));
                check(w, text, tabs->fontMetrics().horizontalAdvance(text),
                      tabs->tabRect(t).width() - 8);
            }
        }
    }
    return cut;
}

} // namespace

class TestUserTasks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shots;
    int m_shot = 0;
    MainWindow* m_window = nullptr;

    void shot(QWidget* widget, const QString& name) {
        const QString path = QDir(m_shots).filePath(
            QStringLiteral("%1-%2.png").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(name));
        QVERIFY(widget->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void waitIdle(MainWindow& window) {
        QSignalSpy idle(&window, &MainWindow::idle);
        while (window.isBusy())
            QVERIFY(idle.wait(180000));
    }

    void pressKey(QWidget* target, int key, Qt::KeyboardModifiers modifiers = {}) {
        QTest::keyClick(target, Qt::Key(key), modifiers);
        QApplication::processEvents();
    }

    /// Into the chart with the keyboard, then Right along the bars to `bar` (group, condition).
    void walkToBar(SubgroupAucChart* chart, std::pair<int, int> bar) {
        chart->setFocus(Qt::TabFocusReason);
        pressKey(chart, Qt::Key_Home);
        for (int guard = 0; chart->currentBar() != bar && guard < 200; ++guard)
            pressKey(chart, Qt::Key_Right);
    }

    void noTruncatedTextIn(const QString& language) {
        QCOMPARE(installTranslations(language), language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDemo();
        waitIdle(window);
        QStringList cut;
        for (const char* view : {"auc", "shortcut", "roc", "embeddings", "gallery", "prompts",
                                 "jobs", "settings", "project", "summary"}) {
            window.raiseView(QLatin1String(view));
            QApplication::processEvents();
            for (const QString& c : truncatedTexts(&window))
                if (!cut.contains(c))
                    cut << c;
        }
        shot(&window, language);
        window.session()->undoStack()->setClean();
        installTranslations(QStringLiteral("en"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase() {
        if (QGuiApplication::platformName() == QStringLiteral("offscreen") ||
            QGuiApplication::primaryScreen()->geometry().size() != QSize(1366, 768))
            QSKIP("runs under Xvfb with a 1366x768 screen (xvfb-run is missing)");
        QCoreApplication::setOrganizationName(QStringLiteral("cxrfair-user-tasks-test"));
        QSettings().clear(); // a first start: no saved geometry, no language
        test::freshAppData();
        m_shots = qEnvironmentVariable("CXRFAIR_SHOT_DIR");
        if (m_shots.isEmpty())
            m_shots = m_dir.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(m_shots));
        m_window = new MainWindow;
        m_window->show();
        m_window->activateWindow(); // Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_window->openDemo();
        waitIdle(*m_window);
        QVERIFY(m_window->datasetCount() >= 2);
        m_window->selectDataset(QStringLiteral("mimic"));
        waitIdle(*m_window);
    }

    void cleanupTestCase() { delete m_window; }

    void theWindowFitsTheLaptop() {
        MainWindow& window = *m_window;
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(screen.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("window %1x%2+%3+%4 on a %5x%6 screen")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(screen.width())
                                .arg(screen.height())));
        QVERIFY(window.isCompactLayout());
        // Every view raised by its shortcut lies whole inside the window, with the focus.
        for (int i = 0; i < 5; ++i) {
            pressKey(&window, Qt::Key_1 + i, Qt::ControlModifier);
            QDockWidget* front = nullptr;
            for (QDockWidget* d : window.findChildren<QDockWidget*>())
                if (d->isVisible() && !d->visibleRegion().isEmpty() &&
                    d->isAncestorOf(QApplication::focusWidget()))
                    front = d;
            if (i == 4) // the gallery
                QVERIFY(front);
            if (!front)
                continue;
            const QRect inWindow(front->mapTo(&window, QPoint(0, 0)), front->size());
            QVERIFY2(window.rect().contains(inWindow), qPrintable(front->objectName()));
        }
        pressKey(&window, Qt::Key_1, Qt::ControlModifier);
        shot(&window, QStringLiteral("laptop"));
        // A panel maximised and back.
        pressKey(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.hasMaximisedPanel());
        shot(&window, QStringLiteral("maximised"));
        QVERIFY(window.subgroupAucView()->table()->height() >=
                11 * window.subgroupAucView()->table()->verticalHeader()->defaultSectionSize());
        pressKey(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.hasMaximisedPanel());
    }

    void findTheWorstAgeGroupForPneumoniaAndOpenItsImages() {
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_1, Qt::ControlModifier);
        SubgroupAucView* view = window.subgroupAucView();
        view->setAttribute(QStringLiteral("age"));
        SubgroupAucChart* chart = view->chart();
        const SubgroupAucData& data = chart->data();
        const int pneumonia = int(data.conditions.indexOf(QStringLiteral("Pneumonia")));
        QVERIFY(pneumonia >= 0);
        int worst = -1;
        for (int g = 0; g < int(data.groups.size()); ++g) {
            const auto& bar = data.bars[size_t(g)][size_t(pneumonia)];
            if (bar && !bar->flagged &&
                (worst < 0 || bar->auc < data.bars[size_t(worst)][size_t(pneumonia)]->auc))
                worst = g;
        }
        QVERIFY(worst >= 0);
        // With the keyboard: into the chart, along the bars to that one, Enter.
        walkToBar(chart, {worst, pneumonia});
        QCOMPARE(chart->currentBar(), (std::pair{worst, pneumonia}));
        shot(&window, QStringLiteral("worst-bar"));
        pressKey(chart, Qt::Key_Return);
        GalleryView* gallery = window.galleryView();
        QVERIFY(gallery->isVisible());
        QVERIFY(gallery->title().contains(data.groups[worst]));
        QCOMPARE(qint64(gallery->items().size()), data.bars[size_t(worst)][size_t(pneumonia)]->n);
        QSignalSpy thumbnails(gallery, &GalleryView::thumbnailsFinished);
        if (gallery->isLoading())
            QVERIFY(thumbnails.wait(60000));
        // Missed positives first: the badges say which.
        auto* filter = gallery->findChild<QComboBox*>(QStringLiteral("galleryFilter"));
        filter->setCurrentIndex(filter->findData(int(GalleryFilter::Positives)));
        auto* order = gallery->findChild<QComboBox*>(QStringLiteral("galleryOrder"));
        order->setCurrentIndex(order->findData(int(GalleryOrder::LowestScore)));
        shot(&window, QStringLiteral("gallery"));
        QVERIFY(gallery->list()->model()->rowCount() > 0);
        gallery->list()->setFocus();
        gallery->list()->setCurrentIndex(gallery->list()->model()->index(0, 0));
        pressKey(gallery->list(), Qt::Key_Return);
        auto* viewer = gallery->findChild<ImageViewer*>();
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->image().isNull(), 20000);

        // Window and level by dragging on the image.
        RadiographCanvas* canvas = viewer->canvas();
        const double level = viewer->level(), width = viewer->windowWidth();
        const QPoint start = canvas->rect().center();
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(canvas, start + QPoint(-8 * step, 5 * step));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + QPoint(-80, 50));
        QVERIFY(viewer->windowWidth() < width);
        QVERIFY(viewer->level() < level);
        shot(viewer, QStringLiteral("viewer-window-level"));
        // The next image with the arrow key.
        if (gallery->shownOrder().size() > 1) {
            pressKey(canvas, Qt::Key_Right);
            QCOMPARE(viewer->index(), 1);
        }
        // Where the score comes from: the occlusion map over the image (M), computed in the
        // background, then remembered.
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->image().isNull(), 20000);
        QSignalSpy mapped(viewer, &ImageViewer::saliencyDone);
        pressKey(canvas, Qt::Key_M);
        QVERIFY(mapped.wait(60000));
        QVERIFY2(canvas->hasOverlay(), qPrintable(viewer->saliencyStatus()));
        QVERIFY(viewer->saliencyStatus().contains(QStringLiteral("score")));
        shot(viewer, QStringLiteral("viewer-saliency"));
        pressKey(canvas, Qt::Key_M);
        QVERIFY(!canvas->hasOverlay());
        pressKey(canvas, Qt::Key_M); // from the cache: at once
        QVERIFY(canvas->hasOverlay() && !viewer->isComputingSaliency());
        // Another choice while a map computes: the window never waits, and the last choice
        // wins.
        if (gallery->shownOrder().size() > 2) {
            pressKey(canvas, Qt::Key_Right);
            QComboBox* method = viewer->saliencyMethodBox();
            method->setCurrentIndex(method->findData(int(SaliencyMethod::Gradient)));
            QTRY_VERIFY_WITH_TIMEOUT(!viewer->isComputingSaliency(), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(canvas->hasOverlay(), 20000);
            QVERIFY2(viewer->saliencyStatus().startsWith(QStringLiteral("Gradient")),
                     qPrintable(viewer->saliencyStatus()));
        }
        viewer->close();
    }

    void lassoAndReadTheSelectionsMetrics() {
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_4, Qt::ControlModifier);
        EmbeddingView* view = window.embeddingView();
        QVERIFY(view->isVisible());
        PcaScatter* scatter = view->scatter();
        scatter->setTool(PcaScatter::Tool::Lasso);
        QCustomPlot* plot = scatter->plot();
        const QRect area = plot->axisRect()->rect();
        // A lasso around the left half of the points, drawn with the mouse.
        const QPoint corners[] = {
            area.topLeft() + QPoint(4, 4), QPoint(area.center().x(), area.top() + 4),
            QPoint(area.center().x(), area.bottom() - 4), area.bottomLeft() + QPoint(4, -4)};
        QTest::mousePress(plot, Qt::LeftButton, {}, corners[0]);
        for (int side = 0; side < 4; ++side)
            for (int step = 1; step <= 8; ++step) {
                const QPoint a = corners[side], b = corners[(side + 1) % 4];
                QTest::mouseMove(plot, a + (b - a) * step / 8);
            }
        QTest::mouseRelease(plot, Qt::LeftButton, {}, corners[0]);
        QVERIFY(scatter->selectedCount() > 0);
        auto* table = view->findChild<QTableView*>();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 60000);
        shot(&window, QStringLiteral("lasso"));
    }

    void chooseTheWorstSliceAndSeeItsImages() {
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_0, Qt::ControlModifier);
        SlicesView* slices = window.slicesView();
        QTRY_VERIFY_WITH_TIMEOUT(slices->isVisible(), 60000);
        QTableView* table = slices->table();
        QVERIFY(table->model()->rowCount() > 0);
        // The keyboard: the table takes the focus, Down chooses the worst slice.
        table->setFocus();
        pressKey(table, Qt::Key_Down);
        const int chosen = table->currentIndex().row();
        QVERIFY(chosen >= 0);
        // Its images in the gallery and selected in the PCA scatter.
        QTRY_VERIFY_WITH_TIMEOUT(!window.galleryView()->items().empty(), 20000);
        QVERIFY(window.embeddingView()->scatter()->selectedCount() > 0);
        QCOMPARE(qsizetype(window.galleryView()->items().size()),
                 window.embeddingView()->scatter()->selectedCount());
        shot(&window, QStringLiteral("slices"));
        // The tags colour the scatter as attributes do.
        QComboBox* colour = window.embeddingView()->colourBox();
        QStringList tags;
        for (int i = 0; i < colour->count(); ++i)
            if (colour->itemText(i).endsWith(QStringLiteral("(tag)")))
                tags << colour->itemText(i);
        QVERIFY2(tags.contains(QStringLiteral("chest drain (tag)")), qPrintable(tags.join(", ")));
    }

    void findTheInvertedPromptSet() {
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        PromptSensitivityView* view = window.promptSensitivityView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 20000);
        QComboBox* condition = view->conditionBox();
        const int ptx = condition->findText(QStringLiteral("Pneumothorax"));
        QVERIFY(ptx >= 0);
        condition->setCurrentIndex(ptx);
        // The demo model reads "pneumothorax resolved" as "pneumothorax": synonyms-3 is
        // inverted, drawn as crosses and named so.
        QCustomPlot* plot = view->chart()->plot();
        QStringList names;
        for (int g = 0; g < plot->graphCount(); ++g)
            names << plot->graph(g)->name();
        QVERIFY2(names.contains(QStringLiteral("synonyms-3 (inverted)")),
                 qPrintable(names.join(QStringLiteral(", "))));
        QVERIFY2(view->summary().contains(QStringLiteral("synonyms-3")),
                 qPrintable(view->summary()));
        shot(&window, QStringLiteral("prompt-sensitivity"));
    }

    void sortDrainedPneumothoracesByAttributionOnTheDrain() {
        // The pneumothoraces the model tags with a chest drain, from their bar, sorted by how
        // much of the occlusion map falls on the drain (the demo writes each drain's mask).
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_1, Qt::ControlModifier);
        SubgroupAucView* view = window.subgroupAucView();
        view->setAttribute(QStringLiteral("tag.chest_drain"));
        SubgroupAucChart* chart = view->chart();
        const SubgroupAucData& data = chart->data();
        const std::pair bar{int(data.groups.indexOf(QStringLiteral("yes"))),
                            int(data.conditions.indexOf(QStringLiteral("Pneumothorax")))};
        QVERIFY(bar.first >= 0 && bar.second >= 0);
        walkToBar(chart, bar);
        QCOMPARE(chart->currentBar(), bar);
        pressKey(chart, Qt::Key_Return);
        GalleryView* gallery = window.galleryView();
        QVERIFY(gallery->isVisible());
        QComboBox* order = gallery->orderBox();
        const int entry = order->findData(int(GalleryOrder::RegionAttribution));
        QVERIFY2(entry >= 0, "the drained images have their masks");
        QSignalSpy ranked(gallery, &GalleryView::regionRankingFinished);
        order->setCurrentIndex(entry);
        QVERIFY(gallery->isRankingRegions());
        shot(&window, QStringLiteral("gallery-region-progress"));
        QVERIFY(ranked.wait(300000));
        const std::vector<int>& shown = gallery->shownOrder();
        QVERIFY(!shown.empty());
        QVERIFY(gallery->regionShare(shown.front()).has_value());
        for (size_t k = 1; k < shown.size(); ++k)
            QVERIFY(gallery->regionShare(shown[k]).value_or(-1.0) <=
                    gallery->regionShare(shown[k - 1]).value_or(-1.0));
        shot(&window, QStringLiteral("gallery-region-sorted"));
    }

    void matchTheGroupsAndCompareWithThePublishedResults() {
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_1, Qt::ControlModifier);
        SubgroupAucView* view = window.subgroupAucView();
        view->setAttribute(QStringLiteral("age"));
        QVERIFY(view->matchedButton()->isEnabled());
        // Ctrl+Shift+A: the groups' AUCs after matching on sex and view; again: as observed.
        pressKey(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(view->matched());
        QCOMPARE(view->chart()->data().matchedOn,
                 (QStringList{QStringLiteral("sex"), QStringLiteral("view")}));
        shot(&window, QStringLiteral("matched"));
        pressKey(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!view->matched());

        // The study's published tables (when the reference folder is here): diamonds on the
        // bars of the model named as CheXzero.
        const QString shared = qEnvironmentVariable("CXRFAIR_SHARED_DIR");
        const QString published = QDir(shared).filePath("reference/faimi2025-published");
        if (!shared.isEmpty() && QFileInfo::exists(published + "/data/performance/MIMIC")) {
            QVERIFY(window.loadPublished(
                published, {{QStringLiteral("chexzero"), view->modelBox()->currentText()}}));
            int marked = 0;
            for (const auto& series : view->chart()->data().bars)
                for (const auto& bar : series)
                    marked += bar && bar->published;
            QVERIFY2(marked >= 20, qPrintable(QString::number(marked)));
            shot(&window, QStringLiteral("published"));
        }

        // Ctrl+Shift+U: the models on accuracy and fairness, and the cross-group AUCs, walked
        // with the arrow keys.
        pressKey(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        FairnessSummaryView* summary = window.fairnessSummaryView();
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 20000);
        QVERIFY(summary->matrixModel()->rowCount() >= 2);
        QVERIFY(!summary->chart()->points().empty());
        QVERIFY2(summary->summary().contains(QStringLiteral("ES-AUC")),
                 qPrintable(summary->summary()));
        summary->matrix()->setFocus(Qt::TabFocusReason);
        summary->matrix()->setCurrentIndex(summary->matrixModel()->index(0, 0));
        pressKey(summary->matrix(), Qt::Key_Right);
        pressKey(summary->matrix(), Qt::Key_Down);
        QCOMPARE(summary->matrix()->currentIndex().row(), 1);
        QCOMPARE(summary->matrix()->currentIndex().column(), 1);
        shot(&window, QStringLiteral("fairness-summary"));
    }

    void editAPromptSeeTheChartChangeAndUndo() {
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_1, Qt::ControlModifier);
        const double before = window.subgroupAucView()->chart()->data().overall[0].value();
        pressKey(&window, Qt::Key_8, Qt::ControlModifier);
        PromptEditor* editor = window.promptEditor();
        QTableView* table = editor->table();
        PromptTableModel* prompts = editor->model();
        const QString condition = window.subgroupAucView()->chart()->data().conditions[0];
        const int row = int(prompts->conditions().indexOf(condition)) + 1;
        QVERIFY(row > 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 1));
        QSignalSpy rescored(&window, &MainWindow::rescored);
        pressKey(table, Qt::Key_F2);
        QWidget* field = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(field));
        static_cast<QLineEdit*>(field)->selectAll();
        QTest::keyClicks(field, QStringLiteral("lung; opacity in the lung"));
        pressKey(field, Qt::Key_Return);
        QVERIFY(rescored.wait(60000));
        waitIdle(window);
        const double after = window.subgroupAucView()->chart()->data().overall[0].value();
        QVERIFY(after != before);
        shot(&window, QStringLiteral("prompt-edited"));
        pressKey(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(rescored.wait(60000));
        waitIdle(window);
        QCOMPARE(window.subgroupAucView()->chart()->data().overall[0].value(), before);
    }

    void exportAChartAtASingleColumn() {
        MainWindow& window = *m_window;
        pressKey(&window, Qt::Key_1, Qt::ControlModifier);
        SubgroupAucView* view = window.subgroupAucView();
        auto* exportButton = view->findChild<QToolButton*>(QString(), Qt::FindDirectChildrenOnly);
        QToolButton* button = nullptr;
        for (QToolButton* b : view->findChildren<QToolButton*>())
            if (b->menu())
                button = b;
        Q_UNUSED(exportButton);
        QVERIFY(button);
        const QDir out(m_dir.filePath(QStringLiteral("figures")));
        QVERIFY(QDir().mkpath(out.path()));
        for (const char* format : {"png", "svg", "pdf"}) {
            const QString path = out.filePath(QStringLiteral("auc.") + QLatin1String(format));
            // The dialog is modal: it is filled in from the event loop, as a user would.
            QTimer::singleShot(500, this, [this, path] {
                auto* dialog = qobject_cast<FigureExportDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto* column = dialog->findChild<QComboBox*>(QStringLiteral("column"));
                column->setFocus();
                column->setCurrentIndex(0); // single column, 88 mm
                dialog->setPath(path);
                shot(dialog, QStringLiteral("export-dialog"));
                QTest::keyClick(dialog, Qt::Key_Return);
            });
            button->menu()->actions().front()->trigger();
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
            // The export says where it went.
            QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("savedMessage")));
            for (QMessageBox* box :
                 window.findChildren<QMessageBox*>(QStringLiteral("savedMessage"))) {
                QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
                box->close();
            }
            QApplication::processEvents();
        }
        const QImage png(out.filePath(QStringLiteral("auc.png")));
        QVERIFY(std::abs(png.width() * 1000.0 / png.dotsPerMeterX() - 88.0) < 0.5);
        QFile svg(out.filePath(QStringLiteral("auc.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        const QRegularExpression width(QStringLiteral("width=\"([0-9.]+)mm\""));
        QVERIFY(std::abs(width.match(QString::fromUtf8(svgText)).captured(1).toDouble() - 88.0) <
                0.5);
        QFile pdf(out.filePath(QStringLiteral("auc.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) "));
        QVERIFY(std::abs(box.match(QString::fromLatin1(pdf.readAll())).captured(1).toDouble() /
                             72.0 * 25.4 -
                         88.0) < 0.5);
    }

    void saveReopenAndFindEveryChoice() {
        MainWindow& window = *m_window;
        SubgroupAucView* auc = window.subgroupAucView();
        auc->setAttribute(QStringLiteral("sex"));
        auc->setSameScale(false);
        window.rocView()->select({}, QStringLiteral("Pneumothorax"), QStringLiteral("sex"));
        QComboBox* colour = window.embeddingView()->colourBox();
        const int race = colour->findData(QStringLiteral("column:race"));
        if (race >= 0)
            colour->setCurrentIndex(race);
        const QString colourKey = window.embeddingView()->colourKey();
        const QString project = m_dir.filePath(QStringLiteral("choices.cxrproject"));
        QVERIFY(window.saveProject(project).has_value());

        MainWindow reopened;
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        reopened.openProject(project);
        waitIdle(reopened);
        reopened.selectDataset(QStringLiteral("mimic"));
        waitIdle(reopened);
        QCOMPARE(reopened.subgroupAucView()->attribute(), QStringLiteral("sex"));
        QVERIFY(!reopened.subgroupAucView()->sameScale());
        QCOMPARE(reopened.rocView()->condition(), QStringLiteral("Pneumothorax"));
        QCOMPARE(reopened.rocView()->attribute(), QStringLiteral("sex"));
        QCOMPARE(reopened.embeddingView()->colourKey(), colourKey);
        QVERIFY(reopened.isCompactLayout());
        shot(&reopened, QStringLiteral("reopened"));
        reopened.session()->undoStack()->setClean();
    }

    void cancelOneJobOfTwo() {
        MainWindow& window = *m_window;
        // Back to the main window after the reopened one (shortcuts act in the active window).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        JobQueue* jobs = window.session()->jobs();
        auto slow = [](const QString& title) {
            Job job;
            job.title = title;
            job.work = [](const JobContext& c) -> Result<JobApply> {
                for (int i = 0; i < 600 && !c.progress.cancelled(); ++i) {
                    c.progress.report(i / 600.0, QStringLiteral("step %1").arg(i));
                    QThread::msleep(50);
                }
                if (c.progress.cancelled())
                    return std::unexpected(Progress::cancelledError());
                return JobApply([] { return QString(); });
            };
            return job;
        };
        jobs->enqueue(slow(QStringLiteral("First job")));
        jobs->enqueue(slow(QStringLiteral("Second job")));
        pressKey(&window, Qt::Key_9, Qt::ControlModifier);
        JobsPanel* panel = window.jobsPanel();
        QTRY_COMPARE(panel->waitingCount(), 1);
        QVERIFY(panel->summary().contains(QStringLiteral("running")));
        shot(&window, QStringLiteral("two-jobs"));
        // The waiting job's own Cancel: the first goes on.
        QToolButton* cancelSecond = nullptr;
        for (QLabel* label : panel->findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("Second job")))
                cancelSecond = label->parentWidget()->findChild<QToolButton*>();
        QVERIFY(cancelSecond);
        QTest::mouseClick(cancelSecond, Qt::LeftButton);
        QTRY_COMPARE(panel->waitingCount(), 0);
        QVERIFY(window.isBusy());
        QVERIFY(panel->summary().contains(QStringLiteral("running")));
        // Esc stops the running one, as the README says.
        pressKey(&window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
        QVERIFY(panel->rowDetail(0).contains(QStringLiteral("Cancelled")));
    }

    void theTourStaysOnScreen() {
        MainWindow& window = *m_window;
        GuidedTour* tour = window.tour();
        for (int i = 0; i < tour->stepCount(); ++i) {
            tour->goTo(i);
            QApplication::processEvents();
            QVERIFY2(window.rect().contains(tour->geometry()), qPrintable(QString::number(i)));
            for (QDockWidget* d : window.findChildren<QDockWidget*>())
                if (d->isVisible() && !d->visibleRegion().isEmpty())
                    QVERIFY2(
                        window.rect().contains(QRect(d->mapTo(&window, QPoint(0, 0)), d->size())),
                        qPrintable(d->objectName()));
        }
        shot(&window, QStringLiteral("tour-last-step"));
        tour->leave();
    }

    void aGroupHasOneColourInEveryView() {
        MainWindow& window = *m_window;
        window.selectDataset(QStringLiteral("mimic"));
        waitIdle(window);
        SubgroupAucView* auc = window.subgroupAucView();
        auc->setAttribute(QStringLiteral("age"));
        const SubgroupAucData& data = auc->chart()->data();
        QVERIFY(!data.colourOrder.isEmpty());
        // The ROC view's curve of a group has the group's bar colour.
        QSignalSpy updated(window.rocView(), &RocView::updated);
        window.rocView()->select({}, data.conditions[0], QStringLiteral("age"));
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30000);
        int compared = 0;
        for (const RocSeries& s : window.rocView()->chart()->series()) {
            for (const QString& group : data.groups)
                if (s.name.startsWith(group + QLatin1Char(' ')) && s.color) {
                    QCOMPARE(
                        s.color->rgb(),
                        groupColor(data.colourOrder, int(data.colourOrder.indexOf(group))).rgb());
                    ++compared;
                }
        }
        QVERIFY(compared >= 3);
    }

    void frenchAndSpanishHaveNoTruncatedText() {
        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("es")})
            noTruncatedTextIn(language);
    }
};

QTEST_MAIN(TestUserTasks)
#include "test_user_tasks.moc"

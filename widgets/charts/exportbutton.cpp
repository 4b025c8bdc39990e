#include "charts/exportbutton.h"
#include "common/settings.h"

#include "charts/chartexport.h"
#include "charts/figureexportdialog.h"
#include "qcp.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace cxrfair {

Result<void> exportFigureOrData(QCustomPlot* plot, const QString& csv, const QString& path,
                                int dpi) {
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) != 0)
        return exportChart(plot, path, 6.5, 3.5, dpi);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, file.errorString(), path);
    file.write(csv.toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io, file.errorString(), path);
    return {};
}

ExportButton::ExportButton(QString baseName, std::function<QCustomPlot*()> plot,
                           std::function<QString()> csv, QWidget* parent)
    : QToolButton(parent)
    , m_baseName(std::move(baseName))
    , m_plot(std::move(plot))
    , m_csv(std::move(csv)) {
    setText(tr("Export"));
    setToolTip(tr("Save or copy this figure and its numbers"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Figure (PNG, SVG, PDF)..."), this, &ExportButton::chooseFigure);
    menu->addAction(tr("&Data (CSV)..."), this, &ExportButton::chooseDataFile);
    menu->addAction(tr("Copy Figure"), this, [this] {
        if (const auto grid = currentGrid())
            QApplication::clipboard()->setImage(renderChartGrid(grid->plots, grid->columns));
        else
            QApplication::clipboard()->setPixmap(m_plot()->toPixmap(0, 0, 2.0));
    });
    menu->addAction(tr("Copy Data"), this, [this] { QApplication::clipboard()->setText(m_csv()); });
    setMenu(menu);
}

void ExportButton::chooseFigure() {
    FigureExportDialog dialog(
        [this] {
            if (const auto grid = currentGrid())
                return *grid;
            return ChartGrid{{m_plot()}, 1};
        },
        m_baseName, this);
    if (dialog.exec() == QDialog::Accepted)
        announceSaved(this, QDir::fromNativeSeparators(dialog.path()));
}

void ExportButton::chooseDataFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Data"),
        QDir(settings::lastExportFolder.value()).filePath(m_baseName + QStringLiteral(".csv")),
        tr("Data as CSV (*.csv)"));
    if (path.isEmpty())
        return;
    settings::lastExportFolder.set(QFileInfo(path).absolutePath());
    if (auto written = exportFigureOrData(m_plot(), m_csv(), path); !written)
        QMessageBox::warning(this, tr("Export Data"), written.error().toString());
    else
        announceSaved(this, path);
}

std::optional<ChartGrid> ExportButton::currentGrid() const {
    if (!m_grid)
        return std::nullopt;
    ChartGrid grid = m_grid();
    if (grid.plots.size() < 2)
        return std::nullopt;
    return grid;
}

} // namespace cxrfair

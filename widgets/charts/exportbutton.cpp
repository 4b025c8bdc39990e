#include "charts/exportbutton.h"
#include "common/settings.h"

#include "charts/chartexport.h"
#include "qcp.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
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
    menu->addAction(tr("Figure (PNG, SVG, PDF) or Data (CSV)..."), this, &ExportButton::chooseFile);
    menu->addAction(tr("Copy Figure"), this, [this] {
        if (const auto grid = currentGrid())
            QApplication::clipboard()->setImage(renderChartGrid(grid->plots, grid->columns));
        else
            QApplication::clipboard()->setPixmap(m_plot()->toPixmap(0, 0, 2.0));
    });
    menu->addAction(tr("Copy Data"), this, [this] { QApplication::clipboard()->setText(m_csv()); });
    setMenu(menu);
}

void ExportButton::chooseFile() {
    const QString folder = settings::lastExportFolder.value();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), QDir(folder).filePath(m_baseName + QStringLiteral(".png")),
        tr("PNG image, 300 dpi (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV "
           "(*.csv)"));
    if (path.isEmpty())
        return;
    settings::lastExportFolder.set(QFileInfo(path).absolutePath());
    int dpi = settings::exportDpi.value();
    if (QFileInfo(path).suffix().compare(QStringLiteral("png"), Qt::CaseInsensitive) == 0) {
        bool ok = false;
        dpi = QInputDialog::getInt(this, tr("Export Figure"), tr("Resolution (dots per inch):"),
                                   dpi, 72, 1200, 50, &ok);
        if (!ok)
            return;
        settings::exportDpi.set(dpi);
    }
    const auto grid = currentGrid();
    const bool figure =
        QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) != 0;
    auto written = grid && figure ? exportChartGrid(grid->plots, grid->columns, path, 4.5, 3.0, dpi)
                                  : exportFigureOrData(m_plot(), m_csv(), path, dpi);
    if (!written)
        QMessageBox::warning(this, tr("Export Figure"), written.error().toString());
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

#pragma once

#include "audit/figuresettings.h"
#include "charts/chartexport.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cxrfair {

/// Exports a figure for a paper: its width as a journal column (single 88 mm, 1.5 column
/// 120 mm, double 180 mm) or in millimetres, its height, the font and its size in points,
/// the format (PNG at a resolution, SVG, PDF) and the file, with a preview of the figure at
/// that size. The choices are remembered for the next export.
class FigureExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `charts` gives the charts to export (one, or a grid of small multiples); `baseName`
    /// names the file proposed.
    FigureExportDialog(std::function<ChartGrid()> charts, const QString& baseName,
                       QWidget* parent = nullptr);

    FigureSettings settings() const;
    void setSettings(const FigureSettings& settings);
    QString path() const;
    void setPath(const QString& path);
    /// The preview as shown (for tests).
    QImage preview() const { return m_previewImage; }

    /// Writes the figure as chosen and remembers the choices; the error otherwise.
    Result<void> exportNow();

private:
    void presetChosen();
    void widthEdited();
    void formatChosen();
    void updatePreview();
    void browse();

    std::function<ChartGrid()> m_charts;
    QComboBox* m_column;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QFontComboBox* m_font;
    QDoubleSpinBox* m_fontSize;
    QComboBox* m_format;
    QSpinBox* m_dpi;
    QLineEdit* m_path;
    QLabel* m_preview;
    QLabel* m_size;
    QImage m_previewImage;
};

/// Tells where a figure or table was saved, with a button that opens its folder. Not modal.
void announceSaved(QWidget* parent, const QString& path);

} // namespace cxrfair

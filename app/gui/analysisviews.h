#pragma once

#include "session/analysis.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QDockWidget;
class QMainWindow;

namespace cxrfair {

class EmbeddingView;
class GalleryView;
class RocView;
class Session;
class ShortcutView;
class PromptSensitivityView;
class SlicesView;
class SubgroupAucView;
class FairnessSummaryView;
class PublishedMatcher;

/// The analysis views of the workbench in their docks: subgroup AUC (and its side-by-side
/// comparison), shortcut, ROC and threshold, embeddings, and the gallery of images. They
/// show what the session shows (Session::shown) and follow its signals; clicking a bar or
/// drawing a lasso fills the gallery.
class AnalysisViews : public QObject {
    Q_OBJECT
public:
    AnalysisViews(Session* session, QMainWindow* window);

    SubgroupAucView* subgroupAuc() const { return m_auc; }
    SubgroupAucView* comparison() const { return m_compare; }
    ShortcutView* shortcut() const { return m_shortcut; }
    RocView* roc() const { return m_roc; }
    EmbeddingView* embeddings() const { return m_embeddings; }
    SlicesView* slices() const { return m_slices; }
    PromptSensitivityView* promptSensitivity() const { return m_sensitivity; }
    FairnessSummaryView* fairnessSummary() const { return m_summary; }
    GalleryView* gallery() const { return m_gallery; }
    /// The dock of view `name` (auc, compare, shortcut or drain, roc, embeddings, slices,
    /// sensitivity, summary, gallery), or nullptr.
    QDockWidget* dock(const QString& name) const;
    /// Places the docks at the bottom, the gallery tabbed with `right` (the settings).
    void arrange(QDockWidget* right);
    /// The bottom views as tabs of one panel (a small screen), or AUC beside the others.
    void setCompact(bool compact);
    /// The first analysis dock a user sees in front, or nullptr.
    QDockWidget* frontDock() const;

    /// A second subgroup AUC view beside the first, on the next model (or, with one model, the
    /// next attribute).
    void compareSideBySide();
    /// Shows the images of one bar of the subgroup AUC chart in the gallery.
    void showGroupImages(const QString& model, const QString& condition, const QString& attribute,
                         const QString& group);
    /// Shows the images with these sample ids in the gallery.
    void showSampleImages(const QString& title, const QStringList& sampleIds);
    /// The study's published tables, by dataset ("mimic", "cxr14"), as markers on the subgroup
    /// AUC bars of the datasets of their kind (MIMIC-CXR, NIH ChestX-ray14).
    void setPublished(const QHash<QString, std::shared_ptr<const PublishedMatcher>>& published);
    /// Empties every view.
    void clear();

private:
    void showAnalysis();
    /// The bundle of each model run (as the tables name the model), for saliency maps.
    QHash<QString, QString> modelBundles() const;
    /// Region masks of the shown dataset's images (sample id -> mask file): the demo's drains.
    QHash<QString, QString> regionMasks() const;
    /// The groups of each attribute over every dataset open, in colour order.
    QHash<QString, QStringList> colourOrders() const;

    Session* m_session;
    /// The published tables of the shown dataset's kind, or null.
    std::shared_ptr<const PublishedMatcher> shownPublished() const;
    QHash<QString, std::shared_ptr<const PublishedMatcher>> m_published;
    QMainWindow* m_window;
    SubgroupAucView* m_auc;
    SubgroupAucView* m_compare = nullptr;
    ShortcutView* m_shortcut;
    RocView* m_roc;
    EmbeddingView* m_embeddings;
    quint64 m_embeddingFills = 0; ///< the latest filling of the embedding view
    /// From this many points, the embedding view is filled after the other views.
    static constexpr qsizetype kDeferredEmbeddingPoints = 50000;
    SlicesView* m_slices;
    PromptSensitivityView* m_sensitivity;
    FairnessSummaryView* m_summary;
    GalleryView* m_gallery;
    QDockWidget* m_aucDock;
    QDockWidget* m_compareDock = nullptr;
    QDockWidget* m_shortcutDock;
    QDockWidget* m_rocDock;
    QDockWidget* m_embeddingDock;
    QDockWidget* m_slicesDock;
    QDockWidget* m_sensitivityDock;
    QDockWidget* m_summaryDock;
    QDockWidget* m_galleryDock;
    QDockWidget* m_right = nullptr; ///< the settings, which the gallery joins in the wide layout
};

} // namespace cxrfair

#pragma once

#include "audit/auditsettings.h"
#include "common/error.h"
#include "data/cohortsettings.h"
#include "data/datasetsource.h"
#include "inference/prompts.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cxrfair {

/// Embeddings computed elsewhere and imported for a dataset: the array, its keys file, and
/// the name given to them.
struct ProjectEmbeddings {
    QString array; ///< the `.npy` file, absolute once read
    QString keys;  ///< the CSV aligned with the array's rows, absolute once read
    QString idColumn;
    QString name;

    bool operator==(const ProjectEmbeddings&) const = default;
};

/// A dataset of a project: where it is, how its cohort is read, and the models run on it.
struct ProjectDataset {
    DatasetSource source;
    CohortSettings settings;
    QStringList models;                        ///< bundle folders, absolute once read
    std::vector<ProjectEmbeddings> embeddings; ///< imported "embeddings only" models
    /// The conditions to audit; empty: the study's conditions that the dataset has.
    QStringList conditions;
};

/// What a project file (`NAME.cxrproject`, JSON) holds: the datasets with their settings and
/// models, the prompts, the audit's statistics and analyses, view settings and the window's
/// layout. The same file is an audit configuration for `cxrfair-cli audit` (docs/audit.md).
/// Paths are written relative to the project file's folder, so a project moves with its data;
/// they are absolute once read. Version 1 files (no "audit") read with the study's settings.
struct Project {
    static constexpr int formatVersion = 2;

    std::vector<ProjectDataset> datasets;
    int current = -1;
    PromptSet prompts;
    AuditSettings audit;
    QJsonObject views;         ///< view settings (e.g. the threshold rule)
    QByteArray windowState;    ///< QMainWindow::saveState
    QByteArray windowGeometry; ///< QWidget::saveGeometry

    QJsonObject toJson(const QString& projectDir) const;
    static Result<Project> fromJson(const QJsonObject& json, const QString& projectDir,
                                    const QString& path = {});

    /// Writes atomically.
    Result<void> write(const QString& path) const;
    static Result<Project> read(const QString& path);
};

} // namespace cxrfair

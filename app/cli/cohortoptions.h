#pragma once

#include "common/error.h"
#include "data/cohort.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace cxrfair::cli {

/// The options that say which dataset to read and how (layout, root, label policies, bins,
/// mapping, names, filters), shared by every command that reads a dataset.
class CohortOptions {
public:
    CohortOptions();
    void addTo(QCommandLineParser& parser) const;

    struct Parsed {
        DatasetSource source;
        CohortSettings settings;
    };
    /// Reads the options from a parser that has processed the command line.
    Result<Parsed> read(const QCommandLineParser& parser) const;

private:
    QCommandLineOption m_formatOption{QString()};
    QCommandLineOption m_rootOption{QString()};
    QCommandLineOption m_mimicIvOption{QString()};
    QCommandLineOption m_labelerOption{QString()};
    QCommandLineOption m_drainsOption{QString()};
    QCommandLineOption m_demographicsOption{QString()};
    QCommandLineOption m_mappingOption{QString()};
    QCommandLineOption m_splitOption{QString()};
    QCommandLineOption m_viewsOption{QString()};
    QCommandLineOption m_uncertainOption{QString()};
    QCommandLineOption m_blankOption{QString()};
    QCommandLineOption m_ageBinsOption{QString()};
    QCommandLineOption m_raceMapOption{QString()};
    QCommandLineOption m_sexNamesOption{QString()};
    QCommandLineOption m_intersectionsOption{QString()};
    QCommandLineOption m_noImageCheckOption{QString()};
};

/// Reads the dataset with a progress bar on stderr (none when `quiet`).
Result<Cohort> loadCohortWithProgress(const CohortOptions::Parsed& parsed, bool quiet);

} // namespace cxrfair::cli

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
    QCommandLineOption m_formatOption;
    QCommandLineOption m_rootOption;
    QCommandLineOption m_mimicIvOption;
    QCommandLineOption m_labelerOption;
    QCommandLineOption m_drainsOption;
    QCommandLineOption m_demographicsOption;
    QCommandLineOption m_mappingOption;
    QCommandLineOption m_splitOption;
    QCommandLineOption m_viewsOption;
    QCommandLineOption m_uncertainOption;
    QCommandLineOption m_blankOption;
    QCommandLineOption m_ageBinsOption;
    QCommandLineOption m_raceMapOption;
    QCommandLineOption m_sexNamesOption;
    QCommandLineOption m_intersectionsOption;
    QCommandLineOption m_noImageCheckOption;
};

/// Reads the dataset with a progress bar on stderr (none when `quiet`).
Result<Cohort> loadCohortWithProgress(const CohortOptions::Parsed& parsed, bool quiet);

} // namespace cxrfair::cli

#include "data/cohortloader.h"

#include "data/chexpertreader.h"
#include "data/genericcsvreader.h"
#include "data/mimicreader.h"
#include "data/nihreader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace cxrfair {

Result<Cohort> loadCohort(const DatasetSource& source, const CohortSettings& settings,
                          const LoadControl& control) {
    switch (source.format) {
    case DatasetFormat::Nih:
        return loadNih(source, settings, control);
    case DatasetFormat::Mimic:
        return loadMimic(source, settings, control);
    case DatasetFormat::Chexpert:
        return loadChexpert(source, settings, control);
    case DatasetFormat::Csv:
        break;
    }
    return loadGenericCsv(source, settings, control);
}

QFuture<Result<CohortPtr>> loadCohortAsync(const DatasetSource& source,
                                           const CohortSettings& settings) {
    return QtConcurrent::run([source, settings](QPromise<Result<CohortPtr>>& promise) {
        promise.setProgressRange(0, 1000);
        LoadControl control;
        control.onProgress = [&promise](double fraction, const QString& stage) {
            promise.setProgressValueAndText(int(fraction * 1000), stage);
        };
        control.isCancelled = [&promise] { return promise.isCanceled(); };
        auto cohort = loadCohort(source, settings, control);
        if (!cohort) {
            promise.addResult(Result<CohortPtr>(std::unexpected(cohort.error())));
            return;
        }
        promise.addResult(Result<CohortPtr>(std::make_shared<const Cohort>(std::move(*cohort))));
    });
}

} // namespace cxrfair

#include "data/cohortloader.h"

#include "data/chexpertreader.h"
#include "data/genericcsvreader.h"
#include "data/mimicreader.h"
#include "data/nihreader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace cxrfair {

Result<Cohort> loadCohort(const DatasetSource& source, const CohortSettings& settings,
                          const Progress& control) {
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

QFuture<Result<Cohort>> loadCohortAsync(const DatasetSource& source,
                                        const CohortSettings& settings) {
    return QtConcurrent::run([source, settings](QPromise<Result<Cohort>>& promise) {
        promise.setProgressRange(0, 1000);
        const Progress control(
            [&promise](double fraction, const QString& stage) {
                promise.setProgressValueAndText(int(fraction * 1000), stage);
            },
            [&promise] { return promise.isCanceled(); });
        promise.addResult(loadCohort(source, settings, control));
    });
}

} // namespace cxrfair

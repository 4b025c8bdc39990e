#pragma once

#include "common/error.h"
#include "inference/prompts.h"

#include <QStringList>

#include <vector>

namespace cxrfair {

/// The built-in prompt sets of a sensitivity sweep, by the names `--sets` takes:
/// - `study`: the study's "Chest {condition}" against "Chest No findings";
/// - `chexzero`: CheXzero's "{condition}" against "no {condition}";
/// - `synonyms`: three phrasings of each study condition, each against a matching normal
///   phrase, one set per phrasing (`synonyms-1`, `synonyms-2`, `synonyms-3`).
QStringList sweepSetNames();

/// The phrasings of `synonyms`: [phrasing] -> one set that names every study condition.
std::vector<PromptSet> synonymPromptSets();

/// The sets `names` stand for, in order: built-in names, or prompt JSON files (a file's set is
/// named after the file, "my-prompts.json" giving "my-prompts"). An unknown name that is not a
/// file is an error listing the built-in ones; a name given twice is an error.
Result<std::vector<PromptSet>> sweepPromptSets(const QStringList& names);

} // namespace cxrfair

// Running one rubric test case: load its station, score it, compare the
// result with its `expect:` block.
#pragma once

#include <string>
#include <vector>

#include "coverage.h"
#include "expectations.h"
#include "shifan/diagnostic.h"
#include "shifan/rubric.h"
#include "shifan/score.h"

namespace shifan::detail {

struct CaseFile {
  std::string name;  // the case's name: the file name without its extension
  std::string path;  // for diagnostics
  std::string text;
};

struct CaseOutcome {
  std::string name;
  Diagnostics diagnostics;            // problems in the case file: it was not run
  std::vector<std::string> failures;  // "A6 期望 met, 实际 unmet (专职工作人员 4 人…)"
  bool passed() const { return diagnostics.empty() && failures.empty(); }
};

// Runs the case; a scored case adds to `coverage`. Never throws.
CaseOutcome run_case(const Rubric& rubric, const CaseFile& file, Coverage& coverage);

// The differences between `expected` and `result`, in the order written.
std::vector<std::string> compare(const Expectations& expected, const ScoreResult& result);

}  // namespace shifan::detail

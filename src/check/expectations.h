// A rubric test case's `expect:` block (docs/rubric-format.md, "Test cases"):
// what scoring the case's station must give.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/document.h"
#include "shifan/rubric.h"
#include "shifan/score.h"

namespace shifan::detail {

// A score: `4` (decided) or `[low, high]` (the bounds of an undecided one).
struct ExpectedScore {
  Decimal low;
  Decimal high;
  std::string str() const;  // "4", "88.5..96.5"
};

struct ItemExpectation {
  std::string id;
  std::optional<ItemStatus> status;
  std::optional<ExpectedScore> score;
};

struct VetoExpectation {
  std::string id;
  VetoStatus status = VetoStatus::clear;
};

struct Expectations {
  std::optional<ExpectedScore> total;
  std::optional<Verdict> verdict;
  bool has_grade = false;
  std::optional<std::string> grade;  // nullopt with has_grade: no grade reached
  std::vector<ItemExpectation> items;
  std::vector<VetoExpectation> vetoes;
};

struct LoadedExpectations {
  std::optional<Expectations> expectations;  // set only when diagnostics is empty
  Diagnostics diagnostics;
};

// Reads `expect:` of a station document: known keys, item and veto ids of
// `rubric`, status and verdict names, scores; every problem at its position.
// A missing or empty `expect:` is a problem (a case must expect something).
LoadedExpectations read_expectations(const Document& document, const Rubric& rubric);

}  // namespace shifan::detail

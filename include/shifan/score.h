// Scoring one station against a rubric: items, categories, vetoes, verdict.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/outcome.h"
#include "shifan/rubric.h"
#include "shifan/station.h"

namespace shifan {

struct ItemResult {
  const Item* item = nullptr;
  ItemStatus status = ItemStatus::unknown;
  Decimal low;   // the lowest score the known facts allow
  Decimal high;  // the highest; equal to low when decided
  std::string reason;
  std::vector<std::string> missing;  // what would decide it: fact paths, "scores.A1"
  std::string error;                 // a rule that failed to evaluate, or ""
};

struct VetoResult {
  const Veto* veto = nullptr;
  VetoStatus status = VetoStatus::unknown;
  std::string reason;
  std::vector<std::string> missing;
  std::string error;
};

struct CategoryResult {
  const Category* category = nullptr;
  Decimal low;
  Decimal high;
};

// A computed or gated item whose claimed score (the latest stage's) differs
// from the decided computed one (the computed score stands).
struct Discrepancy {
  std::string item;
  Decimal claimed;
  Decimal computed;
  Stage stage = Stage::self;  // the stage that claimed it
};

// An item the stages scored differently: each stage's score, earliest first.
// The last one counts; `change` is last minus first (negative: lowered).
struct StageDifference {
  const Item* item = nullptr;
  std::vector<StageScore> scores;
  Decimal change;
};

struct ScoreResult {
  const Rubric* rubric = nullptr;
  const Station* station = nullptr;
  std::vector<CategoryResult> categories;
  std::vector<ItemResult> items;  // rubric order
  std::vector<VetoResult> vetoes;
  std::vector<Discrepancy> discrepancies;
  std::vector<StageDifference> stage_differences;  // rubric order
  Decimal total_low;
  Decimal total_high;
  Verdict verdict = Verdict::undetermined;
  std::optional<std::string> grade;  // the highest grade certainly reached
};

// Scores a validated station. Never throws: a rule that fails to evaluate
// leaves its item or veto unknown with `error` set. The result points into
// `rubric` and `station`, which must outlive it.
ScoreResult score(const Rubric& rubric, const Station& station);

}  // namespace shifan

// Scoring one station against a rubric: items, categories, vetoes, verdict.
#pragma once

#include <optional>
#include <string>
#include <utility>
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
  Decimal low;   // bonus and deduction categories: capped at the points
  Decimal high;
  bool cap_reached = false;  // bonus, deduction: the items certainly add up to the cap
};

// One part of the total (基本分, 加分 or 扣分): its categories' sum.
struct TotalPart {
  Decimal low;
  Decimal high;
  bool cap_reached = false;  // one of its categories reached its cap
};

// A grade's `when` for one station (ConditionStatus::holds without one).
struct GradeResult {
  const Grade* grade = nullptr;
  ConditionStatus condition = ConditionStatus::holds;
  std::vector<std::string> missing;  // unknown: "category.B", "item.B1"
  std::string error;                 // the condition failed to evaluate, or ""
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
  TotalPart base;       // base categories
  TotalPart bonus;      // bonus categories, each capped
  TotalPart deduction;  // deduction categories, each capped
  Decimal total_low;    // base + bonus − deduction, at the lowest
  Decimal total_high;
  std::vector<GradeResult> grades;  // rubric order

  // base, bonus or deduction.
  const TotalPart& part(CategoryKind kind) const;
  TotalPart& part(CategoryKind kind) { return const_cast<TotalPart&>(std::as_const(*this).part(kind)); }
  Verdict verdict = Verdict::undetermined;
  // The highest grade certainly reached: its min by total_low, its `when`
  // holding, every veto clear.
  std::optional<std::string> grade;
};

// What an item certainly costs the total: the points it did not get (base
// items), the points it deducts (deduction items); 0 for bonus items.
Decimal points_lost(const ItemResult& result);
// The most it may cost once undecided scores are decided (points − low for base
// items, high for deduction items); 0 for bonus items.
Decimal points_at_stake(const ItemResult& result);

// What score() works out besides the scores; everything by default.
struct ScoreOptions {
  // Each item's and veto's `reason` text; without them (for a report that
  // prints none) every `reason` is "" and everything else is the same.
  bool reasons = true;
};

// Scores a validated station. Never throws: a rule that fails to evaluate
// leaves its item or veto unknown with `error` set. The result points into
// `rubric` and `station`, which must outlive it.
ScoreResult score(const Rubric& rubric, const Station& station, ScoreOptions options = {});

}  // namespace shifan

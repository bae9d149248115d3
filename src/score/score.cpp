#include "shifan/score.h"

#include <algorithm>
#include <span>

#include "grade_conditions.h"
#include "item_scorer.h"
#include "scope.h"
#include "stage_score_index.h"

namespace shifan {

namespace {

using detail::Decision;
using detail::Scope;
using detail::Truth;

// An item two stages scored differently.
void find_stage_difference(const Item& item, std::span<const StageScore> scores,
                           std::vector<StageDifference>& out) {
  bool differ = std::any_of(scores.begin(), scores.end(),
                            [&](const StageScore& stage) { return stage.score != scores.front().score; });
  if (differ) {
    out.push_back({&item, {scores.begin(), scores.end()}, scores.back().score - scores.front().score});
  }
}

VetoResult check_veto(const Veto& veto, Scope& scope) {
  VetoResult result;
  result.veto = &veto;
  Decision decision = scope.decide(veto.when);
  if (decision.truth == Truth::yes || decision.truth == Truth::no) {
    result.status = decision.truth == Truth::yes ? VetoStatus::triggered : VetoStatus::clear;
  }
  result.missing = std::move(decision.missing);
  result.error = std::move(decision.error);
  if (scope.reasons()) {
    result.reason = scope.reason(veto.reasons, result.status, std::nullopt, result.error);
  }
  return result;
}

// Computed and gated items whose self-claimed score differs from the
// decided computed one.
void find_discrepancy(const ItemResult& result, std::optional<StageScore> claimed,
                      std::vector<Discrepancy>& out) {
  const Item& item = *result.item;
  if (detail::judgement_decides(item, result.status) || !claimed || result.low != result.high ||
      claimed->score == result.low) {
    return;
  }
  out.push_back({item.id, claimed->score, result.low, claimed->stage});
}

Verdict verdict_of(const ScoreResult& result, Decimal pass_mark) {
  auto any = [&](VetoStatus status) {
    return std::any_of(result.vetoes.begin(), result.vetoes.end(),
                       [&](const VetoResult& veto) { return veto.status == status; });
  };
  ConditionStatus condition = result.grades.front().condition;
  if (any(VetoStatus::triggered) || result.total_high < pass_mark || condition == ConditionStatus::fails) {
    return Verdict::not_eligible;
  }
  if (!any(VetoStatus::unknown) && result.total_low >= pass_mark && condition == ConditionStatus::holds) {
    return Verdict::eligible;
  }
  return Verdict::undetermined;
}

std::optional<std::string> grade_of(const ScoreResult& result) {
  bool vetoes_clear = std::all_of(result.vetoes.begin(), result.vetoes.end(), [](const VetoResult& veto) {
    return veto.status == VetoStatus::clear;
  });
  for (const GradeResult& grade : result.grades) {
    if (vetoes_clear && result.total_low >= grade.grade->min && grade.condition == ConditionStatus::holds) {
      return grade.grade->name;
    }
  }
  return std::nullopt;
}

// A bonus or deduction category's sum capped at its points.
void cap(CategoryResult& subtotal) {
  const Category& category = *subtotal.category;
  if (category.kind == CategoryKind::base) {
    return;
  }
  subtotal.cap_reached = subtotal.low >= category.points;
  subtotal.low = std::min(subtotal.low, category.points);
  subtotal.high = std::min(subtotal.high, category.points);
}

}  // namespace

const TotalPart& ScoreResult::part(CategoryKind kind) const {
  switch (kind) {
    case CategoryKind::bonus:
      return bonus;
    case CategoryKind::deduction:
      return deduction;
    case CategoryKind::base:
      break;
  }
  return base;
}

namespace {

// What an item costs the total with `base` as a base item's score and
// `deducted` as a deduction item's.
Decimal cost(const ItemResult& result, Decimal base, Decimal deducted) {
  switch (result.item->category_kind) {
    case CategoryKind::bonus:
      return Decimal();
    case CategoryKind::deduction:
      return deducted;
    case CategoryKind::base:
      break;
  }
  return result.item->points - base;
}

}  // namespace

Decimal points_lost(const ItemResult& result) {
  return cost(result, result.high, result.low);
}

Decimal points_at_stake(const ItemResult& result) {
  return cost(result, result.low, result.high);
}

ScoreResult score(const Rubric& rubric, const Station& station, ScoreOptions options) {
  ScoreResult result;
  result.rubric = &rubric;
  result.station = &station;
  Scope scope(rubric, station, options);
  detail::StageScoreIndex stage_index(station);
  std::size_t item_count = 0;
  for (const Category& category : rubric.categories) {
    item_count += category.items.size();
  }
  result.items.reserve(item_count);
  result.categories.reserve(rubric.categories.size());
  result.vetoes.reserve(rubric.vetoes.size());
  for (const Category& category : rubric.categories) {
    CategoryResult subtotal{&category, Decimal(), Decimal()};
    for (const Item& item : category.items) {
      std::span<const StageScore> stages = stage_index.of(item.id);
      std::optional<StageScore> claimed;  // the latest stage's
      std::optional<Decimal> judgement;
      if (!stages.empty()) {
        claimed = stages.back();
        judgement = claimed->score;
      }
      find_stage_difference(item, stages, result.stage_differences);
      ItemResult item_result = detail::score_item(item, judgement, scope);
      find_discrepancy(item_result, claimed, result.discrepancies);
      subtotal.low += item_result.low;
      subtotal.high += item_result.high;
      result.items.push_back(std::move(item_result));
    }
    cap(subtotal);
    TotalPart& sum = result.part(category.kind);
    sum.low += subtotal.low;
    sum.high += subtotal.high;
    sum.cap_reached = sum.cap_reached || subtotal.cap_reached;
    result.categories.push_back(subtotal);
  }
  result.total_low = result.base.low + result.bonus.low - result.deduction.high;
  result.total_high = result.base.high + result.bonus.high - result.deduction.low;
  for (const Veto& veto : rubric.vetoes) {
    result.vetoes.push_back(check_veto(veto, scope));
  }
  result.grades = detail::check_grades(result);
  result.verdict = verdict_of(result, rubric.pass_mark());
  result.grade = grade_of(result);
  return result;
}

}  // namespace shifan

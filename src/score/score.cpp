#include "shifan/score.h"

#include <algorithm>

#include "item_scorer.h"
#include "scope.h"

namespace shifan {

namespace {

using detail::Decision;
using detail::Scope;
using detail::Truth;

std::optional<Decimal> claimed_score(const Station& station, const std::string& item) {
  for (const ClaimedScore& claimed : station.scores) {
    if (claimed.item == item) {
      return claimed.score;
    }
  }
  return std::nullopt;
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
  result.reason = scope.reason(veto.reasons, result.status, std::nullopt, result.error);
  return result;
}

// Computed and gated items whose self-claimed score differs from the
// decided computed one.
void find_discrepancy(const ItemResult& result, std::optional<Decimal> claimed,
                      std::vector<Discrepancy>& out) {
  const Item& item = *result.item;
  if (detail::judgement_decides(item, result.status) || !claimed || result.low != result.high ||
      *claimed == result.low) {
    return;
  }
  out.push_back({item.id, *claimed, result.low});
}

Verdict verdict_of(const ScoreResult& result, Decimal pass_mark) {
  auto any = [&](VetoStatus status) {
    return std::any_of(result.vetoes.begin(), result.vetoes.end(),
                       [&](const VetoResult& veto) { return veto.status == status; });
  };
  if (any(VetoStatus::triggered) || result.total_high < pass_mark) {
    return Verdict::not_eligible;
  }
  if (!any(VetoStatus::unknown) && result.total_low >= pass_mark) {
    return Verdict::eligible;
  }
  return Verdict::undetermined;
}

std::optional<std::string> grade_of(const ScoreResult& result, const Rubric& rubric) {
  bool vetoes_clear = std::all_of(result.vetoes.begin(), result.vetoes.end(), [](const VetoResult& veto) {
    return veto.status == VetoStatus::clear;
  });
  for (const Grade& grade : rubric.grades) {
    if (vetoes_clear && result.total_low >= grade.min) {
      return grade.name;
    }
  }
  return std::nullopt;
}

}  // namespace

ScoreResult score(const Rubric& rubric, const Station& station) {
  ScoreResult result;
  result.rubric = &rubric;
  result.station = &station;
  Scope scope(rubric, station);
  for (const Category& category : rubric.categories) {
    CategoryResult subtotal{&category, Decimal(), Decimal()};
    for (const Item& item : category.items) {
      std::optional<Decimal> claimed = claimed_score(station, item.id);
      ItemResult item_result = detail::score_item(item, claimed, scope);
      find_discrepancy(item_result, claimed, result.discrepancies);
      subtotal.low += item_result.low;
      subtotal.high += item_result.high;
      result.items.push_back(std::move(item_result));
    }
    result.total_low += subtotal.low;
    result.total_high += subtotal.high;
    result.categories.push_back(subtotal);
  }
  for (const Veto& veto : rubric.vetoes) {
    result.vetoes.push_back(check_veto(veto, scope));
  }
  result.verdict = verdict_of(result, rubric.pass_mark());
  result.grade = grade_of(result, rubric);
  return result;
}

}  // namespace shifan

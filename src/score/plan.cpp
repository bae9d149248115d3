#include "plan.h"

#include <algorithm>
#include <variant>

#include "completeness.h"
#include "fact_usage.h"
#include "item_scorer.h"

namespace shifan::detail {

namespace {

// The facts a station can change among those `rules` read: not the
// assessment date (Rubric::assessed_on), which only sets the time windows.
std::vector<std::string> changeable_facts(const Rubric& rubric, const std::vector<const Rule*>& rules) {
  std::vector<std::string> facts = facts_read(rubric, rules);
  std::erase(facts, rubric.assessed_on);
  return facts;
}

Lever lever_of(const ItemResult& result) {
  return judgement_decides(*result.item, result.status) ? Lever::judgement : Lever::facts;
}

// Items with points still to win, each at full marks: the candidates.
// (A bonus category's items are candidates like any other; a deduction
// would be one whose gain is the points it takes off.)
std::vector<PlanStep> candidates(const ScoreResult& result) {
  std::vector<PlanStep> steps;
  for (const ItemResult& item : result.items) {
    Decimal gain = item.item->points - item.high;
    if (gain > Decimal()) {
      Lever lever = lever_of(item);
      std::vector<std::string> facts;
      if (lever == Lever::facts) {
        facts = changeable_facts(*result.rubric, deciding_rules(*item.item));
      }
      steps.push_back({&item, lever, gain, Decimal(), std::move(facts)});
    }
  }
  std::stable_sort(steps.begin(), steps.end(), [](const PlanStep& a, const PlanStep& b) { return a.gain > b.gain; });
  return steps;
}

Decimal sum_of_first(const std::vector<PlanStep>& steps, std::size_t count) {
  Decimal sum;
  for (std::size_t i = 0; i < count && i < steps.size(); ++i) {
    sum += steps[i].gain;
  }
  return sum;
}

// The fewest candidates whose gains reach `gap`, with as many fact-decided
// ones as that count allows; every candidate when even all fall short.
std::vector<PlanStep> fewest(const std::vector<PlanStep>& all, Decimal gap) {
  std::size_t count = 0;
  while (count < all.size() && sum_of_first(all, count) < gap) {
    ++count;
  }
  std::vector<PlanStep> facts;
  std::vector<PlanStep> judgement;
  for (const PlanStep& step : all) {
    (step.lever == Lever::facts ? facts : judgement).push_back(step);
  }
  for (std::size_t from_facts = std::min(count, facts.size()) + 1; from_facts-- > 0;) {
    std::size_t from_judgement = count - from_facts;
    if (from_judgement <= judgement.size() &&
        sum_of_first(facts, from_facts) + sum_of_first(judgement, from_judgement) >= gap) {
      std::vector<PlanStep> chosen(facts.begin(), facts.begin() + static_cast<std::ptrdiff_t>(from_facts));
      chosen.insert(chosen.end(), judgement.begin(), judgement.begin() + static_cast<std::ptrdiff_t>(from_judgement));
      std::stable_sort(chosen.begin(), chosen.end(),
                       [](const PlanStep& a, const PlanStep& b) { return a.gain > b.gain; });
      return chosen;
    }
  }
  return all;
}

// The missing facts and scores of undecided vetoes and items (missing_facts),
// veto-deciding first, then by the undecided points riding on them.
std::vector<OpenFact> open_facts(const ScoreResult& result) {
  std::vector<OpenFact> open;
  for (MissingFact& missing : missing_facts(result)) {
    OpenFact fact{std::move(missing.path), Decimal(), std::move(missing.ids), false};
    for (const std::string& id : fact.readers) {
      auto item = std::find_if(result.items.begin(), result.items.end(),
                               [&](const ItemResult& candidate) { return candidate.item->id == id; });
      if (item != result.items.end()) {
        fact.points += item->high - item->low;
      } else {
        fact.decides_veto = true;
      }
    }
    open.push_back(std::move(fact));
  }
  std::stable_sort(open.begin(), open.end(), [](const OpenFact& a, const OpenFact& b) {
    return a.decides_veto != b.decides_veto ? a.decides_veto : a.points > b.points;
  });
  return open;
}

}  // namespace

Plan make_plan(const ScoreResult& result) {
  Plan plan;
  plan.result = &result;
  const Rubric& rubric = *result.rubric;
  for (const VetoResult& veto : result.vetoes) {
    if (veto.status == VetoStatus::triggered) {
      plan.vetoes.push_back({&veto, changeable_facts(rubric, {&veto.veto->when})});
    }
  }
  Decimal pass_mark = rubric.pass_mark();
  if (result.total_high < pass_mark) {
    plan.gap = pass_mark - result.total_high;
    std::vector<PlanStep> all = candidates(result);
    plan.reachable = sum_of_first(all, all.size()) >= plan.gap;
    plan.steps = fewest(all, plan.gap);
    Decimal total = result.total_high;
    for (PlanStep& step : plan.steps) {
      total += step.gain;
      step.total = total;
    }
  }
  if (result.total_low < pass_mark) {
    plan.needed = pass_mark - result.total_low;
  }
  plan.open = open_facts(result);
  return plan;
}

}  // namespace shifan::detail

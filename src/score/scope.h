// The variables one station's rules see (facts, constants, lets), and the
// evaluation of rules and reason templates against them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/expr.h"
#include "shifan/rubric.h"
#include "shifan/score.h"
#include "shifan/station.h"
#include "shifan/value.h"

namespace shifan::detail {

// A condition's value in three-valued logic; anything but a bool is an error.
enum class Truth { yes, no, unknown, error };

// A rule's outcome in three-valued logic, with what keeps it undecided.
struct Decision {
  Truth truth = Truth::unknown;
  std::vector<std::string> missing;  // Truth::unknown: the paths that would decide it
  std::string error;                 // Truth::error: why its value can't be used
};

class Scope {
 public:
  // Binds the station's facts and the rubric's constants, then computes the
  // rubric's lets in order. `options` say what the station's report needs.
  Scope(const Rubric& rubric, const Station& station, ScoreOptions options = {});

  // Whether the report needs reason texts (ScoreOptions::reasons).
  bool reasons() const { return m_options.reasons; }

  // The rule's value. Lets and rules draw from one step budget; once it is
  // spent, every later rule is the error 求值步数超出上限. Templates draw
  // from what lets, rules and templates together have left, but never from
  // the rules' budget: a score never depends on whether reasons are rendered.
  Value evaluate(const Rule& rule);
  // A condition's outcome: yes or no for a bool; unknown with the unknown's
  // paths; error with the evaluation error, or "条件的值不是布尔值".
  Decision decide(const Rule& rule);
  // The template with each hole's value printed for a reader; `score` is
  // bound to the item's decided score (unknown when not decided), unless the
  // rubric names a fact, constant or let `score` (rules must not see a template's).
  // Each hole's text at most 300 code points: a longer one is cut after the
  // last whole list entry (", " or "、") that fits, then " 等 (以下从略)".
  std::string render(const Template& text, std::optional<Decimal> score);
  // The reason for an outcome (ItemStatus::met, VetoStatus::triggered, ...):
  // its template, or the catch-all one, rendered; then the evaluation error.
  template <typename Outcome>
  std::string reason(const Reasons<Outcome>& reasons, Outcome outcome, std::optional<Decimal> score,
                     const std::string& error) {
    return reason(find_reason(reasons, outcome), score, error);
  }
  // `chosen` rendered ("" for nullptr), then the evaluation error, if any.
  std::string reason(const Template* chosen, std::optional<Decimal> score, const std::string& error);

 private:
  ScoreOptions m_options;
  Activation m_activation;
  Budget m_budget;       // lets and rules
  Budget m_text_budget;  // templates: what lets, rules and templates together have left
  bool m_binds_score = true;  // `score` is free for templates to bind
};

Truth truth_of(const Value& value);

// A value that is not what the rule should give, as a Decision: unknown with
// its paths, or error with its message (`not_a_value` for a wrong type).
Decision unusable(const Value& value, std::string_view not_a_value);

// A value as a reader sees it in a reason: strings without quotes, numbers
// as written (5, 4.5), dates as 2024-05-20, unknown as 未知.
std::string display(const Value& value);

}  // namespace shifan::detail

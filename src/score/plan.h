// `shifan plan`: the least work that brings a station to the pass mark, for
// any rubric: triggered vetoes with the facts that clear them, the fewest
// items whose points close the gap, or the missing facts and scores that
// decide an undetermined verdict.
#pragma once

#include <string>
#include <vector>

#include "shifan/enum_table.h"
#include "shifan/score.h"

namespace shifan::detail {

// What decides an item's missing points: facts the station can change (a
// room, a training, a count) or the assessors' judgement (scores.<id>).
enum class Lever { facts, judgement };

}  // namespace shifan::detail

namespace shifan {

template <>
struct EnumTable<detail::Lever> {
  static constexpr std::array<EnumName<detail::Lever>, 2> entries = {{
      {detail::Lever::facts, "facts", "事实"},
      {detail::Lever::judgement, "judgement", "评分"},
  }};
};
static_assert(lists_every_value<detail::Lever>());

}  // namespace shifan

namespace shifan::detail {

// A triggered veto and the facts its rule reads (schema paths): changing
// them so the rule no longer holds is what clears it.
struct VetoFix {
  const VetoResult* veto = nullptr;
  std::vector<std::string> facts;
};

// One item of the plan: the points it adds at full marks and the total after it.
struct PlanStep {
  const ItemResult* item = nullptr;
  Lever lever = Lever::facts;
  Decimal gain;                    // points − the item's highest possible score now
  Decimal total;                   // the highest total once this and the steps before it are done
  std::vector<std::string> facts;  // schema paths the item's rules read ([] for judgement)
};

// A missing fact or score that an undecided item or veto waits on.
struct OpenFact {
  std::string path;                  // "evaluation.county_ranks", "scores.C5"
  Decimal points;                    // the undecided points riding on it (high − low of its items)
  std::vector<std::string> readers;  // ids of the undecided items and vetoes waiting on it
  bool decides_veto = false;         // an undecided veto waits on it
};

struct Plan {
  const ScoreResult* result = nullptr;
  std::vector<VetoFix> vetoes;  // triggered ones, rubric order; nothing else counts until cleared
  // Below the pass mark even at the highest possible total:
  Decimal gap;                  // pass mark − total_high (0 when not below)
  std::vector<PlanStep> steps;  // the fewest items closing the gap, facts preferred, largest first
  bool reachable = true;        // false: even every lost point back misses the pass mark
  // Undetermined, or below with items still open:
  Decimal needed;               // pass mark − total_low: what the undecided points must bring (≥ 0)
  std::vector<OpenFact> open;   // veto-deciding first, then most points first
};

// The plan for a scored station; never throws. Candidates are the items with
// points still to win (points − high > 0); among the fewest that close the
// gap, the set with the most fact-decided items, then the largest gains.
Plan make_plan(const ScoreResult& result);

}  // namespace shifan::detail

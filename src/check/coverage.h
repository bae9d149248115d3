// Which ways the cases of `shifan test` took each rule-decided item and each
// veto (docs/rubric-format.md, "Test cases").
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "shifan/rubric.h"
#include "shifan/score.h"

namespace shifan::detail {

class Coverage {
 public:
  void add(const ScoreResult& result);
  // "A9 (从未 unmet)" for each computed, gated, tiers or parts item never
  // met (or partial) or never unmet, and "V4 (从未 triggered)" for each veto
  // never triggered or never clear; rubric order.
  std::vector<std::string> gaps(const Rubric& rubric) const;
  // How many items and vetoes there are to cover.
  static std::size_t count(const Rubric& rubric);

 private:
  std::set<std::pair<std::string, ItemStatus>> m_items;  // {"A9", met}: partial counts as met
  std::set<std::pair<std::string, VetoStatus>> m_vetoes;
};

}  // namespace shifan::detail

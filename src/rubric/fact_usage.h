// Which facts each item and veto reads (through the lets it names), and so
// which items and vetoes each fact feeds. Shared by `template` and `explain`.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/rubric.h"

namespace shifan::detail {

// The rules that decide an item (when, score, gate, tiers, parts,
// not_applicable), in that order; reason templates are not among them.
std::vector<const Rule*> deciding_rules(const Item& item);

// The lets a rule names directly, in the rubric's let order.
std::vector<const Let*> lets_named(const Rubric& rubric, const Rule& rule);

// Schema paths of the facts the rules read, directly or through lets, without
// list indices ("staff.full_time", "evaluation.awards.date"); a path is left
// out when a longer one below it is read. In first-read order.
std::vector<std::string> facts_read(const Rubric& rubric, const std::vector<const Rule*>& rules);

// Fact path → ids of the items and vetoes reading it, in rubric order.
class FactUsage {
 public:
  explicit FactUsage(const Rubric& rubric);
  // Ids of the items and vetoes reading `path` or a fact below it.
  std::vector<std::string> readers(std::string_view path) const;

 private:
  std::vector<std::pair<std::string, std::vector<std::string>>> m_readers;
  std::vector<std::string> m_order;  // every item id, then every veto id
};

}  // namespace shifan::detail

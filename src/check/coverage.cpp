#include "coverage.h"

namespace shifan::detail {

namespace {

// "A9 (从未 unmet)" when the cases never took `one` or `other`; "" otherwise.
template <typename Status>
std::string missing(const std::set<std::pair<std::string, Status>>& seen, const std::string& id, Status one,
                    Status other) {
  bool has_one = seen.contains({id, one});
  bool has_other = seen.contains({id, other});
  if (has_one && has_other) {
    return "";
  }
  std::string never = !has_one && !has_other ? std::string(enum_name(one)) + " 或 " + enum_name(other)
                      : has_one              ? enum_name(other)
                                             : enum_name(one);
  return id + " (从未 " + never + ")";
}

}  // namespace

void Coverage::add(const ScoreResult& result) {
  for (const ItemResult& item : result.items) {
    m_items.insert({item.item->id, item.status == ItemStatus::partial ? ItemStatus::met : item.status});
  }
  for (const VetoResult& veto : result.vetoes) {
    m_vetoes.insert({veto.veto->id, veto.status});
  }
}

std::vector<std::string> Coverage::gaps(const Rubric& rubric) const {
  std::vector<std::string> out;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      if (item.kind() != ItemKind::assessed) {
        if (std::string gap = missing(m_items, item.id, ItemStatus::met, ItemStatus::unmet); !gap.empty()) {
          out.push_back(gap);
        }
      }
    }
  }
  for (const Veto& veto : rubric.vetoes) {
    if (std::string gap = missing(m_vetoes, veto.id, VetoStatus::triggered, VetoStatus::clear); !gap.empty()) {
      out.push_back(gap);
    }
  }
  return out;
}

std::size_t Coverage::count(const Rubric& rubric) {
  std::size_t n = rubric.vetoes.size();
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      if (item.kind() != ItemKind::assessed) {
        ++n;
      }
    }
  }
  return n;
}

}  // namespace shifan::detail

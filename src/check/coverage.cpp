#include "coverage.h"

namespace shifan::detail {

namespace {

std::string missing(const std::set<std::string>& seen, const std::string& id, const char* one,
                    const char* other) {
  bool has_one = seen.contains(id + " " + one);
  bool has_other = seen.contains(id + " " + other);
  if (has_one && has_other) {
    return "";
  }
  std::string never = !has_one && !has_other ? std::string(one) + " 或 " + other : has_one ? other : one;
  return id + " (从未 " + never + ")";
}

}  // namespace

void Coverage::add(const ScoreResult& result) {
  for (const ItemResult& item : result.items) {
    ItemStatus status = item.status == ItemStatus::partial ? ItemStatus::met : item.status;
    m_seen.insert(item.item->id + " " + status_name(status));
  }
  for (const VetoResult& veto : result.vetoes) {
    m_seen.insert(veto.veto->id + " " + status_name(veto.status));
  }
}

std::vector<std::string> Coverage::gaps(const Rubric& rubric) const {
  std::vector<std::string> out;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      if (item.kind() != ItemKind::assessed) {
        if (std::string gap = missing(m_seen, item.id, "met", "unmet"); !gap.empty()) {
          out.push_back(gap);
        }
      }
    }
  }
  for (const Veto& veto : rubric.vetoes) {
    if (std::string gap = missing(m_seen, veto.id, "triggered", "clear"); !gap.empty()) {
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

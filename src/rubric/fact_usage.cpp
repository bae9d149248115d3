#include "fact_usage.h"

#include <algorithm>
#include <variant>

#include "fact_path.h"
#include "overloaded.h"
#include "shifan/expr.h"

namespace shifan::detail {

namespace {

template <typename T>
void add_unique(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) {
    list.push_back(value);
  }
}

bool is_below(std::string_view path, std::string_view prefix) {
  return path.size() > prefix.size() && path.starts_with(prefix) && path[prefix.size()] == '.';
}

// Adds the fact paths one rule reads, following the lets it names.
void collect(const Rubric& rubric, const Rule& rule, std::vector<std::string>& paths,
             std::vector<const Let*>& visited) {
  if (!rule.program) {
    return;
  }
  for (const std::string& name : rule.program->variables_read()) {
    if (rubric.facts.field(name) != nullptr) {
      add_unique(paths, name);
    }
  }
  for (const std::string& path : rule.program->fields_read()) {
    if (find_spec(rubric.facts, FactPath::of(path), ListSteps::implicit) != nullptr) {
      add_unique(paths, path);
    }
  }
  for (const Let* let : lets_named(rubric, rule)) {
    if (std::find(visited.begin(), visited.end(), let) == visited.end()) {
      visited.push_back(let);
      collect(rubric, let->rule, paths, visited);
    }
  }
}

}  // namespace

std::vector<const Rule*> deciding_rules(const Item& item) {
  std::vector<const Rule*> rules;
  std::visit(Overloaded{
                 [](const Assessed&) {},
                 [&](const ComputedWhen& kind) { rules.push_back(&kind.when); },
                 [&](const ComputedScore& kind) { rules.push_back(&kind.score); },
                 [&](const Gated& kind) { rules.push_back(&kind.gate); },
                 [&](const TierList& kind) {
                   for (const Tier& tier : kind.tiers) {
                     rules.push_back(&tier.when);
                   }
                 },
                 [&](const PartList& kind) {
                   for (const Part& part : kind.parts) {
                     rules.push_back(&part.when);
                   }
                 },
             },
             item.rules);
  if (item.not_applicable) {
    rules.push_back(&item.not_applicable->when);
  }
  return rules;
}

std::vector<const Let*> lets_named(const Rubric& rubric, const Rule& rule) {
  std::vector<const Let*> lets;
  if (!rule.program) {
    return lets;
  }
  std::vector<std::string> names = rule.program->variables_read();
  for (const Let& let : rubric.lets) {
    if (std::find(names.begin(), names.end(), let.name) != names.end()) {
      lets.push_back(&let);
    }
  }
  return lets;
}

std::vector<std::string> facts_read(const Rubric& rubric, const std::vector<const Rule*>& rules) {
  std::vector<std::string> paths;
  std::vector<const Let*> visited;
  for (const Rule* rule : rules) {
    collect(rubric, *rule, paths, visited);
  }
  std::erase_if(paths, [&](const std::string& path) {
    return std::any_of(paths.begin(), paths.end(),
                       [&](const std::string& other) { return is_below(other, path); });
  });
  return paths;
}

FactUsage::FactUsage(const Rubric& rubric) {
  auto note = [&](const std::vector<std::string>& paths, const std::string& id) {
    for (const std::string& path : paths) {
      auto entry = std::find_if(m_readers.begin(), m_readers.end(),
                                [&](const auto& reader) { return reader.first == path; });
      if (entry == m_readers.end()) {
        m_readers.emplace_back(path, std::vector<std::string>());
        entry = std::prev(m_readers.end());
      }
      add_unique(entry->second, id);
    }
  };
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      m_order.push_back(item.id);
      note(facts_read(rubric, deciding_rules(item)), item.id);
    }
  }
  for (const Veto& veto : rubric.vetoes) {
    m_order.push_back(veto.id);
    note(facts_read(rubric, {&veto.when}), veto.id);
  }
}

std::vector<std::string> FactUsage::readers(std::string_view path) const {
  std::vector<std::string> ids;
  for (const auto& [read, readers] : m_readers) {
    if (read == path || is_below(read, path)) {
      for (const std::string& id : readers) {
        add_unique(ids, id);
      }
    }
  }
  auto rank = [&](const std::string& id) { return std::find(m_order.begin(), m_order.end(), id) - m_order.begin(); };
  std::sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  return ids;
}

}  // namespace shifan::detail

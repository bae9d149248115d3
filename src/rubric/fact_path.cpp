#include "fact_path.h"

#include <fmt/format.h>

#include <charconv>
#include <functional>

#include "suggest.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_scores = "scores";

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// "a.b[2].c" to steps, or nullopt when malformed. `strict` allows only
// letters, digits, `_` and non-ASCII in names (paths a user types); otherwise
// a name is anything up to the next `.` or `[` (a schema's own field names).
std::optional<std::vector<FactStep>> split(std::string_view path, bool strict) {
  std::vector<FactStep> steps;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '[') {
      std::size_t close = path.find(']', i);
      FactStep step;
      const char* first = path.data() + i + 1;
      const char* last = path.data() + (close == std::string_view::npos ? path.size() : close);
      if (steps.empty() || close == std::string_view::npos || first == last ||
          std::from_chars(first, last, step.index).ptr != last) {
        return std::nullopt;
      }
      steps.push_back(step);
      i = close + 1;
      continue;
    }
    if (!steps.empty() && path[i++] != '.') {
      return std::nullopt;
    }
    std::size_t end = i;
    while (end < path.size() && (strict ? is_name_char(path[end]) : path[end] != '.' && path[end] != '[')) {
      ++end;
    }
    if (end == i) {
      return std::nullopt;
    }
    steps.emplace_back().name = std::string(path.substr(i, end - i));
    i = end;
  }
  return steps;
}

std::vector<std::string> field_names(const FactSpec& spec, bool top) {
  std::vector<std::string> names;
  for (const auto& [name, field] : spec.fields) {
    names.push_back(name);
  }
  if (top) {
    names.emplace_back(k_scores);
  }
  return names;
}

ResolvedPath problem(std::string message) {
  ResolvedPath resolved;
  resolved.problem = std::move(message);
  return resolved;
}

// "scores.<id>" and nothing else below `scores`.
ResolvedPath resolve_score(const std::vector<FactStep>& steps) {
  if (steps.size() == 1) {
    return problem("'scores' 应为 scores.<评分项编号>");
  }
  if (steps.size() != 2 || steps[1].is_index()) {
    std::string here = FactPath().field(k_scores).str() +
                       (steps[1].is_index() ? fmt::format("[{}]", steps[1].index) : "." + steps[1].name);
    return problem(fmt::format("'{}' 应为 scores.<评分项编号>", here));
  }
  ResolvedPath resolved;
  resolved.scored_item = steps[1].name;
  return resolved;
}

}  // namespace

std::optional<FactPath> FactPath::parse(std::string_view text) {
  std::optional<std::vector<FactStep>> steps = split(text, true);
  if (!steps || steps->empty()) {
    return std::nullopt;
  }
  return FactPath(std::string(text));
}

FactPath FactPath::score(std::string_view item_id) {
  return FactPath().field(k_scores).field(item_id);
}

FactPath FactPath::field(std::string_view name) const {
  return FactPath(m_text.empty() ? std::string(name) : fmt::format("{}.{}", m_text, name));
}

FactPath FactPath::index(std::size_t index) const {
  return FactPath(fmt::format("{}[{}]", m_text, index));
}

std::vector<FactStep> FactPath::steps() const {
  return split(m_text, false).value_or(std::vector<FactStep>());
}

std::optional<std::string> FactPath::scored_item() const {
  std::string_view text = m_text;
  if (!text.starts_with(k_scores) || text.size() <= k_scores.size() + 1 || text[k_scores.size()] != '.') {
    return std::nullopt;
  }
  return std::string(text.substr(k_scores.size() + 1));
}

ResolvedPath resolve(const FactSpec& facts, const FactPath& path, ListSteps lists) {
  std::vector<FactStep> steps = path.steps();
  if (steps.empty()) {
    return problem("空的事实路径");
  }
  if (steps[0].name == k_scores && facts.field(k_scores) == nullptr) {
    return resolve_score(steps);
  }
  ResolvedPath resolved;
  const FactSpec* spec = &facts;
  FactPath so_far;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const FactStep& step = steps[i];
    FactPath here = step.is_index() ? so_far.index(step.index) : so_far.field(step.name);
    if (step.is_index()) {
      if (spec->type != FactType::list || spec->items == nullptr) {
        return problem(fmt::format("'{}' 不是列表, 不能取 [{}]", so_far.str(), step.index));
      }
      spec = spec->items.get();
    } else {
      while (lists == ListSteps::implicit && spec->type == FactType::list && spec->items != nullptr) {
        spec = spec->items.get();
      }
      if (spec->type != FactType::record) {
        return problem(fmt::format("'{}' 不是记录, 不能取 '{}'", so_far.str(), step.name));
      }
      const FactSpec* field = spec->field(step.name);
      if (field == nullptr) {
        return problem(fmt::format("未知的事实 '{}'{}", here.str(), did_you_mean(step.name, field_names(*spec, i == 0))));
      }
      spec = field;
    }
    resolved.trail.push_back(spec);
    so_far = std::move(here);
  }
  resolved.spec = spec;
  return resolved;
}

const FactSpec* find_spec(const FactSpec& facts, const FactPath& path, ListSteps lists) {
  return resolve(facts, path, lists).spec;
}

std::string path_label(const Rubric& rubric, const FactPath& path) {
  if (std::optional<std::string> item = path.scored_item()) {
    return *item + " 评分";
  }
  const FactSpec* spec = find_spec(rubric.facts, path, ListSteps::implicit);
  return spec != nullptr ? spec->label : std::string();
}

const Value* find_value(const FactValues& facts, const FactPath& path) {
  std::vector<FactStep> steps = path.steps();
  if (steps.empty() || steps[0].is_index()) {
    return nullptr;
  }
  const Value* value = nullptr;
  for (const auto& [name, fact] : facts) {
    if (name == steps[0].name) {
      value = &fact;
      break;
    }
  }
  for (std::size_t i = 1; i < steps.size() && value != nullptr; ++i) {
    if (!steps[i].is_index()) {
      value = value->kind() == Value::Kind::map_type ? value->find(steps[i].name) : nullptr;
    } else if (value->kind() == Value::Kind::list_type && steps[i].index < value->as_list().size()) {
      value = &value->as_list()[steps[i].index];
    } else {
      value = nullptr;
    }
  }
  return value;
}

namespace {

// The text of the `field` that names the list entry at `entry`; "" when none.
using EntryNamer = std::function<std::string(const FactPath& entry, const std::string& field)>;

std::string describe(const FactSpec& facts, const FactPath& path, const EntryNamer& name_of) {
  if (std::optional<std::string> item = path.scored_item()) {
    return fmt::format("{} ({} 评分)", path.str(), *item);
  }
  const std::vector<FactStep> steps = path.steps();
  std::vector<std::string> parts;
  const FactSpec* spec = &facts;
  FactPath so_far;
  for (const FactStep& step : steps) {
    if (!step.is_index()) {
      while (spec->type == FactType::list && spec->items != nullptr) {
        spec = spec->items.get();  // a schema path: "staff.name"
      }
      spec = spec->field(step.name);
      if (spec == nullptr) {
        return path.str();
      }
      so_far = so_far.field(step.name);
      continue;
    }
    const FactSpec* list = spec;
    spec = list->items.get();
    if (spec == nullptr) {
      return path.str();
    }
    so_far = so_far.index(step.index);
    std::string part = fmt::format("第 {} {}{}", step.index + 1, list->named_by.empty() ? "项" : "名",
                                   spec->label.empty() ? list->label : spec->label);
    std::string name = list->named_by.empty() ? std::string() : name_of(so_far, list->named_by);
    parts.push_back(name.empty() ? part : part + " " + name);
  }
  if (!steps.empty() && !steps.back().is_index() && !spec->label.empty()) {
    parts.push_back(spec->label);
  }
  return parts.empty() ? path.str() : fmt::format("{} ({})", path.str(), fmt::join(parts, " 的 "));
}

// The node at `path` in a station file's tree, or nullptr.
const Node* find_node(const Node& root, const FactPath& path) {
  const Node* node = &root;
  for (const FactStep& step : path.steps()) {
    if (!step.is_index()) {
      node = node->find(step.name);
    } else if (node->kind == Node::Kind::sequence && step.index < node->items.size()) {
      node = &node->items[step.index];
    } else {
      node = nullptr;
    }
    if (node == nullptr) {
      return nullptr;
    }
  }
  return node;
}

}  // namespace

std::string for_people(const Rubric& rubric, const FactPath& path, const FactValues* facts) {
  return describe(rubric.facts, path, [facts](const FactPath& entry, const std::string& field) {
    const Value* name = facts != nullptr ? find_value(*facts, entry.field(field)) : nullptr;
    return name != nullptr && name->kind() == Value::Kind::string_type ? name->as_string() : std::string();
  });
}

std::string for_people(const FactSpec& facts, const FactPath& path, const Node& root) {
  return describe(facts, path, [&root](const FactPath& entry, const std::string& field) {
    const Node* name = find_node(root, entry.field(field));
    return name != nullptr && name->kind == Node::Kind::scalar ? name->text : std::string();
  });
}

}  // namespace shifan::detail

#include <fmt/format.h>

#include <charconv>

#include "suggest.h"
#include "what_if.h"

namespace shifan::detail {

namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// "a.b[2].c" to steps; nullopt when malformed.
std::optional<std::vector<PathStep>> split_path(std::string_view path) {
  std::vector<PathStep> steps;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '[') {
      std::size_t close = path.find(']', i);
      PathStep step;
      step.is_index = true;
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
    while (end < path.size() && is_name_char(path[end])) {
      ++end;
    }
    if (end == i) {
      return std::nullopt;
    }
    steps.emplace_back().key = std::string(path.substr(i, end - i));
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
    names.push_back("scores");
  }
  return names;
}

// "" when every step names something in the schema, else the problem.
std::string check_steps(const std::vector<PathStep>& steps, const Rubric& rubric) {
  const FactSpec* spec = &rubric.facts;
  std::string so_far;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const PathStep& step = steps[i];
    std::string here = so_far + (step.is_index ? fmt::format("[{}]", step.index) : (i == 0 ? "" : ".") + step.key);
    if (i == 1 && so_far == "scores") {
      return steps.size() == 2 && !step.is_index ? "" : fmt::format("'{}' 应为 scores.<评分项编号>", here);
    }
    if (step.is_index) {
      if (spec->type != FactType::list) {
        return fmt::format("'{}' 不是列表, 不能取 [{}]", so_far, step.index);
      }
      spec = spec->items.get();
    } else if (i == 0 && step.key == "scores") {
      spec = nullptr;
    } else if (spec->type != FactType::record) {
      return fmt::format("'{}' 不是记录, 不能取 '{}'", so_far, step.key);
    } else if (const FactSpec* field = spec->field(step.key)) {
      spec = field;
    } else {
      return fmt::format("未知的事实 '{}'{}", here, did_you_mean(step.key, field_names(*spec, i == 0)));
    }
    so_far = here;
    if (spec == nullptr && i + 1 == steps.size()) {
      return "'scores' 应为 scores.<评分项编号>";
    }
  }
  return "";
}

}  // namespace

std::optional<Assignment> parse_assignment(const std::string& text, const Rubric& rubric,
                                           std::string& problem) {
  std::size_t equals = text.find('=');
  auto fail = [&](const std::string& message) {
    problem = "--set " + text + ": " + message;
    return std::nullopt;
  };
  if (equals == std::string::npos) {
    return fail("应为 路径=值, 例如 mediation.disputes_resolved=206");
  }
  Assignment assignment;
  assignment.text = text;
  assignment.path = text.substr(0, equals);
  assignment.value = text.substr(equals + 1);
  std::optional<std::vector<PathStep>> steps = split_path(assignment.path);
  if (!steps || steps->empty()) {
    return fail(fmt::format("无效的事实路径 '{}'", assignment.path));
  }
  assignment.steps = std::move(*steps);
  if (std::string message = check_steps(assignment.steps, rubric); !message.empty()) {
    return fail(message);
  }
  // Read as the value of a YAML mapping entry, so `[a, b]` is a YAML flow list.
  Document value = read_document("--set", "v: " + assignment.value);
  if (!value.diagnostics.empty()) {
    return fail(value.diagnostics.front().message);
  }
  const Node* node = value.root.find("v");
  if (node == nullptr || value.root.entries.size() != 1) {
    return fail(fmt::format("无法读取值 '{}'", assignment.value));
  }
  assignment.node = *node;
  return assignment;
}

}  // namespace shifan::detail

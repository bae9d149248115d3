#include <fmt/format.h>

#include "what_if.h"

namespace shifan::detail {

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
  std::string path = text.substr(0, equals);
  assignment.value = text.substr(equals + 1);
  std::optional<FactPath> parsed = FactPath::parse(path);
  if (!parsed) {
    return fail(fmt::format("无效的事实路径 '{}'", path));
  }
  assignment.path = std::move(*parsed);
  if (std::string message = resolve(rubric.facts, assignment.path).problem; !message.empty()) {
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

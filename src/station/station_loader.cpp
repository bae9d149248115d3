#include "shifan/station.h"

#include <algorithm>
#include <array>

#include "fact_validator.h"
#include "station_scores.h"
#include "station_stages.h"

namespace shifan {

namespace {

using detail::FactContext;
using detail::Facts;

// Keys of the station format itself, beside the rubric's facts.
constexpr std::array<std::string_view, 5> k_format_keys = {"version", "scores", "review", "acceptance", "expect"};
constexpr std::int64_t k_format_version = 1;

void check_version(const Node& root, FactContext& context) {
  const Node* node = root.find("version");
  if (detail::is_empty(node)) {
    context.report(root.mark, "缺少必填项 version (格式版本)");
    return;
  }
  std::optional<std::int64_t> version = as_int(*node, context.source, context.diagnostics);
  if (version && *version != k_format_version) {
    context.report(node->mark, "不支持的格式版本 " + std::to_string(*version) + " (本工具读取版本 " +
                                   std::to_string(k_format_version) + ")");
  }
}

// `expect:` holds a rubric test case's expectations; only its shape is checked here.
void check_expect(const Node& root, FactContext& context) {
  const Node* node = root.find("expect");
  if (!detail::is_empty(node) && node->kind != Node::Kind::mapping) {
    context.report(node->mark, "'expect' 应为映射 (mapping)");
  }
}

// The string or date at `path` as written; "" when absent or `path` is "".
std::string text_at(const Facts& facts, const std::string& path) {
  const Value* value = detail::value_at(facts, path);
  if (value != nullptr && value->kind() == Value::Kind::string_type) {
    return value->as_string();
  }
  if (value != nullptr && value->kind() == Value::Kind::date_type) {
    return format_date(value->as_date());
  }
  return "";
}

// Diagnostics in file order: by sheet, line and column.
void sort_by_position(Diagnostics::iterator begin, Diagnostics::iterator end) {
  std::stable_sort(begin, end, [](const Diagnostic& a, const Diagnostic& b) {
    if (a.sheet != b.sheet) {
      return a.sheet < b.sheet;
    }
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
}

// The root checked against the format and the schema; problems go to context.
Station read_station(const Node& root, const Rubric& rubric, FactContext& context) {
  check_version(root, context);
  Station station;
  MapEntries facts = detail::validate_fields(root, rubric.facts, detail::PathTrail(), context, k_format_keys);
  station.facts.reserve(facts.size());
  for (auto& [name, value] : facts) {
    station.facts.emplace_back(name.as_string(), std::move(value));
  }
  station.scores = detail::load_scores(root.find("scores"), rubric, context);
  check_expect(root, context);
  detail::check_dates(station.facts, detail::FactPath::of(rubric.assessed_on), context);
  station.name = text_at(station.facts, rubric.identity.name);
  station.county = text_at(station.facts, rubric.identity.county);
  station.station_class = text_at(station.facts, rubric.identity.station_class);
  station.assessed_on = text_at(station.facts, rubric.assessed_on);
  station.later_stages = detail::load_stages(root, rubric, station.assessed_on, context);
  return station;
}

}  // namespace

LoadedStation load_station(const Document& document, const Rubric& rubric) {
  LoadedStation loaded;
  loaded.diagnostics = document.diagnostics;
  if (!document.complete) {
    return loaded;  // a partial tree: its problems would be the reader's, again
  }
  const Node& root = document.root;
  FactContext context{*document.source, loaded.diagnostics, {}, &rubric.facts, &root};
  std::size_t own = loaded.diagnostics.size();
  if (detail::is_empty(&root)) {
    context.report({std::max(root.mark.line, 1), std::max(root.mark.column, 1)}, "站点文件为空");
  } else if (root.kind != Node::Kind::mapping) {
    context.report(root.mark, "站点文件应为映射 (mapping)");
  } else {
    Station station = read_station(root, rubric, context);
    station.file = document.source->name();
    station.source = document.source;
    sort_by_position(context.warnings.begin(), context.warnings.end());
    loaded.warnings = context.warnings;
    station.warnings = std::move(context.warnings);
    if (loaded.diagnostics.empty()) {
      loaded.station = std::move(station);
    }
  }
  // The reader's problems first, then the schema's in file order.
  sort_by_position(loaded.diagnostics.begin() + static_cast<std::ptrdiff_t>(own), loaded.diagnostics.end());
  return loaded;
}

}  // namespace shifan

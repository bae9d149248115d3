#include "station_stages.h"

#include <algorithm>
#include <array>

#include "station_scores.h"
#include "suggest.h"

namespace shifan::detail {

namespace {

constexpr std::array<Stage, 2> k_later_stages = {Stage::review, Stage::acceptance};
constexpr std::array<std::string_view, 3> k_stage_keys = {"by", "on", "scores"};

// The scalar text at `key`, or "" (reported) when it is absent, empty or not a scalar.
std::string required_text(const Node& mapping, std::string_view key, const std::string& where,
                          FactContext& context) {
  const Node* node = mapping.find(key);
  if (is_empty(node)) {
    context.report(mapping.mark, "'" + where + "' 缺少必填项 '" + std::string(key) + "'");
    return "";
  }
  if (node->kind != Node::Kind::scalar) {
    context.report(node->mark, "'" + where + "." + std::string(key) + "' 应为文字");
    return "";
  }
  return node->text;
}

void check_keys(const Node& mapping, FactContext& context) {
  std::vector<std::string> names(k_stage_keys.begin(), k_stage_keys.end());
  for (const auto& [key, value] : mapping.entries) {
    if (std::find(k_stage_keys.begin(), k_stage_keys.end(), key.text) == k_stage_keys.end()) {
      context.report(key.mark, "未知的键 '" + key.text + "'" + did_you_mean(key.text, names));
    }
  }
}

// `on`: a date, not before `earliest` (the assessment date or the previous stage's).
std::string stage_date(const Node& mapping, const std::string& where, const std::string& earliest,
                       const char* earliest_name, FactContext& context) {
  std::string text = required_text(mapping, "on", where, context);
  if (text.empty()) {
    return "";
  }
  std::optional<Date> date = parse_date(text);
  const Node& node = *mapping.find("on");
  if (!date) {
    context.report(node.mark, "无效的日期 '" + text + "'");
    return "";
  }
  std::optional<Date> first = parse_date(earliest);
  if (first && *date < *first) {
    context.report(node.mark, "日期 " + text + " 早于" + earliest_name + " " + earliest);
  }
  return format_date(*date);
}

}  // namespace

std::vector<StageScores> load_stages(const Node& root, const Rubric& rubric, const std::string& assessed_on,
                                     FactContext& context) {
  std::vector<StageScores> stages;
  std::string earliest = assessed_on;
  const char* earliest_name = "评定基准日";
  for (Stage stage : k_later_stages) {
    std::string where = enum_name(stage);
    const Node* node = root.find(where);
    if (is_empty(node)) {
      continue;
    }
    if (node->kind != Node::Kind::mapping) {
      context.report(node->mark, "'" + where + "' 应为映射 (mapping)");
      continue;
    }
    check_keys(*node, context);
    StageScores scores{stage, required_text(*node, "by", where, context),
                       stage_date(*node, where, earliest, earliest_name, context),
                       load_scores(node->find("scores"), rubric, context, where + ".scores")};
    if (!scores.on.empty()) {
      earliest = scores.on;
      earliest_name = stage == Stage::review ? "复评日期" : "验收日期";
    }
    stages.push_back(std::move(scores));
  }
  return stages;
}

}  // namespace shifan::detail

namespace shifan {

std::vector<StageScore> stage_scores(const Station& station, std::string_view item) {
  std::vector<StageScore> found;
  auto add = [&](Stage stage, const std::vector<ClaimedScore>& scores) {
    for (const ClaimedScore& claimed : scores) {
      if (claimed.item == item) {
        found.push_back({stage, claimed.score});
      }
    }
  };
  add(Stage::self, station.scores);
  for (const StageScores& later : station.later_stages) {
    add(later.stage, later.scores);
  }
  return found;
}

void keep_stages_until(Station& station, Stage stage) {
  std::erase_if(station.later_stages, [&](const StageScores& later) { return later.stage > stage; });
  station.as_of = stage;
}

}  // namespace shifan

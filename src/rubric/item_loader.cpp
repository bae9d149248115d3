#include "rubric_loader.h"

#include <algorithm>
#include <array>

#include "rule_compiler.h"
#include "suggest.h"
#include "template_compiler.h"

namespace shifan::detail {

namespace {

// A kind's own keys (its name is EnumTable<ItemKind>'s); the first is
// required, except for computed.
struct KindInfo {
  ItemKind kind;
  Keys keys;
};

const std::array<KindInfo, 5>& kind_infos() {
  static const std::array<KindInfo, 5> k_kinds = {{
      {ItemKind::assessed, {}},
      {ItemKind::computed, {"when", "score"}},
      {ItemKind::gated, {"gate"}},
      {ItemKind::tiers, {"tiers"}},
      {ItemKind::parts, {"parts"}},
  }};
  return k_kinds;
}

const Keys k_common_keys = {"id", "short", "text", "points", "kind", "not_applicable", "reason", "note"};
const Keys k_kind_keys = {"when", "score", "gate", "tiers", "parts"};

// The text up to its first clause mark.
std::string first_clause(const std::string& text) {
  std::size_t end = text.size();
  for (std::string_view mark : {"，", "。", "；", "：", "（", ",", ";", ":", "("}) {
    end = std::min(end, text.find(mark));
  }
  return text.substr(0, end);
}

const KindInfo* find_kind(const shifan::Node* node, Reporter& reporter) {
  if (node == nullptr) {
    return nullptr;
  }
  std::optional<ItemKind> kind = enum_from_name<ItemKind>(node->text);
  if (!kind) {
    reporter.error(node->mark, "未知的评分项类型 '" + node->text + "'" + did_you_mean(node->text, enum_names<ItemKind>()));
    return nullptr;
  }
  const auto& kinds = kind_infos();
  auto it = std::find_if(kinds.begin(), kinds.end(), [&](const KindInfo& k) { return k.kind == *kind; });
  return it == kinds.end() ? nullptr : &*it;
}

void check_item_keys(const shifan::Node& node, const KindInfo* kind, Reporter& reporter) {
  Keys allowed = k_common_keys;
  Keys required = {"id", "text", "points", "kind"};
  if (kind == nullptr) {
    allowed.insert(allowed.end(), k_kind_keys.begin(), k_kind_keys.end());
    check_keys(node, allowed, required, reporter);
    return;
  }
  allowed.insert(allowed.end(), kind->keys.begin(), kind->keys.end());
  if (kind->kind != ItemKind::computed && !kind->keys.empty()) {
    required.push_back(kind->keys.front());
  }
  Keys misplaced;
  misplaced.reserve(k_kind_keys.size());
  std::copy_if(k_kind_keys.begin(), k_kind_keys.end(), std::back_inserter(misplaced), [&](std::string_view key) {
    return std::find(kind->keys.begin(), kind->keys.end(), key) == kind->keys.end();
  });
  check_keys(node, allowed, required, misplaced, std::string(enum_name(kind->kind)) + " 类型的评分项", reporter);
  if (kind->kind == ItemKind::computed) {
    const shifan::Node* when = node.find("when");
    const shifan::Node* score = node.find("score");
    if (when == nullptr && score == nullptr) {
      reporter.error(node.mark, "computed 类型的评分项需要 'when' 或 'score'");
    } else if (when != nullptr && score != nullptr) {
      reporter.error(find_key(node, "score")->mark, "computed 类型的评分项不能同时有 'when' 和 'score'");
    }
  }
}

// The `when` and `score` of a tier or of not_applicable.
std::pair<std::optional<Rule>, std::optional<Decimal>> load_scored_rule(
    const shifan::Node& entry, std::optional<Decimal> points, LoadState& state) {
  const shifan::Node* when = entry.find("when");
  const shifan::Node* score = entry.find("score");
  std::optional<Rule> rule = when ? compile_rule(*when, state.rules, Expect::condition, state.reporter) : std::nullopt;
  std::optional<Decimal> value = score ? read_decimal(*score, state.reporter) : std::nullopt;
  if (value) {
    check_score_range(*score, *value, points, state.reporter);
  }
  return {std::move(rule), value};
}

std::vector<Tier> load_tiers(const shifan::Node& node, std::optional<Decimal> points, LoadState& state) {
  std::vector<Tier> tiers;
  if (!expect_sequence(node, state.reporter)) {
    return tiers;
  }
  for (const shifan::Node& entry : node.items) {
    if (!expect_mapping(entry, state.reporter)) {
      continue;
    }
    check_keys(entry, {"when", "score"}, {"when", "score"}, state.reporter);
    auto [rule, value] = load_scored_rule(entry, points, state);
    if (rule && value) {
      tiers.push_back({std::move(*rule), *value});
    }
  }
  return tiers;
}

std::vector<Part> load_parts(const shifan::Node& node, std::optional<Decimal> points, LoadState& state) {
  std::vector<Part> parts;
  if (!expect_sequence(node, state.reporter)) {
    return parts;
  }
  Decimal sum;
  bool complete = true;
  for (const shifan::Node& entry : node.items) {
    if (!expect_mapping(entry, state.reporter)) {
      complete = false;
      continue;
    }
    check_keys(entry, {"when", "points", "text"}, {"when", "points"}, state.reporter);
    const shifan::Node* when = entry.find("when");
    const shifan::Node* part_points = entry.find("points");
    const shifan::Node* text = entry.find("text");
    std::optional<Rule> rule = when ? compile_rule(*when, state.rules, Expect::condition, state.reporter) : std::nullopt;
    std::optional<Decimal> value = part_points ? read_points(*part_points, state.reporter) : std::nullopt;
    complete = complete && value.has_value();
    sum += value.value_or(Decimal());
    std::string part_text = text ? read_string(*text, state.reporter).value_or("") : "";
    if (rule && value) {
      parts.push_back({std::move(*rule), *value, std::move(part_text)});
    }
  }
  if (complete && points && sum != *points) {
    state.reporter.error(node.mark, "各部分分值合计 " + sum.str() + ", 与评分项分值 " + points->str() + " 不符");
  }
  return parts;
}

std::optional<NotApplicable> load_not_applicable(const shifan::Node& node, std::optional<Decimal> points,
                                                 Reasons<ItemStatus>& reasons, LoadState& state) {
  if (!expect_mapping(node, state.reporter)) {
    return std::nullopt;
  }
  check_keys(node, {"when", "score", "reason"}, {"when", "score"}, state.reporter);
  auto [rule, value] = load_scored_rule(node, points, state);
  if (const shifan::Node* reason = node.find("reason")) {
    bool taken = std::any_of(reasons.begin(), reasons.end(), [](const auto& r) { return r.first == ItemStatus::not_applicable; });
    if (taken) {
      state.reporter.error(find_key(node, "reason")->mark, "'reason' 中已有 not_applicable 的理由");
    } else if (std::optional<Template> text = compile_template(*reason, state.templates, state.reporter)) {
      reasons.emplace_back(ItemStatus::not_applicable, std::move(*text));
    }
  }
  if (!rule || !value) {
    return std::nullopt;
  }
  return NotApplicable{std::move(*rule), *value};
}

std::optional<Rule> load_rule(const shifan::Node& item, std::string_view key, Expect expect, LoadState& state) {
  const shifan::Node* node = item.find(key);
  return node ? compile_rule(*node, state.rules, expect, state.reporter) : std::nullopt;
}

// The rules of an item of `kind`. Every rule key present is compiled, so that
// each of its problems is reported; Assessed when a rule the kind needs failed.
ItemRules load_rules(const shifan::Node& node, ItemKind kind, std::optional<Decimal> points, LoadState& state) {
  std::optional<Rule> when = load_rule(node, "when", Expect::condition, state);
  std::optional<Rule> score = load_rule(node, "score", Expect::number, state);
  std::optional<Rule> gate = load_rule(node, "gate", Expect::condition, state);
  const shifan::Node* tiers = node.find("tiers");
  std::vector<Tier> tier_list = tiers ? load_tiers(*tiers, points, state) : std::vector<Tier>();
  const shifan::Node* parts = node.find("parts");
  std::vector<Part> part_list = parts ? load_parts(*parts, points, state) : std::vector<Part>();
  switch (kind) {
    case ItemKind::assessed:
      return Assessed{};
    case ItemKind::computed:
      if (when) {
        return ComputedWhen{std::move(*when)};
      }
      return score ? ItemRules(ComputedScore{std::move(*score)}) : ItemRules(Assessed{});
    case ItemKind::gated:
      return gate ? ItemRules(Gated{std::move(*gate)}) : ItemRules(Assessed{});
    case ItemKind::tiers:
      return TierList{std::move(tier_list)};
    case ItemKind::parts:
      return PartList{std::move(part_list)};
  }
  return Assessed{};
}

}  // namespace

Item load_item(const shifan::Node& node, const std::string& category, LoadState& state) {
  Reporter& reporter = state.reporter;
  Item item;
  item.category = category;
  item.mark = node.mark;
  if (!expect_mapping(node, reporter)) {
    return item;
  }
  const KindInfo* kind = find_kind(node.find("kind"), reporter);
  check_item_keys(node, kind, reporter);
  item.id = state.read_id(node);
  item.text = string_field(node, "text", reporter);
  const shifan::Node* short_text = node.find("short");
  item.short_text = short_text ? read_string(*short_text, reporter).value_or("") : first_clause(item.text);
  std::optional<Decimal> points;
  if (const shifan::Node* points_node = node.find("points")) {
    points = read_points(*points_node, reporter);
    item.points = points.value_or(Decimal());
  }
  item.note = string_field(node, "note", reporter);
  if (const shifan::Node* reason = node.find("reason")) {
    item.reasons = load_reasons<ItemStatus>(*reason, state.templates, reporter);
  }
  if (const shifan::Node* not_applicable = node.find("not_applicable")) {
    item.not_applicable = load_not_applicable(*not_applicable, points, item.reasons, state);
  }
  if (kind == nullptr) {
    return item;
  }
  item.rules = load_rules(node, kind->kind, points, state);
  return item;
}

void check_score_range(const shifan::Node& node, Decimal value, std::optional<Decimal> points,
                       Reporter& reporter) {
  if (value < Decimal()) {
    reporter.error(node.mark, "分值不应为负数: " + value.str());
  } else if (points && value > *points) {
    reporter.error(node.mark, "分值 " + value.str() + " 超过评分项分值 " + points->str());
  }
}

}  // namespace shifan::detail

#include "explain.h"

#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <variant>

#include "fact_labels.h"
#include "fact_path.h"
#include "fact_usage.h"
#include "overloaded.h"
#include "rubric_table.h"
#include "scope.h"
#include "text_layout.h"
#include "shifan/score.h"
#include "utf8.h"

namespace shifan::detail {

namespace {

constexpr int k_max_value_code_points = 80;

// The lets the rules read, directly or through other lets, in rubric order.
std::vector<const Let*> lets_read(const Rubric& rubric, const std::vector<const Rule*>& rules) {
  std::vector<const Let*> found;
  std::vector<const Rule*> pending = rules;
  while (!pending.empty()) {
    const Rule* rule = pending.back();
    pending.pop_back();
    for (const Let* let : lets_named(rubric, *rule)) {
      if (std::find(found.begin(), found.end(), let) == found.end()) {
        found.push_back(let);
        pending.push_back(&let->rule);
      }
    }
  }
  std::sort(found.begin(), found.end());  // lets live in one vector: address order is rubric order
  return found;
}

// The value at a schema path's steps, one value per list entry on the way.
Value value_at(const Value& value, std::span<const FactStep> steps) {
  if (steps.empty() || value.is_unknown()) {
    return value;
  }
  if (value.kind() == Value::Kind::list_type) {
    std::vector<Value> values;
    for (const Value& element : value.as_list()) {
      values.push_back(value_at(element, steps));
    }
    return Value::list(std::move(values));
  }
  const Value* field = value.kind() == Value::Kind::map_type ? value.find(steps.front().name) : nullptr;
  return field == nullptr ? Value::unknown(steps.front().name) : value_at(*field, steps.subspan(1));
}

std::string shortened(std::string text) {
  std::string_view head = prefix_code_points(text, k_max_value_code_points);
  return head.size() == text.size() ? text : std::string(head) + "…";
}

class Explainer {
 public:
  Explainer(const Rubric& rubric, const Station* station) : m_rubric(rubric), m_station(station) {}

  std::string item(const Item& item) {
    const Category* category = find_category(item.category);
    line(fmt::format("{} {} ({}{}, {} 分, {})", item.id, item.short_text, category ? category->id + " " : "",
                     category ? category->title : "", item.points.str(), enum_label(item.kind())));
    line("原文: " + item.text);
    std::vector<const Rule*> rules = deciding_rules(item);
    section("规则");
    if (item.judged()) {
      line(fmt::format("  评分: scores.{} (0 到 {} 分)", item.id, item.points.str()));
    }
    std::visit(Overloaded{
                   [](const Assessed&) {},
                   [&](const ComputedWhen& kind) { rule_line("when", kind.when); },
                   [&](const ComputedScore& kind) { rule_line("score", kind.score); },
                   [&](const Gated& kind) { rule_line("gate", kind.gate); },
                   [&](const TierList& kind) {
                     for (const Tier& tier : kind.tiers) {
                       line(fmt::format("  tier: {} → {} 分", tier.when.text, tier.score.str()));
                     }
                   },
                   [&](const PartList& kind) {
                     for (const Part& part : kind.parts) {
                       line(fmt::format("  part ({} 分) {}: {}", part.points.str(), part.text, part.when.text));
                     }
                   },
               },
               item.rules);
    if (item.not_applicable) {
      line(fmt::format("  not_applicable: {} → {} 分", item.not_applicable->when.text,
                       item.not_applicable->score.str()));
    }
    common(rules, item.note);
    if (m_station != nullptr) {
      ScoreResult result = score(m_rubric, *m_station);
      auto found = std::find_if(result.items.begin(), result.items.end(),
                                [&](const ItemResult& r) { return r.item == &item; });
      std::string range = score_range(found->low, found->high);
      outcome(rules, fmt::format("{}, {} / {} 分", status_label(found->status), range, item.points.str()),
              found->reason, found->missing);
    }
    return m_out;
  }

  std::string veto(const Veto& veto) {
    line(fmt::format("{} 一票否决: {}", veto.id, veto.text));
    std::vector<const Rule*> rules{&veto.when};
    section("规则 (为真时触发)");
    rule_line("when", veto.when);
    common(rules, veto.note);
    if (m_station != nullptr) {
      ScoreResult result = score(m_rubric, *m_station);
      auto found = std::find_if(result.vetoes.begin(), result.vetoes.end(),
                                [&](const VetoResult& r) { return r.veto == &veto; });
      outcome(rules, status_label(found->status), found->reason, found->missing);
    }
    return m_out;
  }

 private:
  const Category* find_category(const std::string& id) const {
    auto found = std::find_if(m_rubric.categories.begin(), m_rubric.categories.end(),
                              [&](const Category& category) { return category.id == id; });
    return found == m_rubric.categories.end() ? nullptr : &*found;
  }

  void rule_line(std::string_view name, const Rule& rule) { line(fmt::format("  {}: {}", name, rule.text)); }

  // The lets, the facts read and the note.
  void common(const std::vector<const Rule*>& rules, const std::string& note) {
    for (const Let* let : lets_read(m_rubric, rules)) {
      line(fmt::format("  let {} = {}", let->name, let->rule.text));
    }
    section("读取的事实");
    std::vector<std::string> facts = facts_read(m_rubric, rules);
    for (const std::string& path : facts) {
      std::string label = path_label(m_rubric, FactPath::of(path));
      line(fmt::format("  {}{}", path, label.empty() ? "" : " (" + label + ")"));
    }
    if (facts.empty()) {
      line("  (无; 只看评分)");
    }
    if (!note.empty()) {
      section("解读");
      line("  " + note);
    }
  }

  void outcome(const std::vector<const Rule*>& rules, const std::string& status, const std::string& reason,
               const std::vector<std::string>& missing) {
    section(fmt::format("本所 ({}, {})", m_station->name, m_station->file));
    for (const std::string& path : facts_read(m_rubric, rules)) {
      std::vector<FactStep> steps = FactPath::of(path).steps();
      const Value* fact = find_value(m_station->facts, FactPath().field(steps.front().name));
      Value value = fact == nullptr ? Value::unknown(path) : value_at(*fact, std::span(steps).subspan(1));
      line(fmt::format("  {} = {}", path, shortened(display(value))));
    }
    Scope scope(m_rubric, *m_station);
    for (const Let* let : lets_read(m_rubric, rules)) {
      line(fmt::format("  {} = {}", let->name, shortened(display(scope.evaluate(let->rule)))));
    }
    line("  结果: " + status);
    if (!reason.empty()) {
      line("  说明: " + reason);
    }
    if (!missing.empty()) {
      line("  尚缺: " + describe_missing(m_rubric, missing, &m_station->facts));
    }
  }

  void section(std::string_view title) { line(fmt::format("\n{}:", title)); }
  void line(std::string_view text) { m_out += fmt::format("{}\n", text); }

  const Rubric& m_rubric;
  const Station* m_station;
  std::string m_out;
};

}  // namespace

std::vector<std::string> explainable_ids(const Rubric& rubric) {
  std::vector<std::string> ids;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      ids.push_back(item.id);
    }
  }
  for (const Veto& veto : rubric.vetoes) {
    ids.push_back(veto.id);
  }
  return ids;
}

std::optional<std::string> explain(const Rubric& rubric, std::string_view id, const Station* station) {
  if (const Item* item = rubric.find_item(id)) {
    return Explainer(rubric, station).item(*item);
  }
  for (const Veto& veto : rubric.vetoes) {
    if (veto.id == id) {
      return Explainer(rubric, station).veto(veto);
    }
  }
  return std::nullopt;
}

}  // namespace shifan::detail

#include <algorithm>

#include "rubric_loader.h"
#include "rule_compiler.h"
#include "suggest.h"
#include "template_compiler.h"

namespace shifan::detail {

std::string LoadState::read_id(const shifan::Node& mapping) {
  const shifan::Node* node = mapping.find("id");
  std::string id = node ? read_string(*node, reporter).value_or("") : "";
  if (id.empty()) {
    return id;
  }
  auto it = std::find_if(ids.begin(), ids.end(), [&](const auto& entry) { return entry.first == id; });
  if (it != ids.end()) {
    reporter.error(node->mark, "重复的编号 '" + id + "' (第一次出现在第 " + std::to_string(it->second) + " 行)");
  } else {
    ids.emplace_back(id, node->mark.line);
  }
  return id;
}

namespace {

CategoryKind read_category_kind(const shifan::Node* node, Reporter& reporter) {
  if (node == nullptr) {
    return CategoryKind::base;
  }
  std::optional<CategoryKind> kind = enum_from_name<CategoryKind>(node->text);
  if (!kind) {
    reporter.error(node->mark, "未知的类别类型 '" + node->text + "'" +
                                   did_you_mean(node->text, enum_names<CategoryKind>()));
  }
  return kind.value_or(CategoryKind::base);
}

// Base categories: the items add up to the points. Bonus and deduction: the
// points are a cap the items reach (their points may add up to more).
void check_item_sum(const Category& category, Decimal sum, const shifan::Node& points, Reporter& reporter) {
  if (category.kind == CategoryKind::base && sum != category.points) {
    reporter.error(points.mark, category.id + " 类各项分值合计 " + sum.str() + ", 与类别分值 " +
                                    category.points.str() + " 不符");
  } else if (category.kind != CategoryKind::base && sum < category.points) {
    reporter.error(points.mark, category.id + " 类各项分值合计 " + sum.str() + ", 达不到" +
                                    enum_label(category.kind) + "上限 " + category.points.str());
  }
}

Category load_category(const shifan::Node& node, LoadState& state) {
  Reporter& reporter = state.reporter;
  Category category;
  category.mark = node.mark;
  if (!expect_mapping(node, reporter)) {
    return category;
  }
  check_keys(node, {"id", "title", "kind", "points", "items"}, {"id", "title", "points", "items"}, reporter);
  category.id = state.read_id(node);
  category.title = string_field(node, "title", reporter);
  category.kind = read_category_kind(node.find("kind"), reporter);
  const shifan::Node* points = node.find("points");
  std::optional<Decimal> category_points = points ? read_points(*points, reporter) : std::nullopt;
  category.points = category_points.value_or(Decimal());
  const shifan::Node* items = node.find("items");
  if (items == nullptr || !expect_sequence(*items, reporter)) {
    return category;
  }
  Decimal sum;
  bool items_read = true;
  for (const shifan::Node& item : items->items) {
    category.items.push_back(load_item(item, category.id, state));
    category.items.back().category_kind = category.kind;
    sum += category.items.back().points;
    items_read = items_read && category.items.back().points > Decimal();
  }
  if (category_points && items_read) {
    check_item_sum(category, sum, *points, reporter);
  }
  return category;
}

Veto load_veto(const shifan::Node& node, LoadState& state) {
  Reporter& reporter = state.reporter;
  Veto veto;
  veto.mark = node.mark;
  if (!expect_mapping(node, reporter)) {
    return veto;
  }
  check_keys(node, {"id", "text", "when", "reason", "note"}, {"id", "text", "when"}, reporter);
  veto.id = state.read_id(node);
  veto.text = string_field(node, "text", reporter);
  if (const shifan::Node* when = node.find("when")) {
    if (std::optional<Rule> rule = compile_rule(*when, state.rules, Expect::condition, reporter)) {
      veto.when = std::move(*rule);
    }
  }
  if (const shifan::Node* reason = node.find("reason")) {
    veto.reasons = load_reasons<VetoStatus>(*reason, state.rules, reporter);
  }
  veto.note = string_field(node, "note", reporter);
  return veto;
}

template <typename T, typename Load>
std::vector<T> load_each(const shifan::Node& node, LoadState& state, Load load) {
  std::vector<T> loaded;
  if (expect_sequence(node, state.reporter)) {
    for (const shifan::Node& entry : node.items) {
      loaded.push_back(load(entry, state));
    }
  }
  return loaded;
}

}  // namespace

std::vector<Category> load_categories(const shifan::Node& node, LoadState& state) {
  return load_each<Category>(node, state, load_category);
}

std::vector<Veto> load_vetoes(const shifan::Node& node, LoadState& state) {
  return load_each<Veto>(node, state, load_veto);
}

}  // namespace shifan::detail

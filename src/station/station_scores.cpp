#include "station_scores.h"

#include "suggest.h"

namespace shifan::detail {

namespace {

// Every item in rubric order.
std::vector<const Item*> all_items(const Rubric& rubric) {
  std::vector<const Item*> items;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      items.push_back(&item);
    }
  }
  return items;
}

// The item `id`, searched from the one after `next - 1` round to it: files
// list scores in rubric order, so a lookup is usually one comparison.
const Item* find_item(const std::vector<const Item*>& items, std::string_view id, std::size_t& next) {
  for (std::size_t tried = 0; tried < items.size(); ++tried) {
    std::size_t i = (next + tried) % items.size();
    if (items[i]->id == id) {
      next = i + 1;
      return items[i];
    }
  }
  return nullptr;
}

std::vector<std::string> item_ids(const Rubric& rubric) {
  std::vector<std::string> ids;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      ids.push_back(item.id);
    }
  }
  return ids;
}

std::optional<Decimal> score(const Node& node, const Item& item, FactContext& context) {
  std::optional<std::string> text = as_decimal_text(node, context.source, context.diagnostics);
  if (!text) {
    return std::nullopt;
  }
  auto prefix = [&] { return item.id + " 的得分 " + *text; };
  auto [value, error] = Decimal::read(*text);
  bool too_precise = error == DecimalError::too_precise;
  bool negative = value ? *value < Decimal() : text->front() == '-';
  if (too_precise) {
    context.report(node.mark, prefix() + " 最多两位小数");
  } else if (negative) {
    context.report(node.mark, prefix() + " 不能为负数");
  } else if (!value || *value > item.points) {
    context.report(node.mark, prefix() + " 超过该项分值 " + item.points.str());
  } else {
    return value;
  }
  return std::nullopt;
}

}  // namespace

std::vector<ClaimedScore> load_scores(const Node* scores, const Rubric& rubric,
                                      FactContext& context, std::string_view name) {
  std::vector<ClaimedScore> claimed;
  if (is_empty(scores)) {
    return claimed;
  }
  if (scores->kind != Node::Kind::mapping) {
    context.report(scores->mark, "'" + std::string(name) + "' 应为映射 (mapping)");
    return claimed;
  }
  std::vector<const Item*> items = all_items(rubric);
  std::size_t next = 0;
  claimed.reserve(scores->entries.size());
  for (const auto& [key, value] : scores->entries) {
    const Item* item = find_item(items, key.text, next);
    if (item == nullptr) {
      context.report(key.mark,
                     "未知的评分项 '" + key.text + "'" + did_you_mean(key.text, item_ids(rubric)));
      continue;
    }
    if (is_empty(&value)) {
      continue;
    }
    if (std::optional<Decimal> decimal = score(value, *item, context)) {
      claimed.push_back({item->id, *decimal, value.mark});
    }
  }
  return claimed;
}

}  // namespace shifan::detail

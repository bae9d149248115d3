#include "expectations.h"

#include <algorithm>
#include <utility>

#include "mapping_reader.h"
#include "suggest.h"

namespace shifan::detail {

namespace {

// The value of E whose name is the node's text; reported otherwise.
template <typename E>
std::optional<E> read_name(const Node& node, Reporter& reporter) {
  std::optional<std::string> text = read_string(node, reporter);
  if (!text) {
    return std::nullopt;
  }
  if (std::optional<E> value = enum_from_name<E>(*text)) {
    return value;
  }
  std::vector<std::string> names = enum_names<E>();
  std::string list;
  for (const std::string& n : names) {
    list += (list.empty() ? "" : ", ") + n;
  }
  reporter.error(node.mark, "'" + *text + "' 不是可用的值 (可用: " + list + ")" + did_you_mean(*text, names));
  return std::nullopt;
}

std::optional<ExpectedScore> read_score(const Node& node, Reporter& reporter) {
  if (node.kind != Node::Kind::sequence) {
    std::optional<Decimal> value = read_decimal(node, reporter);
    return value ? std::optional(ExpectedScore{*value, *value}) : std::nullopt;
  }
  if (node.items.size() != 2) {
    reporter.error(node.mark, "应为一个分数或 [下限, 上限]");
    return std::nullopt;
  }
  std::optional<Decimal> low = read_decimal(node.items[0], reporter);
  std::optional<Decimal> high = read_decimal(node.items[1], reporter);
  if (low && high && *high < *low) {
    reporter.error(node.mark, "上限 " + high->str() + " 低于下限 " + low->str());
    return std::nullopt;
  }
  return low && high ? std::optional(ExpectedScore{*low, *high}) : std::nullopt;
}

// The key's text when it names one of `ids`; reported otherwise.
bool known_id(const Node& key, const std::vector<std::string>& ids, const char* what, Reporter& reporter) {
  if (std::find(ids.begin(), ids.end(), key.text) != ids.end()) {
    return true;
  }
  reporter.error(key.mark, std::string("细则中没有") + what + " '" + key.text + "'" + did_you_mean(key.text, ids));
  return false;
}

void read_items(const Node& node, const Rubric& rubric, Expectations& out, Reporter& reporter) {
  std::vector<std::string> ids;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      ids.push_back(item.id);
    }
  }
  for (const auto& [key, value] : node.entries) {
    if (!known_id(key, ids, "评分项", reporter)) {
      continue;
    }
    ItemExpectation expectation{key.text, {}, {}};
    if (value.kind != Node::Kind::mapping) {
      expectation.status = read_name<ItemStatus>(value, reporter);
    } else {
      check_keys(value, {"status", "score"}, {}, reporter);
      if (const Node* status = value.find("status")) {
        expectation.status = read_name<ItemStatus>(*status, reporter);
      }
      if (const Node* score = value.find("score")) {
        expectation.score = read_score(*score, reporter);
      }
    }
    out.items.push_back(std::move(expectation));
  }
}

void read_vetoes(const Node& node, const Rubric& rubric, Expectations& out, Reporter& reporter) {
  std::vector<std::string> ids;
  for (const Veto& veto : rubric.vetoes) {
    ids.push_back(veto.id);
  }
  for (const auto& [key, value] : node.entries) {
    if (known_id(key, ids, "一票否决项", reporter)) {
      if (std::optional<VetoStatus> status = read_name<VetoStatus>(value, reporter)) {
        out.vetoes.push_back({key.text, *status});
      }
    }
  }
}

}  // namespace

std::string ExpectedScore::str() const {
  return low == high ? low.str() : low.str() + ".." + high.str();
}

LoadedExpectations read_expectations(const Document& document, const Rubric& rubric) {
  LoadedExpectations loaded;
  Reporter reporter(*document.source, loaded.diagnostics);
  const Node* node = document.root.kind == Node::Kind::mapping ? document.root.find("expect") : nullptr;
  if (node == nullptr || node->kind != Node::Kind::mapping || node->entries.empty()) {
    const Node* key = node != nullptr ? find_key(document.root, "expect") : nullptr;
    Mark mark = key != nullptr ? key->mark : Mark{1, 1};
    reporter.error(mark, node == nullptr ? "测试用例缺少 'expect'" : "'expect' 应为非空映射");
    return loaded;
  }
  check_keys(*node, {"total", "verdict", "grade", "items", "vetoes"}, {}, reporter);
  Expectations out;
  if (const Node* total = node->find("total")) {
    out.total = read_score(*total, reporter);
  }
  if (const Node* verdict = node->find("verdict")) {
    out.verdict = read_name<Verdict>(*verdict, reporter);
  }
  if (const Node* grade = node->find("grade")) {
    out.has_grade = true;
    if (grade->kind != Node::Kind::null) {
      out.grade = read_string(*grade, reporter);
      std::vector<std::string> names;
      for (const Grade& g : rubric.grades) {
        names.push_back(g.name);
      }
      if (out.grade && std::find(names.begin(), names.end(), *out.grade) == names.end()) {
        reporter.error(grade->mark, "细则中没有等级 '" + *out.grade + "'" + did_you_mean(*out.grade, names));
      }
    }
  }
  if (const Node* items = node->find("items"); items != nullptr && expect_mapping(*items, reporter)) {
    read_items(*items, rubric, out, reporter);
  }
  if (const Node* vetoes = node->find("vetoes"); vetoes != nullptr && expect_mapping(*vetoes, reporter)) {
    read_vetoes(*vetoes, rubric, out, reporter);
  }
  if (loaded.diagnostics.empty()) {
    loaded.expectations = std::move(out);
  }
  return loaded;
}

}  // namespace shifan::detail

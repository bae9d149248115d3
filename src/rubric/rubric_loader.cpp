#include "rubric_loader.h"

#include <algorithm>

#include "fact_spec_loader.h"
#include "fact_types.h"
#include "rule_compiler.h"
#include "yaml_value.h"

namespace shifan {

namespace detail {
namespace {

bool is_identifier(std::string_view name) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  return !name.empty() && letter(name[0]) &&
         std::all_of(name.begin(), name.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9'); });
}

// Reports a name that can't be read from rules or is taken by a fact or (for
// a let) a constant. Repeated keys are the document reader's to report.
void check_name(const shifan::Node& key, const Rubric& rubric, bool is_let, Reporter& reporter) {
  if (!is_identifier(key.text)) {
    reporter.error(key.mark, "名称 '" + key.text + "' 不是合法的标识符");
  } else if (rubric.facts.field(key.text) != nullptr) {
    reporter.error(key.mark, "名称 '" + key.text + "' 与事实重名");
  } else if (is_let && std::any_of(rubric.constants.begin(), rubric.constants.end(),
                         [&](const auto& c) { return c.first == key.text; })) {
    reporter.error(key.mark, "名称 '" + key.text + "' 与常量重名");
  }
}

void load_constants(const shifan::Node& node, Rubric& rubric, LoadState& state) {
  if (!expect_mapping(node, state.reporter)) {
    return;
  }
  for (const auto& [key, value] : node.entries) {
    rubric.constants.emplace_back(key.text, yaml_value(value, state.reporter));
  }
}

std::string defined_later(const shifan::Node& key) {
  return "它在后面第 " + std::to_string(key.mark.line) + " 行才定义; let 只能使用前面定义的 let";
}

// Each let sees the lets above it; reading itself or one further down is
// an unknown name with a note that says so.
void load_lets(const shifan::Node& node, Rubric& rubric, LoadState& state) {
  if (!expect_mapping(node, state.reporter)) {
    return;
  }
  std::vector<std::pair<std::string, std::string>>& notes = state.env.undeclared_notes;
  for (const auto& [key, value] : node.entries) {
    notes.emplace_back(key.text, defined_later(key));
  }
  for (std::size_t i = 0; i < node.entries.size(); ++i) {
    const auto& [key, value] = node.entries[i];
    check_name(key, rubric, true, state.reporter);
    notes[i].second = "let 不能使用它自己";
    Type type;
    std::optional<Rule> rule = compile_rule(value, state.env, Expect::any, state.reporter, &type);
    state.env.variables.emplace_back(key.text, type);
    if (rule) {
      rubric.lets.push_back(Let{key.text, std::move(*rule)});
    }
  }
  notes.clear();
}

void check_total(const shifan::Node& metadata, const Rubric& rubric, Reporter& reporter) {
  const shifan::Node* total = metadata.kind == shifan::Node::Kind::mapping ? metadata.find("total") : nullptr;
  Decimal sum;
  for (const Category& category : rubric.categories) {
    if (category.points <= Decimal()) {
      return;
    }
    if (category.kind == CategoryKind::base) {
      sum += category.points;
    }
  }
  if (total != nullptr && rubric.total > Decimal() && sum != rubric.total) {
    reporter.error(total->mark, "各类别分值合计 " + sum.str() + ", 与总分 " + rubric.total.str() + " 不符");
  }
}

}  // namespace
}  // namespace detail

LoadedRubric load_rubric(const Document& document) {
  using namespace detail;
  LoadedRubric result;
  result.diagnostics = document.diagnostics;
  if (!result.diagnostics.empty()) {
    return result;
  }
  Reporter reporter(*document.source, result.diagnostics);
  const shifan::Node& root = document.root;
  if (root.kind == shifan::Node::Kind::null) {
    reporter.error({}, "细则文件为空");
    return result;
  }
  if (root.kind != shifan::Node::Kind::mapping) {
    reporter.error(root.mark, "细则文件应为映射 (mapping), 顶层是 rubric, facts, categories 等键");
    return result;
  }
  check_keys(root, {"rubric", "facts", "constants", "let", "categories", "vetoes"},
             {"rubric", "facts", "categories"}, reporter);
  Rubric rubric;
  rubric.source = document.source;
  LoadState state(reporter);
  if (const shifan::Node* constants = root.find("constants")) {
    load_constants(*constants, rubric, state);
  }
  if (const shifan::Node* facts = root.find("facts")) {
    rubric.facts = load_facts(*facts, rubric.constants, reporter);
  }
  if (const shifan::Node* constants = root.find("constants");
      constants != nullptr && constants->kind == shifan::Node::Kind::mapping) {
    for (const auto& entry : constants->entries) {
      check_name(entry.first, rubric, false, reporter);
    }
  }
  for (const auto& [name, spec] : rubric.facts.fields) {
    state.env.variables.emplace_back(name, fact_type(spec, name));
  }
  for (const auto& [name, value] : rubric.constants) {
    state.env.variables.emplace_back(name, value_type(value));
  }
  if (const shifan::Node* lets = root.find("let")) {
    load_lets(*lets, rubric, state);
  }
  state.template_env = state.env;
  state.template_env.variables.emplace_back("score", Type::real());
  const shifan::Node* metadata = root.find("rubric");
  if (metadata != nullptr) {
    load_metadata(*metadata, rubric, reporter);
  }
  if (const shifan::Node* categories = root.find("categories")) {
    rubric.categories = load_categories(*categories, state);
  }
  if (const shifan::Node* vetoes = root.find("vetoes")) {
    rubric.vetoes = load_vetoes(*vetoes, state);
  }
  if (metadata != nullptr) {
    check_total(*metadata, rubric, reporter);
    load_grade_conditions(*metadata, rubric, reporter);
  }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                   });
  if (result.diagnostics.empty()) {
    result.rubric = std::move(rubric);
  }
  return result;
}

}  // namespace shifan

#include <algorithm>

#include "fact_path.h"
#include "fact_spec_loader.h"
#include "rubric_loader.h"
#include "suggest.h"

namespace shifan::detail {

namespace {

std::string read_text(const shifan::Node& mapping, std::string_view key, Reporter& reporter) {
  const shifan::Node* node = mapping.find(key);
  if (node == nullptr) {
    return {};
  }
  if (key == "version" && node->kind == shifan::Node::Kind::scalar) {
    return node->text;  // 2024 and "2024" alike
  }
  return string_field(mapping, key, reporter);
}

void collect_paths(const FactSpec& record, const std::string& prefix, FactType type, std::vector<std::string>& out) {
  for (const auto& [name, spec] : record.fields) {
    if (spec.type == type) {
      out.push_back(prefix + name);
    } else if (spec.type == FactType::record) {
      collect_paths(spec, prefix + name + ".", type, out);
    }
  }
}

void check_assessed_on(const shifan::Node& node, const std::string& path, const FactSpec& facts,
                       Reporter& reporter) {
  bool required = true;
  const FactSpec* spec = record_fact(node, path, facts, FactType::date, required, reporter);
  if (spec != nullptr && (spec->type != FactType::date || !required)) {
    reporter.error(node.mark, "assessed_on 应为必填的 date 类型事实: '" + path + "'");
  }
}

// Every mapping entry gives a grade (load_grade_conditions walks them in
// step); `min` above the highest total is checked there, after categories.
std::vector<Grade> load_grades(const shifan::Node& node, Reporter& reporter) {
  std::vector<Grade> grades;
  if (!expect_sequence(node, reporter)) {
    return grades;
  }
  if (node.items.empty()) {
    reporter.error(node.mark, "至少需要一个等级");
  }
  for (const shifan::Node& entry : node.items) {
    if (!expect_mapping(entry, reporter)) {
      continue;
    }
    check_keys(entry, {"name", "min", "when"}, {"name", "min"}, reporter);
    const shifan::Node* name = entry.find("name");
    const shifan::Node* min = entry.find("min");
    Grade grade{name ? read_string(*name, reporter).value_or("") : "", Decimal(), std::nullopt,
                min ? min->mark : entry.mark};
    std::optional<Decimal> value = min ? read_decimal(*min, reporter) : std::nullopt;
    if (value) {
      grade.min = *value;
      if (*value < Decimal()) {
        reporter.error(min->mark, "分数线不应为负数: " + value->str());
      } else if (!grades.empty() && *value >= grades.back().min) {
        reporter.error(min->mark, "等级应从高到低排列: '" + grade.name + "' 的分数线 " + value->str() +
                                      " 不低于上一等级 '" + grades.back().name + "' 的 " + grades.back().min.str());
      }
    }
    grades.push_back(std::move(grade));
  }
  return grades;
}

}  // namespace

const FactSpec* record_fact(const shifan::Node& node, const std::string& path, const FactSpec& facts,
                            FactType expected, bool& required, Reporter& reporter) {
  ResolvedPath resolved = resolve(facts, FactPath::of(path));
  required = std::all_of(resolved.trail.begin(), resolved.trail.end(),
                         [](const FactSpec* step) { return step->required; });
  const FactSpec* spec = resolved.spec;
  if (spec == nullptr) {
    std::vector<std::string> candidates;
    collect_paths(facts, "", expected, candidates);
    reporter.error(node.mark, "未知的事实 '" + path + "'" + did_you_mean(path, candidates));
  }
  return spec;
}

void load_metadata(const shifan::Node& node, Rubric& rubric, Reporter& reporter) {
  if (!expect_mapping(node, reporter)) {
    return;
  }
  check_keys(node,
             {"id", "title", "source", "version", "total", "assessed_on", "identity", "wording", "grades", "note"},
             {"id", "title", "total", "assessed_on", "grades"}, reporter);
  rubric.id = read_text(node, "id", reporter);
  rubric.title = read_text(node, "title", reporter);
  rubric.source_document = read_text(node, "source", reporter);
  rubric.version = read_text(node, "version", reporter);
  rubric.note = read_text(node, "note", reporter);
  const shifan::Node* total = node.find("total");
  std::optional<Decimal> total_points = total ? read_points(*total, reporter) : std::nullopt;
  rubric.total = total_points.value_or(Decimal());
  if (const shifan::Node* grades = node.find("grades")) {
    rubric.grades = load_grades(*grades, reporter);
  }
  if (const shifan::Node* assessed_on = node.find("assessed_on")) {
    rubric.assessed_on = read_string(*assessed_on, reporter).value_or("");
    if (!rubric.assessed_on.empty()) {
      check_assessed_on(*assessed_on, rubric.assessed_on, rubric.facts, reporter);
    }
  }
  if (const shifan::Node* identity = node.find("identity")) {
    rubric.identity = load_identity(*identity, rubric.facts, reporter);
  }
  rubric.wording = load_wording(node.find("wording"), rubric.grades, reporter);
}

}  // namespace shifan::detail

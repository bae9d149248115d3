#include "rubric_loader.h"
#include "rule_compiler.h"

namespace shifan::detail {

namespace {

// `category` and `item`: records from ids to scores, all the grades read.
Environment grade_environment(const Rubric& rubric) {
  std::vector<std::pair<std::string, Type>> categories;
  std::vector<std::pair<std::string, Type>> items;
  for (const Category& category : rubric.categories) {
    categories.emplace_back(category.id, Type::real());
    for (const Item& item : category.items) {
      items.emplace_back(item.id, Type::real());
    }
  }
  Environment env;
  env.variables.emplace_back("category", Type::record("category", std::move(categories)));
  env.variables.emplace_back("item", Type::record("item", std::move(items)));
  return env;
}

void check_min(const Grade& grade, const Rubric& rubric, Reporter& reporter) {
  Decimal highest = rubric.highest_total();
  if (rubric.total <= Decimal() || grade.min <= highest) {
    return;
  }
  std::string limit = highest == rubric.total
                          ? "总分 " + rubric.total.str()
                          : "最高总分 " + highest.str() + " (总分 " + rubric.total.str() + " 加上加分上限)";
  reporter.error(grade.mark, "等级 '" + grade.name + "' 的分数线 " + grade.min.str() + " 高于" + limit);
}

}  // namespace

void load_grade_conditions(const shifan::Node& metadata, Rubric& rubric, Reporter& reporter) {
  const shifan::Node* grades = metadata.kind == shifan::Node::Kind::mapping ? metadata.find("grades") : nullptr;
  if (grades == nullptr || grades->kind != shifan::Node::Kind::sequence) {
    return;
  }
  Environment env = grade_environment(rubric);
  std::size_t index = 0;
  for (const shifan::Node& entry : grades->items) {
    if (entry.kind != shifan::Node::Kind::mapping || index >= rubric.grades.size()) {
      continue;
    }
    Grade& grade = rubric.grades[index++];
    check_min(grade, rubric, reporter);
    if (const shifan::Node* when = entry.find("when")) {
      grade.when = compile_rule(*when, env, Expect::condition, reporter);
    }
  }
}

}  // namespace shifan::detail

#include "grade_conditions.h"

#include <algorithm>

#include "scope.h"

namespace shifan::detail {

namespace {

// A score as the conditions see it: a double when decided, else unknown.
Value score_value(const std::string& path, Decimal low, Decimal high) {
  return low == high ? Value::real(low.to_double()) : Value::unknown(path);
}

Activation score_activation(const ScoreResult& result) {
  MapEntries categories;
  for (const CategoryResult& category : result.categories) {
    const std::string& id = category.category->id;
    categories.emplace_back(Value::string(id), score_value("category." + id, category.low, category.high));
  }
  MapEntries items;
  for (const ItemResult& item : result.items) {
    const std::string& id = item.item->id;
    items.emplace_back(Value::string(id), score_value("item." + id, item.low, item.high));
  }
  Activation activation;
  activation.set("category", Value::map(std::move(categories)));
  activation.set("item", Value::map(std::move(items)));
  return activation;
}

}  // namespace

std::vector<GradeResult> check_grades(const ScoreResult& result) {
  std::vector<GradeResult> grades;
  grades.reserve(result.rubric->grades.size());
  const std::vector<Grade>& all = result.rubric->grades;
  bool any_when = std::any_of(all.begin(), all.end(), [](const Grade& grade) { return grade.when.has_value(); });
  // The scores as variables only for a grade that reads them (most have no `when`).
  Activation activation = any_when ? score_activation(result) : Activation();
  for (const Grade& grade : all) {
    GradeResult checked{&grade, ConditionStatus::holds, {}, {}};
    if (grade.when) {
      Value value = evaluate(*grade.when->program, activation);
      Truth truth = truth_of(value);
      if (truth == Truth::yes || truth == Truth::no) {
        checked.condition = truth == Truth::yes ? ConditionStatus::holds : ConditionStatus::fails;
      } else {
        Decision decision = unusable(value, "条件的值不是布尔值");
        checked.condition = ConditionStatus::unknown;
        checked.missing = std::move(decision.missing);
        checked.error = std::move(decision.error);
      }
    }
    grades.push_back(std::move(checked));
  }
  return grades;
}

}  // namespace shifan::detail

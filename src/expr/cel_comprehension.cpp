#include "cel_comprehension.h"

#include <fmt/format.h>

namespace shifan::detail {

namespace {

using Kind = Value::Kind;

std::string_view macro_name(Macro macro) {
  switch (macro) {
    case Macro::all: return "all";
    case Macro::exists: return "exists";
    case Macro::exists_one: return "exists_one";
    case Macro::filter:
    case Macro::count: return "filter";
    default: return "map";
  }
}

// Accumulates the outcome of the steps of one comprehension.
class Fold {
 public:
  explicit Fold(const AstNode& node) : m_node(node) {}

  // Records a non-bool predicate result; false if evaluation may go on.
  void exceptional(const Value& value) {
    m_failed = true;
    if (value.is_unknown()) {
      m_unknown = Value::merge_unknowns(m_unknown, value);
    } else if (!m_error.is_error()) {
      m_error = value.is_error() ? value
                                 : Value::error(fmt::format("{}() 的条件需要 bool, 而不是 {}",
                                                            macro_name(m_node.macro), type_name(value.kind())));
    }
  }

  bool failed() const { return m_failed; }
  Value failure() const { return m_unknown.is_unknown() ? m_unknown : m_error; }

 private:
  const AstNode& m_node;
  bool m_failed = false;
  Value m_unknown;
  Value m_error;
};

// Binds the variable to each element in turn and hands `step` the element
// and the first expression's value; `step` returns false to stop. False when
// the budget runs out.
template <typename Step>
bool for_each_element(const AstNode& node, Frame& frame, const std::vector<Value>& elements, Step step) {
  const Value** slot = &frame.slots[node.slot];
  const Value* saved = *slot;
  bool within_budget = true;
  Value local;
  for (const Value& element : elements) {
    if (!frame.budget.spend(1)) {
      within_budget = false;
      break;
    }
    *slot = &element;
    if (!step(element, eval(node.children[1], frame, local))) {
      break;
    }
  }
  *slot = saved;
  return within_budget;
}

Value run_map(const AstNode& node, Frame& frame, const std::vector<Value>& elements) {
  Fold fold(node);
  std::vector<Value> results;
  results.reserve(elements.size());
  const bool within_budget = for_each_element(node, frame, elements, [&](const Value&, const Value& value) {
    if (value.is_exceptional()) {
      fold.exceptional(value);
    } else if (!fold.failed()) {
      results.push_back(value);
    }
    return true;
  });
  if (!within_budget) {
    return budget_error(frame.budget);
  }
  return fold.failed() ? fold.failure() : Value::list(std::move(results));
}

// The macros whose first expression is a predicate; one instance per macro
// so that the loop tests no macro per element.
template <Macro M>
Value run_predicate(const AstNode& node, Frame& frame, const std::vector<Value>& elements) {
  Fold fold(node);
  std::vector<Value> results;
  if (M == Macro::filter || M == Macro::map_filter) {
    results.reserve(elements.size());  // one allocation: lists are short
  }
  std::int64_t count = 0;
  bool decided = false;
  const bool within_budget = for_each_element(node, frame, elements, [&](const Value& element, const Value& value) {
    if (value.kind() != Kind::bool_type) {
      fold.exceptional(value);
      return true;
    }
    const bool matched = value.as_bool();
    if ((M == Macro::all && !matched) || (M == Macro::exists && matched)) {
      decided = true;
      return false;
    }
    if (!matched || fold.failed()) {
      return true;
    }
    ++count;
    if (M == Macro::filter) {
      results.push_back(element);
    } else if (M == Macro::map_filter) {
      Value transformed_local;
      const Value& transformed = eval(node.children[2], frame, transformed_local);
      if (transformed.is_exceptional()) {
        fold.exceptional(transformed);
      } else {
        results.push_back(transformed);
      }
    }
    return true;
  });
  if (!within_budget) {
    return budget_error(frame.budget);
  }
  if (decided) {
    return Value::boolean(M == Macro::exists);
  }
  if (fold.failed()) {
    return fold.failure();
  }
  switch (M) {
    case Macro::all: return Value::boolean(true);
    case Macro::exists: return Value::boolean(false);
    case Macro::exists_one: return Value::boolean(count == 1);
    case Macro::count: return Value::integer(count);
    default: return Value::list(std::move(results));
  }
}

Value run(const AstNode& node, Frame& frame, const std::vector<Value>& elements) {
  switch (node.macro) {
    case Macro::all: return run_predicate<Macro::all>(node, frame, elements);
    case Macro::exists: return run_predicate<Macro::exists>(node, frame, elements);
    case Macro::exists_one: return run_predicate<Macro::exists_one>(node, frame, elements);
    case Macro::filter: return run_predicate<Macro::filter>(node, frame, elements);
    case Macro::map_filter: return run_predicate<Macro::map_filter>(node, frame, elements);
    case Macro::count: return run_predicate<Macro::count>(node, frame, elements);
    default: return run_map(node, frame, elements);
  }
}

}  // namespace

Value eval_comprehension(const AstNode& node, Frame& frame) {
  Value local;
  const Value& range = eval_operand(node.children[0], frame, local);
  if (range.kind() == Kind::list_type) {
    return run(node, frame, range.as_list());
  }
  if (range.kind() == Kind::map_type) {
    std::vector<Value> keys;
    keys.reserve(range.as_map().size());
    for (const auto& entry : range.as_map()) {
      keys.push_back(entry.first);
    }
    return run(node, frame, keys);
  }
  if (range.is_exceptional()) {
    return range;
  }
  return Value::error(fmt::format("{}() 不能遍历 {}", macro_name(node.macro), type_name(range.kind())));
}

}  // namespace shifan::detail

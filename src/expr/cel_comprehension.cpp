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
    if (value.is_unknown()) {
      m_unknown = Value::merge_unknowns(m_unknown, value);
    } else if (!m_error.is_error()) {
      m_error = value.is_error() ? value
                                 : Value::error(fmt::format("{}() 的条件需要 bool, 而不是 {}",
                                                            macro_name(m_node.macro), type_name(value.kind())));
    }
  }

  bool failed() const { return m_unknown.is_unknown() || m_error.is_error(); }
  Value failure() const { return m_unknown.is_unknown() ? m_unknown : m_error; }

 private:
  const AstNode& m_node;
  Value m_unknown;
  Value m_error;
};

Value run(const AstNode& node, Frame& frame, const std::vector<Value>& elements) {
  const Value* saved = frame.slots[node.slot];
  Fold fold(node);
  std::vector<Value> results;
  std::int64_t count = 0;
  Value outcome;
  bool decided = false;
  for (const Value& element : elements) {
    if (!frame.budget.spend(1)) {
      frame.slots[node.slot] = saved;
      return budget_error(frame.budget);
    }
    frame.slots[node.slot] = &element;
    Value local;
    const Value& first = eval(node.children[1], frame, local);
    if (node.macro == Macro::map) {
      if (first.is_exceptional()) {
        fold.exceptional(first);
      } else if (!fold.failed()) {
        results.push_back(first);
      }
      continue;
    }
    if (first.kind() != Kind::bool_type) {
      fold.exceptional(first);
      continue;
    }
    const bool matched = first.as_bool();
    if (node.macro == Macro::all && !matched) {
      outcome = Value::boolean(false);
      decided = true;
      break;
    }
    if (node.macro == Macro::exists && matched) {
      outcome = Value::boolean(true);
      decided = true;
      break;
    }
    if (!matched || fold.failed()) {
      continue;
    }
    ++count;
    if (node.macro == Macro::filter) {
      results.push_back(element);
    } else if (node.macro == Macro::map_filter) {
      Value transformed_local;
      const Value& transformed = eval(node.children[2], frame, transformed_local);
      if (transformed.is_exceptional()) {
        fold.exceptional(transformed);
      } else {
        results.push_back(transformed);
      }
    }
  }
  frame.slots[node.slot] = saved;
  if (decided) {
    return outcome;
  }
  if (fold.failed()) {
    return fold.failure();
  }
  switch (node.macro) {
    case Macro::all: return Value::boolean(true);
    case Macro::exists: return Value::boolean(false);
    case Macro::exists_one: return Value::boolean(count == 1);
    case Macro::count: return Value::integer(count);
    default: return Value::list(std::move(results));
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

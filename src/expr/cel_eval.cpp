#include "cel_eval.h"

#include <atomic>
#include <fmt/format.h>

#include "cel_comprehension.h"
#include "value_data.h"

namespace shifan::detail {

namespace {

using Kind = Value::Kind;

// Returns `operand` where the caller may keep it: moved into `scratch` when it
// lives in `local`, which dies with the caller's frame.
const Value& pass(const Value& operand, Value& local, Value& scratch) {
  if (&operand == &local) {
    scratch = std::move(local);
    return scratch;
  }
  return operand;
}

const Value& set(Value& scratch, Value value) {
  scratch = std::move(value);
  return scratch;
}

Value no_key(std::string_view name) { return Value::error(fmt::format("没有键 '{}'", name)); }

Value no_fields(const Value& operand) {
  return Value::error(fmt::format("类型 '{}' 不支持字段选择", type_name(operand.kind())));
}

// field() when the hint misses: looks the key up, moves the hint, and sets
// `scratch` to the error when the key is absent.
[[gnu::noinline]] const Value* field_by_search(const AstNode& node, const detail::MapData& map, Value& scratch) {
  std::atomic_ref<std::uint32_t> shared_hint(node.field_hint);
  std::uint32_t hint = shared_hint.load(std::memory_order_relaxed);
  const Value* found = map.find(node.name, hint);
  if (hint != shared_hint.load(std::memory_order_relaxed)) {
    shared_hint.store(hint, std::memory_order_relaxed);
  }
  return found != nullptr ? found : &set(scratch, no_key(node.name));
}

// The field `node.name` of `operand`, or the error for its absence; nullptr
// when `operand` is not a map. Maps of one shape hit the hint inline.
inline const Value* field(const AstNode& node, const Value& operand, Value& scratch) {
  if (operand.kind() != Kind::map_type) {
    return nullptr;
  }
  const std::uint32_t hint = std::atomic_ref<std::uint32_t>(node.field_hint).load(std::memory_order_relaxed);
  const Value* found = operand.map_data().at_hint(node.name, hint);
  return found != nullptr ? found : field_by_search(node, operand.map_data(), scratch);
}

[[gnu::noinline]] const Value& select(const AstNode& node, Frame& frame, Value& scratch) {
  Value local;
  const Value& operand = eval(node.children[0], frame, local);
  if (const Value* found = field(node, operand, scratch)) {
    return &operand == &local && found != &scratch ? set(scratch, *found) : *found;
  }
  if (operand.is_exceptional()) {
    return pass(operand, local, scratch);
  }
  return set(scratch, no_fields(operand));
}

// select() of a variable (`s.full_time`, the commonest case): the operand
// lives in a slot, so nothing needs a local.
[[gnu::noinline]] const Value& select_variable(const AstNode& node, Frame& frame, Value& scratch) {
  const Value& operand = *frame.slots[node.children[0].slot];
  if (const Value* found = field(node, operand, scratch)) {
    return *found;
  }
  return operand.is_exceptional() ? operand : set(scratch, no_fields(operand));
}

[[gnu::noinline]] const Value& has(const AstNode& node, Frame& frame, Value& scratch) {
  Value local;
  const Value& operand = eval(node.children[0], frame, local);
  if (operand.kind() == Kind::map_type) {
    return set(scratch, Value::boolean(operand.find(node.name) != nullptr));
  }
  if (operand.is_exceptional()) {
    return pass(operand, local, scratch);
  }
  return set(scratch, no_fields(operand));
}

// Unknowns win over errors; nullptr when no argument is either. With
// `pass_unknowns`, only errors count.
const Value* first_exceptional(const Value* const* args, std::size_t count, Value& merged,
                               bool pass_unknowns = false) {
  const Value* error = nullptr;
  bool unknown = false;
  for (std::size_t i = 0; i < count; ++i) {
    if (args[i]->is_unknown() && !pass_unknowns) {
      merged = unknown ? Value::merge_unknowns(merged, *args[i]) : *args[i];
      unknown = true;
    } else if (args[i]->is_error() && error == nullptr) {
      error = args[i];
    }
  }
  return unknown ? &merged : error;
}

[[gnu::noinline]] const Value& call(const AstNode& node, Frame& frame, Value& scratch) {
  constexpr std::size_t k_max_args = 2;
  Value locals[k_max_args];
  const Value* args[k_max_args];
  const std::size_t count = node.children.size();
  bool exceptional_args = false;
  for (std::size_t i = 0; i < count; ++i) {
    args[i] = &eval_operand(node.children[i], frame, locals[i]);
    exceptional_args |= args[i]->is_exceptional();
  }
  // Only errors and unknowns need sorting out (the rare case).
  if (exceptional_args) {
    Value merged;
    if (const Value* exceptional = first_exceptional(args, count, merged, node.builtin->sees_unknowns)) {
      return set(scratch, *exceptional);
    }
  }
  if (!frame.budget.spend(1)) {
    return set(scratch, budget_error(frame.budget));
  }
  return set(scratch, node.builtin->fn(std::span<const Value* const>(args, count), frame.budget));
}

// Unknown elements stay in the list, as they do in facts; an error element
// makes the list an error.
[[gnu::noinline]] const Value& list(const AstNode& node, Frame& frame, Value& scratch) {
  if (!frame.budget.spend(node.children.size())) {
    return set(scratch, budget_error(frame.budget));
  }
  std::vector<Value> elements;
  elements.reserve(node.children.size());
  for (const AstNode& child : node.children) {
    Value local;
    const Value& element = eval(child, frame, local);
    if (element.is_error()) {
      return pass(element, local, scratch);
    }
    elements.push_back(element);
  }
  return set(scratch, Value::list(std::move(elements)));
}

// Unknown values stay in the map; an unknown key makes it unknown.
[[gnu::noinline]] const Value& map(const AstNode& node, Frame& frame, Value& scratch) {
  if (!frame.budget.spend(node.children.size())) {
    return set(scratch, budget_error(frame.budget));
  }
  MapEntries entries;
  entries.reserve(node.children.size() / 2);
  std::vector<Value> values;
  for (const AstNode& child : node.children) {
    Value local;
    values.push_back(eval(child, frame, local));
  }
  Value merged;
  std::vector<const Value*> keys;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i % 2 == 0 || values[i].is_error()) {
      keys.push_back(&values[i]);
    }
  }
  if (const Value* exceptional = first_exceptional(keys.data(), keys.size(), merged)) {
    return set(scratch, *exceptional);
  }
  for (std::size_t i = 0; i + 1 < values.size(); i += 2) {
    const Kind k = values[i].kind();
    if (k != Kind::int_type && k != Kind::uint_type && k != Kind::bool_type && k != Kind::string_type) {
      return set(scratch, Value::error(fmt::format("不支持的键类型 {}", type_name(k))));
    }
    for (const auto& entry : entries) {
      if (entry.first == values[i]) {
        return set(scratch, Value::error(fmt::format("重复的键 {}", to_literal(values[i]))));
      }
    }
    entries.emplace_back(std::move(values[i]), std::move(values[i + 1]));
  }
  return set(scratch, Value::map(std::move(entries)));
}

Value logic_error(const AstNode& node, const Value& operand) {
  return Value::error(fmt::format("运算符 '{}' 不能用于 {}", node.kind == NodeKind::logic_and ? "&&" : "||",
                                  type_name(operand.kind())));
}

// && and || absorb errors and unknowns when another operand decides.
[[gnu::noinline]] const Value& logic(const AstNode& node, Frame& frame, Value& scratch) {
  const bool decisive = node.kind == NodeKind::logic_or;
  Value merged;
  Value error;
  for (const AstNode& child : node.children) {
    Value local;
    const Value& operand = eval(child, frame, local);
    if (operand.kind() == Kind::bool_type) {
      if (operand.as_bool() == decisive) {
        return set(scratch, operand);
      }
    } else if (operand.is_unknown()) {
      merged = Value::merge_unknowns(merged, operand);
    } else if (!error.is_error()) {
      error = operand.is_error() ? operand : logic_error(node, operand);
    }
  }
  if (merged.is_unknown()) {
    return set(scratch, std::move(merged));
  }
  if (error.is_error()) {
    return set(scratch, std::move(error));
  }
  return set(scratch, Value::boolean(!decisive));
}

[[gnu::noinline]] const Value& conditional(const AstNode& node, Frame& frame, Value& scratch) {
  Value local;
  const Value& condition = eval(node.children[0], frame, local);
  if (condition.kind() == Kind::bool_type) {
    return eval(node.children[condition.as_bool() ? 1 : 2], frame, scratch);
  }
  if (condition.is_exceptional()) {
    return pass(condition, local, scratch);
  }
  return set(scratch, Value::error(fmt::format("条件表达式需要 bool, 而不是 {}", type_name(condition.kind()))));
}

// Out of line so that eval() needs no stack frame of its own.
[[gnu::noinline]] const Value& comprehension(const AstNode& node, Frame& frame, Value& scratch) {
  return set(scratch, eval_comprehension(node, frame));
}

}  // namespace

const Value& eval(const AstNode& node, Frame& frame, Value& scratch) {
  switch (node.kind) {
    case NodeKind::constant: return node.value;
    case NodeKind::ident: return *frame.slots[node.slot];
    case NodeKind::select:
      return node.children[0].kind == NodeKind::ident ? select_variable(node, frame, scratch)
                                                      : select(node, frame, scratch);
    case NodeKind::has: return has(node, frame, scratch);
    case NodeKind::call: return call(node, frame, scratch);
    case NodeKind::list: return list(node, frame, scratch);
    case NodeKind::map: return map(node, frame, scratch);
    case NodeKind::logic_and:
    case NodeKind::logic_or: return logic(node, frame, scratch);
    case NodeKind::conditional: return conditional(node, frame, scratch);
    case NodeKind::comprehension: return comprehension(node, frame, scratch);
  }
  return node.value;
}

Value eval_closed(const AstNode& node, int slot_count) {
  std::vector<const Value*> slots(static_cast<std::size_t>(slot_count) + 1, nullptr);
  Budget budget;
  Frame frame{slots.data(), budget};
  Value scratch;
  return eval(node, frame, scratch);
}

}  // namespace shifan::detail

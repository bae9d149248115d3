#include "shifan/expr.h"

#include <atomic>
#include <fmt/format.h>

#include "cel_builtins.h"
#include "cel_checker.h"
#include "cel_eval.h"
#include "cel_fold.h"
#include "cel_parser.h"
#include "utf8.h"
#include "value_data.h"

namespace shifan {

struct ProgramAccess {
  static Program make(std::shared_ptr<const detail::AstNode> root, const Environment& env,
                      detail::CheckResult& checked) {
    Program program;
    program.m_root = std::move(root);
    for (const auto& [name, type] : env.variables) {
      program.m_variables.push_back(name);
    }
    program.m_read = std::move(checked.variables_read);
    for (std::size_t i = 0; i < program.m_read.size(); ++i) {
      if (program.m_read[i]) {
        program.m_bindings.push_back(Program::Binding{static_cast<std::uint32_t>(i)});
      }
    }
    program.m_fields_read = std::move(checked.fields_read);
    program.m_slot_count = checked.slot_count;
    return program;
  }

  // Slots hold the variables the program reads (compact_slots), looked up
  // where the previous evaluation found them.
  static Value evaluate(const Program& program, const Activation& vars, Budget& budget) {
    if (budget.steps_left() == 0) {
      return detail::budget_error(budget);
    }
    constexpr std::size_t k_inline_slots = 16;
    const auto slot_count = static_cast<std::size_t>(program.m_slot_count);
    const Value* inline_slots[k_inline_slots];
    std::vector<const Value*> heap_slots;
    const Value** slots = inline_slots;
    if (slot_count > k_inline_slots) {
      heap_slots.resize(slot_count);
      slots = heap_slots.data();
    }
    std::vector<Value> unbound;  // reserved on first use: its elements must not move
    for (std::size_t i = 0; i < program.m_bindings.size(); ++i) {
      const Program::Binding& binding = program.m_bindings[i];
      const std::string& name = program.m_variables[binding.variable];
      std::atomic_ref<std::uint32_t> shared_hint(binding.hint);
      std::uint32_t hint = shared_hint.load(std::memory_order_relaxed);
      slots[i] = vars.get(name, hint);
      if (hint != shared_hint.load(std::memory_order_relaxed)) {
        shared_hint.store(hint, std::memory_order_relaxed);
      }
      if (slots[i] == nullptr) {
        unbound.reserve(program.m_bindings.size());
        slots[i] = &unbound.emplace_back(Value::error(fmt::format("变量 '{}' 没有值", name)));
      }
    }
    detail::Frame frame{slots, budget};
    Value scratch;
    return detail::eval(*program.m_root, frame, scratch);
  }
};

namespace {

Diagnostic diagnose(const Source& source, std::size_t offset, std::string message) {
  int line = 1;
  std::size_t line_start = 0;
  const std::string_view text = source.text();
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int column = 1;
  detail::for_each_code_point(text.substr(line_start, std::min(offset, text.size()) - line_start),
                              [&](char32_t) { ++column; });
  return source.diagnose(line, column, std::move(message));
}

}  // namespace

std::vector<std::string> Program::variables_read() const {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < m_variables.size(); ++i) {
    if (m_read[i]) {
      names.push_back(m_variables[i]);
    }
  }
  return names;
}

const std::vector<std::string>& Program::fields_read() const { return m_fields_read; }

Compiled compile(std::string_view text, const Environment& env) {
  Compiled compiled;
  Source source("<expr>", std::string(text));
  detail::ParseResult parsed = detail::parse(text, env.double_literals);
  if (parsed.error) {
    compiled.diagnostics.push_back(diagnose(source, parsed.error->offset, parsed.error->message));
    return compiled;
  }
  auto root = std::make_shared<detail::AstNode>(std::move(*parsed.root));
  detail::CheckResult checked = detail::check(*root, env);
  for (const detail::ParseError& error : checked.errors) {
    compiled.diagnostics.push_back(diagnose(source, error.offset, error.message));
  }
  compiled.result_type = checked.type;
  if (!checked.errors.empty()) {
    return compiled;
  }
  detail::fold_constants(*root, checked.slot_count);
  checked.slot_count = detail::compact_slots(*root, checked.variables_read, checked.slot_count);
  compiled.program = ProgramAccess::make(std::move(root), env, checked);
  return compiled;
}

void Activation::set(std::string_view name, Value value) {
  const std::size_t i = index_of(name);
  if (i != k_absent) {
    m_values[i].second = std::move(value);
    return;
  }
  add(name, std::move(value));
}

void Activation::add(std::string_view name, Value value) {
  m_values.emplace_back(std::string(name), std::move(value));
}

std::size_t Activation::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < m_values.size(); ++i) {
    if (detail::same_text(m_values[i].first, name)) {
      return i;
    }
  }
  return k_absent;
}

const Value* Activation::get(std::string_view name) const {
  const std::size_t i = index_of(name);
  return i == k_absent ? nullptr : &m_values[i].second;
}

const Value* Activation::get(std::string_view name, std::uint32_t& hint) const {
  if (hint < m_values.size() && detail::same_text(m_values[hint].first, name)) {
    return &m_values[hint].second;
  }
  return find_and_hint(name, hint);
}

const Value* Activation::find_and_hint(std::string_view name, std::uint32_t& hint) const {
  const std::size_t i = index_of(name);
  if (i != k_absent) {
    hint = static_cast<std::uint32_t>(i);
  }
  return i == k_absent ? nullptr : &m_values[i].second;
}

Value evaluate(const Program& program, const Activation& vars, Budget& budget) {
  return ProgramAccess::evaluate(program, vars, budget);
}

Value evaluate(const Program& program, const Activation& vars) {
  Budget budget;
  return ProgramAccess::evaluate(program, vars, budget);
}

}  // namespace shifan

#include "shifan/expr.h"

#include <fmt/format.h>

#include "cel_builtins.h"
#include "cel_checker.h"
#include "cel_eval.h"
#include "cel_fold.h"
#include "cel_parser.h"
#include "utf8.h"

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
    program.m_fields_read = std::move(checked.fields_read);
    program.m_slot_count = checked.slot_count;
    return program;
  }

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
    for (std::size_t i = 0; i < program.m_variables.size(); ++i) {
      if (!program.m_read[i]) {
        continue;
      }
      slots[i] = vars.get(program.m_variables[i]);
      if (slots[i] == nullptr) {
        unbound.reserve(program.m_variables.size());
        slots[i] = &unbound.emplace_back(
            Value::error(fmt::format("变量 '{}' 没有值", program.m_variables[i])));
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
  compiled.program = ProgramAccess::make(std::move(root), env, checked);
  return compiled;
}

void Activation::set(std::string_view name, Value value) {
  for (auto& [existing, stored] : m_values) {
    if (existing == name) {
      stored = std::move(value);
      return;
    }
  }
  m_values.emplace_back(std::string(name), std::move(value));
}

const Value* Activation::get(std::string_view name) const {
  for (const auto& [existing, stored] : m_values) {
    if (existing == name) {
      return &stored;
    }
  }
  return nullptr;
}

Value evaluate(const Program& program, const Activation& vars, Budget& budget) {
  return ProgramAccess::evaluate(program, vars, budget);
}

Value evaluate(const Program& program, const Activation& vars) {
  Budget budget;
  return ProgramAccess::evaluate(program, vars, budget);
}

}  // namespace shifan

// Helpers for the expression-language tests: compile and evaluate in one call.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/expr.h"

namespace shifan::testing {

struct Binding {
  std::string name;
  Value value;
  Type type = Type::dyn();
};

// Evaluates `text` with `bindings`; a compile error fails the test and
// returns an error value naming the diagnostic.
inline Value run(std::string_view text, const std::vector<Binding>& bindings = {}) {
  Environment env;
  Activation activation;
  for (const Binding& binding : bindings) {
    env.variables.emplace_back(binding.name, binding.type);
    activation.set(binding.name, binding.value);
  }
  Compiled compiled = compile(text, env);
  if (!compiled.program) {
    ADD_FAILURE() << text << ": " << format_diagnostic(compiled.diagnostics.at(0));
    return Value::error("compile error");
  }
  return evaluate(*compiled.program, activation);
}

// to_literal of the result of run().
inline std::string show(std::string_view text, const std::vector<Binding>& bindings = {}) {
  return to_literal(run(text, bindings));
}

// The first diagnostic of compiling `text`, formatted with its caret; empty
// when it compiles.
inline std::string compile_error(std::string_view text,
                                 std::vector<std::pair<std::string, Type>> variables = {}) {
  Environment env;
  env.variables = std::move(variables);
  Compiled compiled = compile(text, env);
  return compiled.diagnostics.empty() ? std::string() : format_diagnostic(compiled.diagnostics[0]);
}

inline Value list(std::vector<Value> elements) { return Value::list(std::move(elements)); }
inline Value str(std::string text) { return Value::string(std::move(text)); }
inline Value num(std::int64_t i) { return Value::integer(i); }

inline Value record(std::vector<std::pair<std::string, Value>> fields) {
  MapEntries entries;
  for (auto& [name, value] : fields) {
    entries.emplace_back(Value::string(name), std::move(value));
  }
  return Value::map(std::move(entries));
}

}  // namespace shifan::testing

// Fuzzes the expression language in memory: lex, parse, check and evaluate
// the input against a few bound variables; traps when a diagnostic points
// outside the text or evaluation breaks an invariant.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "shifan/expr.h"

namespace {

using shifan::Value;

const shifan::Activation& activation() {
  static const shifan::Activation vars = [] {
    shifan::Activation a;
    Value staff = Value::list(
        {Value::map({{Value::string("name"), Value::string("张")}, {Value::string("full_time"), Value::boolean(true)}}),
         Value::map({{Value::string("name"), Value::string("李")},
                     {Value::string("full_time"), Value::unknown("staff[1].full_time")}})});
    a.set("staff", staff);
    a.set("station", Value::map({{Value::string("class"), Value::string("二类")}}));
    a.set("n", Value::integer(3));
    a.set("u", Value::unknown("u"));
    a.set("d", Value::date(shifan::Date{2024, 2, 29}));
    return a;
  }();
  return vars;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool unchecked : {false, true}) {
    shifan::Environment env;
    env.unchecked = unchecked;
    for (const char* name : {"staff", "station", "n", "u", "d"}) {
      env.variables.emplace_back(name, shifan::Type::dyn());
    }
    shifan::Compiled compiled = shifan::compile(text, env);
    for (const shifan::Diagnostic& d : compiled.diagnostics) {
      if (d.line < 1 || d.column < 1 || d.message.empty()) {
        std::abort();
      }
    }
    if (compiled.program.has_value() == !compiled.diagnostics.empty()) {
      std::abort();
    }
    if (compiled.program) {
      Value result = shifan::evaluate(*compiled.program, activation());
      (void)shifan::to_literal(result);
    }
  }
  return 0;
}

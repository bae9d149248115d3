// ns per evaluation of a compiled rule against facts already in memory.
#include <benchmark/benchmark.h>

#include "shifan/expr.h"

namespace {

using shifan::Value;

Value staff_member(const char* name, bool full_time) {
  return Value::map({{Value::string("name"), Value::string(name)},
                     {Value::string("full_time"), Value::boolean(full_time)},
                     {Value::string("years"), Value::integer(3)}});
}

void eval_staff_rule(benchmark::State& state) {
  shifan::Environment env;
  env.variables = {{"staff", shifan::Type::dyn()}, {"station", shifan::Type::dyn()}};
  shifan::Compiled compiled = shifan::compile(
      "staff.filter(s, s.full_time).size() >= {\"一类\": 6, \"二类\": 5, \"三类\": 4}[station.class]", env);
  shifan::Activation vars;
  vars.set("staff", Value::list({staff_member("张", true), staff_member("李", true), staff_member("王", true),
                                 staff_member("赵", true), staff_member("刘", true)}));
  vars.set("station", Value::map({{Value::string("name"), Value::string("城关司法所")},
                                  {Value::string("class"), Value::string("二类")}}));
  for (auto _ : state) {
    Value result = shifan::evaluate(*compiled.program, vars);
    benchmark::DoNotOptimize(result);
  }
  if (!shifan::evaluate(*compiled.program, vars).as_bool()) {
    state.SkipWithError("wrong result");
  }
}
BENCHMARK(eval_staff_rule);

}  // namespace

// Compiling the expressions written in a rubric file into Rules, with the
// compiler's diagnostics placed at their position in the file.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "mapping_reader.h"
#include "shifan/expr.h"
#include "shifan/rubric.h"

namespace shifan::detail {

// What a rule's result must be: anything, a bool (condition) or a number.
// dyn fits each.
enum class Expect { any, condition, number };

// What compiling one text gave: diagnostics as compile() returns them, and
// the program (null after an error).
struct CompiledText {
  Diagnostics diagnostics;
  Type result_type;
  std::shared_ptr<const Program> program;
};

// Texts compiled against one environment, each distinct text once: a rubric
// repeats many (`points: 1`, `{score}`); their diagnostics are reported
// again at every place. The environment must not change while it is used.
class CompileCache {
 public:
  explicit CompileCache(const Environment& env) : m_env(env) {}

  // The compilation of `text`, from the cache when it was compiled before.
  const CompiledText& compile(const std::string& text);

 private:
  const Environment& m_env;
  std::unordered_map<std::string, CompiledText> m_compiled;
};

// Compiles the expression held by a scalar `node`. Reports compiler problems
// at their place in the rubric file and a result type that does not fit
// `expect`; nullopt then. `type`, when given, receives the result type.
std::optional<Rule> compile_rule(const shifan::Node& node, const Environment& env, Expect expect,
                                 Reporter& reporter, Type* type = nullptr);

// The same for `text` found at code point `offset` of `node.text` (a
// template's hole); the rule's mark is where the text starts.
std::optional<Rule> compile_rule_at(const shifan::Node& node, std::string text, std::size_t offset,
                                    const Environment& env, Expect expect, Reporter& reporter,
                                    Type* type = nullptr);

// compile_rule and compile_rule_at with texts compiled through `cache`.
std::optional<Rule> compile_rule(const shifan::Node& node, CompileCache& cache, Expect expect,
                                 Reporter& reporter, Type* type = nullptr);
std::optional<Rule> compile_rule_at(const shifan::Node& node, std::string text, std::size_t offset,
                                    CompileCache& cache, Expect expect, Reporter& reporter,
                                    Type* type = nullptr);

}  // namespace shifan::detail

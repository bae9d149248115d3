// Compiling the expressions written in a rubric file into Rules, with the
// compiler's diagnostics placed at their position in the file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "mapping_reader.h"
#include "shifan/expr.h"
#include "shifan/rubric.h"

namespace shifan::detail {

// What a rule's result must be: anything, a bool (condition) or a number.
// dyn fits each.
enum class Expect { any, condition, number };

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

}  // namespace shifan::detail

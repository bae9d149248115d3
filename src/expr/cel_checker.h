// Stage 3 of the expression language: resolve names, infer types, report
// obvious mistakes.
#pragma once

#include <string>
#include <vector>

#include "cel_ast.h"
#include "cel_parser.h"
#include "shifan/expr.h"

namespace shifan::detail {

struct CheckResult {
  std::vector<ParseError> errors;  // empty when the expression may run
  Type type;
  int slot_count = 0;               // variables, then one per comprehension level
  std::vector<bool> variables_read;  // by index into env.variables
  std::vector<std::string> fields_read;
};

// Resolves identifiers to slots (variable i of `env` is slot i) and calls to
// builtins, in place. With env.unchecked, names it cannot resolve and type
// mistakes become run-time errors instead of errors here.
CheckResult check(AstNode& root, const Environment& env);

}  // namespace shifan::detail

// Stage 2 of the expression language: tokens to a syntax tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cel_ast.h"

namespace shifan::detail {

// Deepest nesting an expression may have (parentheses, operands, calls).
constexpr int k_max_nesting = 100;
// Longest expression text accepted, in bytes.
constexpr std::size_t k_max_expression_bytes = 64 * 1024;

struct ParseError {
  std::size_t offset = 0;  // byte offset in the expression
  std::string message;
};

struct ParseResult {
  std::optional<AstNode> root;  // set when there is no error
  std::optional<ParseError> error;
};

// Parses the whole text; the first syntax error stops it. Macros (has, all,
// exists, exists_one, map, filter) become their own nodes. Literals like 1.5
// are decimals, or doubles with `double_literals` (CEL's typing).
ParseResult parse(std::string_view text, bool double_literals = false);

}  // namespace shifan::detail

#include "cel_parser.h"

#include <algorithm>
#include <fmt/format.h>

#include "cel_lexer.h"
#include "decimal_math.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_reserved[] = {
    "as", "break", "const", "continue", "else", "for", "function", "if", "import",
    "let", "loop", "package", "namespace", "return", "var", "void", "while"};

bool is_reserved(std::string_view name) {
  return std::find(std::begin(k_reserved), std::end(k_reserved), name) != std::end(k_reserved);
}

AstNode make(NodeKind kind, std::size_t offset, std::string name = {}) {
  AstNode node;
  node.kind = kind;
  node.offset = offset;
  node.name = std::move(name);
  return node;
}

class Parser {
 public:
  Parser(std::vector<Token> tokens, bool double_literals)
      : m_tokens(std::move(tokens)), m_double_literals(double_literals) {}

  ParseResult run() {
    ParseResult result;
    AstNode root = expr();
    if (!m_error && current().kind != TokenKind::end) {
      fail(current().offset, fmt::format("多余的 '{}'", current().text));
    }
    if (m_error) {
      result.error = std::move(m_error);
    } else {
      result.root = std::move(root);
    }
    return result;
  }

 private:
  const Token& current() const { return m_tokens[m_pos]; }

  bool at(std::string_view punctuation) const {
    return current().kind == TokenKind::punctuation && spelled(current(), punctuation);
  }

  // token.text == text for punctuation (one or two characters), without a
  // call to memcmp: the parser asks this several times per token.
  static bool spelled(const Token& token, std::string_view text) {
    const std::string& have = token.text;
    return have.size() == text.size() && have[0] == text[0] && (text.size() == 1 || have[1] == text[1]);
  }

  bool accept(std::string_view punctuation) {
    if (at(punctuation)) {
      ++m_pos;
      return true;
    }
    return false;
  }

  void fail(std::size_t offset, std::string message) {
    if (!m_error) {
      m_error = ParseError{offset, std::move(message)};
    }
  }

  void fail_here(std::string_view expected) {
    const Token& token = current();
    if (token.kind == TokenKind::error) {
      fail(token.offset, token.text);
    } else if (token.kind == TokenKind::end) {
      fail(token.offset, fmt::format("表达式不完整, 缺少 {}", expected));
    } else {
      fail(token.offset, fmt::format("此处应为 {}", expected));
    }
  }

  bool expect(std::string_view punctuation) {
    if (accept(punctuation)) {
      return true;
    }
    fail_here(fmt::format("'{}'", punctuation));
    return false;
  }

  // Finishes a node whose children are set, enforcing the nesting limit; in
  // place, as nodes are large to move.
  void finish(AstNode& node) {
    for (const AstNode& child : node.children) {
      node.depth = std::max(node.depth, child.depth + 1);
    }
    if (node.depth > k_max_nesting) {
      fail(node.offset, fmt::format("表达式嵌套过深 (上限 {} 层)", k_max_nesting));
    }
  }

  AstNode binary(std::string name, std::size_t offset, AstNode&& left, AstNode&& right) {
    AstNode node = make(NodeKind::call, offset, std::move(name));
    node.children.reserve(2);
    node.children.push_back(std::move(left));
    node.children.push_back(std::move(right));
    finish(node);
    return node;
  }

  AstNode expr() {
    if (++m_recursion > k_max_nesting) {
      fail(current().offset, fmt::format("表达式嵌套过深 (上限 {} 层)", k_max_nesting));
      --m_recursion;
      return {};
    }
    AstNode condition = logic(NodeKind::logic_or);
    if (!m_error && at("?")) {
      AstNode node = make(NodeKind::conditional, current().offset);
      ++m_pos;
      AstNode then = logic(NodeKind::logic_or);
      if (expect(":")) {
        AstNode otherwise = expr();
        node.children.reserve(3);
        node.children.push_back(std::move(condition));
        node.children.push_back(std::move(then));
        node.children.push_back(std::move(otherwise));
        finish(node);
        condition = std::move(node);
      }
    }
    --m_recursion;
    return condition;
  }

  // `a || b || c` (or `&&`) as one node with all operands.
  AstNode logic(NodeKind kind) {
    const bool is_or = kind == NodeKind::logic_or;
    AstNode first = is_or ? logic(NodeKind::logic_and) : relation();
    if (m_error || !at(is_or ? "||" : "&&")) {
      return first;
    }
    AstNode node = make(kind, current().offset);
    node.children.push_back(std::move(first));
    while (!m_error && accept(is_or ? "||" : "&&")) {
      node.children.push_back(is_or ? logic(NodeKind::logic_and) : relation());
    }
    finish(node);
    return node;
  }

  // A binary operator's function name and precedence: relations 1,
  // `+ -` 2, `* / %` 3; precedence 0 when `token` is none.
  static std::pair<std::string_view, int> binary_operator(const Token& token) {
    if (token.kind == TokenKind::identifier) {
      return {token.text == "in" ? "@in" : "", token.text == "in" ? 1 : 0};
    }
    if (token.kind != TokenKind::punctuation) {
      return {"", 0};
    }
    static constexpr std::pair<std::string_view, std::string_view> k_binary[] = {
        {"<", "_<_"}, {"<=", "_<=_"}, {">", "_>_"}, {">=", "_>=_"}, {"==", "_==_"}, {"!=", "_!=_"},
        {"+", "_+_"}, {"-", "_-_"},   {"*", "_*_"}, {"/", "_/_"},   {"%", "_%_"}};
    for (std::size_t i = 0; i < std::size(k_binary); ++i) {
      if (spelled(token, k_binary[i].first)) {
        return {k_binary[i].second, i < 6 ? 1 : i < 8 ? 2 : 3};
      }
    }
    return {"", 0};
  }

  // Relations, additions and multiplications, left-associative, by
  // precedence climbing (one call per operand instead of one per level).
  AstNode relation(int min_precedence = 1) {
    AstNode left = unary();
    while (!m_error) {
      const Token& token = current();
      auto [name, precedence] = binary_operator(token);
      if (precedence < min_precedence) {
        break;
      }
      ++m_pos;
      AstNode right = relation(precedence + 1);
      left = binary(std::string(name), token.offset, std::move(left), std::move(right));
    }
    return left;
  }

  AstNode unary() {
    std::vector<const Token*> ops;
    while (at("!") || at("-")) {
      ops.push_back(&current());
      ++m_pos;
    }
    const TokenKind next = current().kind;
    const bool negative = !ops.empty() && ops.back()->text == "-" &&
                          (next == TokenKind::int_literal || next == TokenKind::double_literal);
    AstNode operand = negative ? negative_literal(*ops.back()) : member();
    if (negative) {
      ops.pop_back();
    }
    while (!m_error && !ops.empty()) {
      AstNode node = make(NodeKind::call, ops.back()->offset, ops.back()->text + "_");
      node.children.push_back(std::move(operand));
      finish(node);
      operand = std::move(node);
      ops.pop_back();
    }
    return operand;
  }

  AstNode negative_literal(const Token& minus) {
    const Token& token = current();
    ++m_pos;
    AstNode node = make(NodeKind::constant, minus.offset);
    if (token.kind == TokenKind::double_literal) {
      node.value = real_literal(token, true);
    } else {
      node.value = Value::integer(static_cast<std::int64_t>(0 - token.number));
    }
    member_suffix(node);
    return node;
  }

  AstNode member() {
    AstNode node = primary();
    member_suffix(node);
    return node;
  }

  // Adds the selections, indexes and member calls that follow `node`, in place.
  void member_suffix(AstNode& node) {
    while (!m_error) {
      const std::size_t offset = current().offset;
      if (accept(".")) {
        const Token& field = current();
        if (field.kind != TokenKind::identifier && field.kind != TokenKind::quoted_identifier) {
          fail_here("字段名");
          return;
        }
        ++m_pos;
        if (field.kind == TokenKind::identifier && at("(")) {
          node = call(field, std::move(node), true);
          continue;
        }
        AstNode select = make(NodeKind::select, field.offset, field.text);
        select.children.push_back(std::move(node));
        finish(select);
        node = std::move(select);
      } else if (accept("[")) {
        AstNode index = expr();
        expect("]");
        node = binary("_[_]", offset, std::move(node), std::move(index));
      } else {
        return;
      }
    }
  }

  AstNode primary() {
    const Token& token = current();
    AstNode node = make(NodeKind::constant, token.offset);
    switch (token.kind) {
      case TokenKind::int_literal:
        if (token.number > static_cast<std::uint64_t>(INT64_MAX)) {
          fail(token.offset, "整数字面量超出范围");
        }
        node.value = Value::integer(static_cast<std::int64_t>(token.number));
        break;
      case TokenKind::uint_literal: node.value = Value::unsigned_integer(token.number); break;
      case TokenKind::double_literal: node.value = real_literal(token, false); break;
      case TokenKind::string_literal: node.value = Value::string(token.text); break;
      case TokenKind::bytes_literal: node.value = Value::bytes(token.text); break;
      case TokenKind::identifier: return identifier();
      case TokenKind::punctuation:
        if (token.text == "(") {
          ++m_pos;
          AstNode inner = expr();
          expect(")");
          return inner;
        }
        if (token.text == "[") {
          return list();
        }
        if (token.text == "{") {
          return map();
        }
        if (token.text == ".") {
          ++m_pos;
          if (current().kind == TokenKind::identifier) {
            return identifier();
          }
        }
        fail_here("表达式");
        return node;
      default:
        fail_here("表达式");
        return node;
    }
    ++m_pos;
    return node;
  }

  AstNode identifier() {
    const Token& token = current();
    ++m_pos;
    AstNode node = make(NodeKind::constant, token.offset);
    if (token.text == "true" || token.text == "false") {
      node.value = Value::boolean(token.text == "true");
      return node;
    }
    if (token.text == "null") {
      return node;
    }
    if (token.text == "in" || is_reserved(token.text)) {
      fail(token.offset, fmt::format("'{}' 是保留字", token.text));
      return node;
    }
    if (at("(")) {
      return call(token, AstNode{}, false);
    }
    node.kind = NodeKind::ident;
    node.name = token.text;
    return node;
  }

  // Parses `(args)` after a function name; `receiver` is used when member.
  AstNode call(const Token& name, AstNode receiver, bool member) {
    expect("(");
    AstNode node = make(NodeKind::call, name.offset, name.text);
    node.member_call = member;
    if (member) {
      node.children.push_back(std::move(receiver));
    }
    if (!at(")")) {
      do {
        node.children.push_back(expr());
      } while (!m_error && accept(","));
    }
    expect(")");
    if (m_error) {
      return node;
    }
    AstNode expanded = expand_macro(std::move(node));
    finish(expanded);
    return expanded;
  }

  AstNode expand_macro(AstNode node) {
    const std::size_t argc = node.children.size();
    if (!node.member_call) {
      if (node.name == "has" && argc == 1) {
        if (node.children[0].kind != NodeKind::select) {
          fail(node.offset, "has() 的参数必须是字段选择, 如 has(a.b)");
          return node;
        }
        AstNode has = make(NodeKind::has, node.offset, node.children[0].name);
        has.children.push_back(std::move(node.children[0].children[0]));
        return has;
      }
      return node;
    }
    Macro macro = Macro::none;
    for (auto [name, m] : k_macros) {
      if (node.name == name) {
        macro = m;
      }
    }
    const bool fits = argc == 3 || (macro == Macro::map && argc == 4);
    if (macro == Macro::none || !fits) {
      return node;
    }
    if (node.children[1].kind != NodeKind::ident) {
      fail(node.children[1].offset, fmt::format("{}() 的第一个参数必须是变量名", node.name));
      return node;
    }
    AstNode comprehension = make(NodeKind::comprehension, node.offset, node.children[1].name);
    comprehension.macro = argc == 4 ? Macro::map_filter : macro;
    for (std::size_t i = 0; i < argc; ++i) {
      if (i != 1) {
        comprehension.children.push_back(std::move(node.children[i]));
      }
    }
    return comprehension;
  }

  AstNode list() {
    AstNode node = make(NodeKind::list, current().offset);
    ++m_pos;
    while (!m_error && !at("]")) {
      node.children.push_back(expr());
      if (!accept(",")) {
        break;
      }
    }
    expect("]");
    finish(node);
    return node;
  }

  AstNode map() {
    AstNode node = make(NodeKind::map, current().offset);
    ++m_pos;
    while (!m_error && !at("}")) {
      node.children.push_back(expr());
      if (!expect(":")) {
        break;
      }
      node.children.push_back(expr());
      if (!accept(",")) {
        break;
      }
    }
    expect("}");
    finish(node);
    return node;
  }

  // 1.5 as a decimal; a double with an exponent, past 18 digits, or with
  // CEL's literal typing.
  Value real_literal(const Token& token, bool negative) const {
    if (!m_double_literals && token.text.find_first_of("eE") == std::string::npos) {
      if (std::optional<DecimalParts> parts = parse_decimal(token.text)) {
        return Value::decimal(negative ? -parts->coefficient : parts->coefficient, parts->scale);
      }
    }
    return Value::real(negative ? -token.real : token.real);
  }

  std::vector<Token> m_tokens;
  bool m_double_literals = false;
  std::size_t m_pos = 0;
  int m_recursion = 0;
  std::optional<ParseError> m_error;
};

}  // namespace

ParseResult parse(std::string_view text, bool double_literals) {
  if (text.size() > k_max_expression_bytes) {
    return ParseResult{std::nullopt, ParseError{0, fmt::format("表达式过长 (上限 {} 字节)",
                                                               k_max_expression_bytes)}};
  }
  return Parser(lex(text), double_literals).run();
}

}  // namespace shifan::detail

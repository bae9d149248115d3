#include "rule_compiler.h"

#include <memory>
#include <utility>

#include "scalar_position.h"

namespace shifan::detail {

namespace {

bool fits(const Type& type, Expect expect) {
  switch (expect) {
    case Expect::any:
      return true;
    case Expect::condition:
      return type.is_dyn() || type.kind() == Type::Kind::bool_type;
    case Expect::number:
      return type.is_dyn() || type.kind() == Type::Kind::int_type ||
             type.kind() == Type::Kind::uint_type || type.kind() == Type::Kind::double_type ||
             type.kind() == Type::Kind::decimal_type;
  }
  return true;
}

std::string misfit_message(const Type& type, Expect expect) {
  std::string wanted = expect == Expect::condition ? "条件应为 bool 类型" : "分值应为数值类型 (int 或 double)";
  return wanted + ", 而表达式的类型是 " + type.to_string();
}

}  // namespace

const CompiledText& CompileCache::compile(const std::string& text) {
  auto [at, added] = m_compiled.try_emplace(text);
  if (added) {
    Compiled compiled = shifan::compile(text, m_env);
    at->second.diagnostics = std::move(compiled.diagnostics);
    at->second.result_type = std::move(compiled.result_type);
    if (compiled.program) {
      at->second.program = std::make_shared<const Program>(std::move(*compiled.program));
    }
  }
  return at->second;
}

std::optional<Rule> compile_rule(const shifan::Node& node, const Environment& env, Expect expect,
                                 Reporter& reporter, Type* type) {
  CompileCache once(env);
  return compile_rule(node, once, expect, reporter, type);
}

std::optional<Rule> compile_rule(const shifan::Node& node, CompileCache& cache, Expect expect,
                                 Reporter& reporter, Type* type) {
  if (node.kind != shifan::Node::Kind::scalar || node.text.empty()) {
    reporter.error(node.mark, node.kind == shifan::Node::Kind::null || node.kind == shifan::Node::Kind::scalar
                                  ? "缺少表达式"
                                  : "应为表达式 (字符串)");
    return std::nullopt;
  }
  return compile_rule_at(node, node.text, 0, cache, expect, reporter, type);
}

std::optional<Rule> compile_rule_at(const shifan::Node& node, std::string text, std::size_t offset,
                                    const Environment& env, Expect expect, Reporter& reporter,
                                    Type* type) {
  CompileCache once(env);
  return compile_rule_at(node, std::move(text), offset, once, expect, reporter, type);
}

std::optional<Rule> compile_rule_at(const shifan::Node& node, std::string text, std::size_t offset,
                                    CompileCache& cache, Expect expect, Reporter& reporter,
                                    Type* type) {
  const CompiledText& compiled = cache.compile(text);
  Mark mark = scalar_position(node, reporter.source(), offset);
  for (const Diagnostic& diagnostic : compiled.diagnostics) {
    Mark at = diagnostic.line == 0
                  ? mark
                  : scalar_position(node, reporter.source(),
                                    offset + text_offset(text, diagnostic.line, diagnostic.column));
    reporter.error(at, diagnostic.message);
  }
  if (!compiled.program) {
    return std::nullopt;
  }
  if (type != nullptr) {
    *type = compiled.result_type;
  }
  if (!fits(compiled.result_type, expect)) {
    reporter.error(mark, misfit_message(compiled.result_type, expect));
    return std::nullopt;
  }
  return Rule{std::move(text), mark, compiled.program};
}

}  // namespace shifan::detail

#include "template_compiler.h"

#include <algorithm>
#include <string>
#include <utility>

#include "scalar_position.h"

namespace shifan::detail {

namespace {

bool is_lead_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The byte index of the `}` closing the hole opened at `open`, or npos.
// Braces nest; string literals are skipped.
std::size_t hole_end(std::string_view text, std::size_t open) {
  int depth = 0;
  char quote = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    char c = text[i];
    if (quote != 0) {
      if (c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<Template> compile_template(const shifan::Node& node, const Environment& env,
                                         Reporter& reporter) {
  CompileCache once(env);
  return compile_template(node, once, reporter);
}

std::optional<Template> compile_template(const shifan::Node& node, CompileCache& cache, Reporter& reporter) {
  if (node.kind != shifan::Node::Kind::scalar) {
    reporter.error(node.mark, node.kind == shifan::Node::Kind::null ? "缺少模板文本" : "模板应为字符串");
    return std::nullopt;
  }
  const std::string& text = node.text;
  // Code points before `byte`; asked in increasing order, so it counts on
  // from the previous answer.
  std::size_t counted_bytes = 0;
  std::size_t counted = 0;
  auto offset_of = [&](std::size_t byte) {
    if (byte < counted_bytes) {
      counted_bytes = 0;
      counted = 0;
    }
    for (; counted_bytes < byte; ++counted_bytes) {
      counted += is_lead_byte(text[counted_bytes]) ? 1U : 0U;
    }
    return counted;
  };
  Template result;
  result.pieces.emplace_back();
  bool ok = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool doubled = i + 1 < text.size() && text[i + 1] == c;
    if ((c == '{' || c == '}') && doubled) {
      result.pieces.back() += c;
      ++i;
    } else if (c == '}') {
      reporter.error(scalar_position(node, reporter.source(), offset_of(i)),
                     "模板中的 '}' 应写作 '}}'");
      ok = false;
    } else if (c == '{') {
      std::size_t end = hole_end(text, i);
      if (end == std::string::npos) {
        reporter.error(scalar_position(node, reporter.source(), offset_of(i)),
                       "模板中的 '{' 没有配对的 '}'");
        return std::nullopt;
      }
      std::string expression = text.substr(i + 1, end - i - 1);
      std::optional<Rule> hole;
      if (expression.find_first_not_of(" \t\n") == std::string::npos) {
        reporter.error(scalar_position(node, reporter.source(), offset_of(i)), "模板中的 '{}' 缺少表达式");
      } else {
        hole = compile_rule_at(node, std::move(expression), offset_of(i + 1), cache, Expect::any, reporter);
      }
      ok = ok && hole.has_value();
      if (hole) {
        result.holes.push_back(std::move(*hole));
      }
      result.pieces.emplace_back();
      i = end;
    } else {
      // The run of literal text up to the next brace, in one append.
      auto brace = std::find_if(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(),
                                [](char b) { return b == '{' || b == '}'; });
      auto run = static_cast<std::size_t>(brace - text.begin());
      result.pieces.back().append(text, i, run - i);
      i = run - 1;
    }
  }
  if (!ok) {
    return std::nullopt;
  }
  return result;
}

std::vector<std::pair<std::string, Template>> load_reason_texts(const shifan::Node& node, const Keys& outcomes,
                                                                const Environment& env, Reporter& reporter) {
  CompileCache once(env);
  return load_reason_texts(node, outcomes, once, reporter);
}

std::vector<std::pair<std::string, Template>> load_reason_texts(const shifan::Node& node, const Keys& outcomes,
                                                                CompileCache& cache, Reporter& reporter) {
  std::vector<std::pair<std::string, Template>> reasons;
  if (node.kind != shifan::Node::Kind::mapping) {
    if (std::optional<Template> single = compile_template(node, cache, reporter)) {
      reasons.emplace_back("", std::move(*single));
    }
    return reasons;
  }
  check_keys(node, outcomes, {}, reporter);
  for (const auto& [key, value] : node.entries) {
    if (std::optional<Template> reason = compile_template(value, cache, reporter)) {
      reasons.emplace_back(key.text, std::move(*reason));
    }
  }
  return reasons;
}

}  // namespace shifan::detail

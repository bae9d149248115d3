#include "yaml_errors.h"

#include <array>
#include <utility>

#include <fmt/format.h>

namespace shifan::detail {
namespace {

// yaml-cpp message prefix → Chinese message.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> k_messages{{
    {"illegal map value", "YAML 语法错误: 这里不能有 ':' (值里有冒号请加引号, 或检查缩进)"},
    {"illegal block entry", "YAML 语法错误: 这里不能有 '- ' 列表项 (检查缩进)"},
    {"illegal map key", "YAML 语法错误: 这里不能有 '?' 键"},
    {"illegal flow end", "YAML 语法错误: 多余的 ']' 或 '}'"},
    {"end of sequence flow not found", "YAML 语法错误: 缺少 ']'"},
    {"end of map flow not found", "YAML 语法错误: 缺少 '}'"},
    {"end of map not found", "YAML 语法错误: 映射在这里没有正确结束 (检查缩进)"},
    {"end of sequence not found", "YAML 语法错误: 列表在这里没有正确结束 (检查缩进)"},
    {"illegal EOF in scalar", "引号没有闭合"},
    {"illegal document indicator in scalar", "引号内出现了文档标记 '---' 或 '...' (引号没有闭合?)"},
    {"unknown escape character", "未知的转义字符"},
    {"bad character found while scanning hex number", "\\x \\u \\U 转义里有无效的十六进制数字"},
    {"invalid unicode", "转义表示的不是有效的 Unicode 字符"},
    {"anchor not found after &", "'&' 后缺少锚点名"},
    {"alias not found after *", "'*' 后缺少别名"},
    {"the referenced anchor is not defined", "别名引用的锚点未定义"},
    {"illegal tab when looking for indentation", "YAML 缩进不能用制表符 (Tab), 请用空格"},
}};

// 1-based column of a tab in the leading indentation of `line`, or 0.
int indentation_tab(std::string_view line) {
  for (std::size_t i = 0; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i) {
    if (line[i] == '\t') {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

std::string translate(std::string_view message, std::string_view at) {
  if (message.starts_with("unknown token")) {
    std::string shown(at.substr(0, at.empty() ? 0 : 1));
    return fmt::format("YAML 语法错误: 不能以 '{}' 开头 (这样的值请加引号)", shown);
  }
  for (auto [english, chinese] : k_messages) {
    if (message.starts_with(english)) {
      std::string_view rest = message.substr(english.size());
      std::size_t start = std::min(rest.find_first_not_of(": "), rest.size());
      if (english == "unknown escape character") {
        return fmt::format("{} '\\{}'", chinese, rest.substr(start));
      }
      if (english == "the referenced anchor is not defined" && at.starts_with('*')) {
        std::string_view name = at.substr(1, at.find_first_of(" \t\r\n,[]{}") - 1);
        return fmt::format("别名 '*{}' 引用的锚点未定义", name);
      }
      return std::string(chinese);
    }
  }
  return fmt::format("YAML 语法错误 ({})", message);
}

}  // namespace

Diagnostic yaml_error(const Source& source, PositionMap& positions, std::string_view message,
                      long offset) {
  if (offset < 0) {
    return Diagnostic{source.name(), 0, 0, translate(message, {}), {}};
  }
  std::size_t at = static_cast<std::size_t>(offset);
  Mark mark = positions.mark(at);
  for (int line = mark.line; line >= std::max(1, mark.line - 1); --line) {
    if (int column = indentation_tab(source.line(line)); column > 0) {
      return source.diagnose(line, column, "YAML 缩进不能用制表符 (Tab), 请用空格");
    }
  }
  std::string_view text = source.text();
  return source.diagnose(mark.line, mark.column,
                         translate(message, text.substr(std::min(at, text.size()))));
}

}  // namespace shifan::detail

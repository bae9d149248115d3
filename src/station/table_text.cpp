#include "table_text.h"

#include <algorithm>

namespace shifan::detail {

namespace {

constexpr std::size_t k_lines_looked_at = 5;

// A YAML mapping line (`key: value`, `key:`) or the start of JSON or YAML structure.
bool is_structured(std::string_view line) {
  std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return false;
  }
  char c = line[first];
  return c == '{' || c == '[' || c == '#' || c == '-' || line.find(": ") != std::string_view::npos ||
         line.ends_with(':');
}

}  // namespace

std::string table_text_problem(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
  }
  std::size_t rows = 0;
  bool commas = true;
  bool tabs = true;
  for (std::size_t start = 0; start < bytes.size() && rows < k_lines_looked_at;) {
    std::size_t end = std::min(bytes.find('\n', start), bytes.size());
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      continue;
    }
    if (is_structured(line)) {
      return "";
    }
    commas = commas && line.find(',') != std::string_view::npos;
    tabs = tabs && line.find('\t') != std::string_view::npos;
    ++rows;
  }
  if (rows == 0 || (!commas && !tabs)) {
    return "";
  }
  std::string what = commas ? "这是 CSV 表格 (逗号分隔, 如 Excel/WPS 另存为 .csv)"
                            : "这是从 Excel/WPS 导出或复制的表格 (制表符分隔)";
  return what +
         ", 不是站点文件; 站点文件是 YAML 或 JSON: 用 shifan template 生成一份再填写, "
         "或用 shifan template --format xlsx 生成工作簿, 在 Excel/WPS 中填写后直接使用 .xlsx 文件";
}

}  // namespace shifan::detail

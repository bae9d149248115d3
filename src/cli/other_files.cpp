#include "other_files.h"

#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "workbook.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_blank = " \t\r\n";

// `text` from `pos` past blanks; false unless `token` comes next (then pos is after it).
bool next_is(std::string_view text, std::size_t& pos, std::string_view token) {
  pos = text.find_first_not_of(k_blank, pos);
  if (pos == std::string_view::npos || text.substr(pos, token.size()) != token) {
    return false;
  }
  pos += token.size();
  return true;
}

bool is_results_workbook(const std::string& path, std::string_view bytes) {
  Workbook book = read_workbook(path, bytes);
  return !book.sheets.empty() && book.sheets.front().name == "汇总";
}

}  // namespace

bool is_result_json(std::string_view text) {
  if (text.starts_with(k_bom)) {
    text.remove_prefix(k_bom.size());
  }
  std::size_t pos = 0;
  std::size_t start = text.find_first_not_of(k_blank);
  if (start != std::string_view::npos && text[start] == '[') {
    pos = start + 1;
  }
  bool first_key_is_file = next_is(text, pos, "{") && next_is(text, pos, "\"file\"") && next_is(text, pos, ":");
  return first_key_is_file &&
         (text.find("\"verdict\"") != std::string_view::npos || text.find("\"valid\"") != std::string_view::npos);
}

std::optional<std::string> other_file_kind(const std::string& path) {
  std::string bytes;
  try {
    bytes = read_file(path, ReadLimits{}.max_bytes);
  } catch (const Error&) {
    return std::nullopt;
  }
  if (looks_like_workbook(bytes)) {
    return is_results_workbook(path, bytes) ? std::optional<std::string>("shifan 的评分结果") : std::nullopt;
  }
  if (is_result_json(bytes)) {
    return "shifan 的评分结果";
  }
  Document document = read_document(path, std::move(bytes));
  if (document.root.find("categories") != nullptr) {
    return "细则文件";
  }
  return std::nullopt;
}

}  // namespace shifan::detail

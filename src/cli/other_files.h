// Files a folder search finds that are not station files: shifan's own
// results and rubrics, skipped by a batch instead of reported as invalid.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace shifan::detail {

// What the file at `path` is when it is not a station file: "shifan 的评分结果"
// (JSON, JSON Lines or a JSON array as `--format json`/`jsonl` write them, or
// a results workbook whose first sheet is 汇总) or "细则文件" (YAML or JSON with
// a top-level `categories`). nullopt otherwise, also when it can't be read.
std::optional<std::string> other_file_kind(const std::string& path);

// True when `text` begins as render_json's documents do: `{"file": …`, alone
// or in a JSON array, and holds "verdict" or "valid" (a result's or an invalid
// file's record).
bool is_result_json(std::string_view text);

}  // namespace shifan::detail

// `shifan diff OLD NEW [--rubric FILE] [--format text|json|markdown]`: two
// station files, two saved `--format json` results or two folders compared
// (src/report/station_diff.h).
#include <algorithm>
#include <iostream>
#include <memory>

#include "commands.h"
#include "inputs.h"
#include "render_diff.h"
#include "shifan/cli.h"
#include "shifan/document.h"
#include "station_files.h"

namespace shifan::detail {

namespace {

struct DiffOptions {
  std::string before;
  std::string after;
  std::string rubric;
  std::string format = "text";
  std::string before_stage;
  std::string after_stage;
};

// Saved `--format json` output: its first line is a JSON object with a verdict and items.
bool looks_like_result(const std::string& name, const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || text[first] != '{') {
    return false;
  }
  Document whole = read_document(name, text);
  if (whole.diagnostics.empty()) {
    return is_saved_result(whole.root);
  }
  Document line = read_document(name, text.substr(0, text.find('\n')));
  return line.diagnostics.empty() && is_saved_result(line.root);
}

// One side's stations: every file the argument names, each a station file
// (scored now) or saved results. Problems go to `err`; false when there are any.
bool read_side(const std::string& argument, const Rubric& rubric, const std::string& stage,
               std::vector<Snapshot>& out, std::ostream& err) {
  bool ok = true;
  for (const std::string& file : station_files(argument, err)) {
    std::string text;
    try {
      text = read_file(file, ReadLimits{}.max_bytes);
    } catch (const Error& e) {
      err << e.what() << '\n';
      ok = false;
      continue;
    }
    if (looks_like_result(input_name(file), text)) {
      Diagnostics diagnostics;
      std::vector<Snapshot> saved = read_saved_results(input_name(file), text, diagnostics);
      print_diagnostics(diagnostics, err);
      ok = ok && diagnostics.empty();
      out.insert(out.end(), saved.begin(), saved.end());
      continue;
    }
    std::optional<Station> station = load_station_file(file, rubric, err);
    if (!station) {
      ok = false;
      continue;
    }
    if (std::optional<Stage> until = enum_from_name<Stage>(stage)) {
      keep_stages_until(*station, *until);
    }
    out.push_back(snapshot_of(score(rubric, *station)));
  }
  return ok;
}

int run_diff(const DiffOptions& options) {
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  std::vector<Snapshot> before;
  std::vector<Snapshot> after;
  bool ok = read_side(options.before, *rubric, options.before_stage, before, std::cerr);
  ok = read_side(options.after, *rubric, options.after_stage, after, std::cerr) && ok;
  if (!ok) {
    return k_exit_input_error;
  }
  std::vector<StationDiff> diffs = compare_stations(before, after);
  DiffSides sides{input_name(options.before), input_name(options.after)};
  if (options.format == "json") {
    std::cout << render_diff_json(sides, diffs);
  } else if (options.format == "markdown") {
    std::cout << render_diff_markdown(sides, diffs);
  } else {
    std::cout << render_diff_text(sides, diffs);
  }
  bool verdict_changed = std::any_of(diffs.begin(), diffs.end(), [](const StationDiff& diff) {
    return diff.verdict_changed();
  });
  return verdict_changed ? k_exit_failed : k_exit_ok;
}

}  // namespace

Runner add_diff_command(CLI::App& app) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff", "比较两次评分: 两个站点文件, 两个 --format json 结果或两个目录 / compare two runs");
  command->add_option("old", options->before, "旧的一侧: 站点文件, 保存的 json 结果或目录")->required();
  command->add_option("new", options->after, "新的一侧: 同上 (目录中的司法所按名称, 再按文件名配对)")->required();
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_option("--format", options->format, "输出格式: text | json | markdown")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  command->add_option("--old-stage", options->before_stage, "旧的一侧按哪一阶段评分: self | review | acceptance")
      ->check(CLI::IsMember(enum_names<Stage>()));
  command->add_option("--new-stage", options->after_stage, "新的一侧按哪一阶段评分: self | review | acceptance")
      ->check(CLI::IsMember(enum_names<Stage>()));
  command->footer(
      "退出码 / exit codes: 0 没有司法所的结论改变 / no verdict changed; 1 有结论改变 / a verdict changed; "
      "2 输入有误 / input error");
  return [options] { return run_diff(*options); };
}

}  // namespace shifan::detail

// `shifan validate FILE... [--rubric FILE] [--complete]`: checks station files
// without scoring them; with --complete, lists what is still missing.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "commands.h"
#include "completeness.h"
#include "inputs.h"
#include "shifan/cli.h"

namespace shifan::detail {

namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string rubric;
  bool complete = false;
};

// The line(s) for a valid file; sets `incomplete` when something is missing.
std::string report(const Rubric& rubric, const Station& station, bool complete, bool& incomplete) {
  if (!complete) {
    return station.file + ": 有效\n";
  }
  ScoreResult result = score(rubric, station);
  std::string missing = describe_incomplete(result);
  const std::string& verdict = rubric.wording.verdict(result.verdict);
  if (missing.empty()) {
    return fmt::format("{}: 有效, 完整 (结论: {})\n", station.file, verdict);
  }
  incomplete = true;
  std::size_t count = missing_facts(result).size();
  std::string state = result.verdict == Verdict::undetermined ? "结论待定" : "结论已确定: " + verdict;
  return fmt::format("{}: 有效, 尚缺 {} 项 ({}):\n{}", station.file, count, state, missing);
}

int run_validate(const ValidateOptions& options) {
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  bool invalid = false;
  bool incomplete = false;
  for (const std::string& file : options.files) {
    std::optional<Station> station = load_station_file(file, *rubric, std::cerr);
    if (!station) {
      invalid = true;
      continue;
    }
    std::cout << report(*rubric, *station, options.complete, incomplete);
  }
  return invalid ? k_exit_input_error : incomplete ? k_exit_undetermined : k_exit_ok;
}

}  // namespace

Runner add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand("validate", "检查司法所事实文件, 不评分 / check station files without scoring");
  command->add_option("files", options->files, "站点事实文件 (YAML 或 JSON; - 为标准输入)")->required();
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_flag("--complete", options->complete,
                    "并列出待定评分项和一票否决还缺的事实和评分 / also list what is missing for a decided result");
  command->footer(
      "退出码 / exit codes: 0 全部有效 (--complete: 且完整) / all valid (and complete); "
      "2 有文件无效 / some file invalid; 3 (--complete) 全部有效但有缺项 / valid but incomplete");
  return [options] { return run_validate(*options); };
}

}  // namespace shifan::detail

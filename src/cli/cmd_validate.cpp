// `shifan validate FILE|DIR... [--rubric FILE] [--complete] [--format json]`:
// checks station files without scoring them; with --complete, lists what is
// still missing.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "batch.h"
#include "commands.h"
#include "completeness.h"
#include "json_records.h"
#include "shifan/cli.h"

namespace shifan::detail {

namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string rubric;
  std::string format = "text";
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

// A file's JSON record: {"file", "valid", "problems"}; with --complete a valid
// file adds "complete", "verdict" and "missing": [{"path", "ids"}].
std::string json_report(const Rubric& rubric, const std::string& file, const StationInput& input, bool complete,
                        bool& incomplete) {
  JsonWriter out;
  out.begin_object().key("file").string(file).key("valid").boolean(input.station.has_value());
  json_problems(out, input.diagnostics);
  if (complete && input.station) {
    ScoreResult result = score(rubric, *input.station);
    std::vector<MissingFact> missing = missing_facts(result);
    bool decided = describe_incomplete(result).empty();
    incomplete = incomplete || !decided;
    out.key("complete").boolean(decided).key("verdict").string(verdict_name(result.verdict));
    out.key("missing").begin_array();
    for (const MissingFact& fact : missing) {
      out.begin_object().key("path").string(fact.path).key("ids").begin_array();
      for (const std::string& id : fact.ids) {
        out.string(id);
      }
      out.end_array().end_object();
    }
    out.end_array();
  }
  return out.end_object().str() + "\n";
}

int run_validate(const ValidateOptions& options) {
  std::vector<StationFile> files = expand_arguments(options.files, std::cerr);
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  if (files.empty()) {
    throw Error(no_station_files(*rubric));
  }
  JsonRecordStream records(std::cout, several_records(files));
  bool json = options.format == "json";
  bool invalid = false;
  bool incomplete = false;
  bool any = false;
  for (const StationFile& file : files) {
    std::optional<StationInput> input = read_batch_file(file, *rubric, {}, std::cerr);
    if (!input) {
      continue;
    }
    any = true;
    invalid = invalid || !input->station;
    if (json) {
      records.add(json_report(*rubric, input_name(file.path), *input, options.complete, incomplete));
    } else if (input->station) {
      std::cout << report(*rubric, *input->station, options.complete, incomplete);
    }
  }
  if (!any) {
    throw Error(no_station_files(*rubric));
  }
  if (json) {
    records.finish();
  }
  return invalid ? k_exit_input_error : incomplete ? k_exit_undetermined : k_exit_ok;
}

}  // namespace

Runner add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand("validate", "检查司法所事实文件, 不评分 / check station files without scoring");
  command->add_option("files", options->files, "站点事实文件或目录 (YAML, JSON 或 .xlsx; - 为标准输入)")->required();
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_flag("--complete", options->complete,
                    "并列出待定评分项和一票否决还缺的事实和评分 / also list what is missing for a decided result");
  command->add_option("--format", options->format, "输出格式: text | json (每个文件一条记录, 多个文件为数组)")
      ->check(CLI::IsMember({"text", "json"}));
  command->footer(
      "退出码 / exit codes: 0 全部有效 (--complete: 且完整) / all valid (and complete); "
      "2 有文件无效 / some file invalid; 3 (--complete) 全部有效但有缺项 / valid but incomplete");
  return [options] { return run_validate(*options); };
}

}  // namespace shifan::detail

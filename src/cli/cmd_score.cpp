#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "atomic_file.h"
#include "batch.h"
#include "commands.h"
#include "help_format.h"
#include "inputs.h"
#include "output_guard.h"
#include "ordered_pool.h"
#include "progress.h"
#include "shifan/cli.h"

namespace shifan::detail {

namespace {

struct ScoreOptions {
  std::vector<std::string> files;
  std::string rubric;
  std::string format = "text";
  std::string sort = "input";
  std::string output;
  std::vector<std::string> sets;
  std::string stage;
  bool no_bom = false;
  unsigned jobs = machine_cores();
  bool quiet = false;
};

bool use_color(const ScoreOptions& options) {
  const char* no_color = std::getenv("NO_COLOR");
  return options.output.empty() && isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
}

int run_score(const ScoreOptions& options) {
  std::vector<StationFile> files = expand_arguments(options.files, std::cerr);
  guard_output(options.output, options.rubric, files);
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  if (files.empty()) {
    throw Error(no_station_files(*rubric));
  }
  BatchOptions batch{files, {}, enum_from_name<SortKey>(options.sort).value_or(SortKey::input),
                     enum_from_name<Stage>(options.stage), options.jobs,
                     progress_wanted(options.quiet)};
  bool sets_ok = true;
  for (const std::string& text : options.sets) {
    std::string problem;
    if (std::optional<Assignment> assignment = parse_assignment(text, *rubric, problem)) {
      batch.what_if.push_back(std::move(*assignment));
    } else {
      std::cerr << problem << '\n';
      sets_ok = false;
    }
  }
  if (!sets_ok) {
    return k_exit_input_error;
  }
  WriterOptions writer_options{enum_from_name<Format>(options.format).value_or(Format::text),
                               TextStyle{use_color(options)}, !options.no_bom, {}, {}, rubric->wording.subject,
                               several_records(files)};
  for (const Category& category : rubric->categories) {
    writer_options.categories.push_back(category.id);
    for (const Item& item : category.items) {
      writer_options.items.push_back(item.id);
    }
  }
  if (options.format == "xlsx" && options.output.empty() && isatty(STDOUT_FILENO) == 1) {
    std::cerr << "--format xlsx: 请用 -o 指定输出文件 (如 -o 泾县.xlsx)\n";
    return k_exit_input_error;
  }
  Tally tally;
  bool counts_in_report = false;
  auto write = [&](std::ostream& out) {
    std::unique_ptr<ReportWriter> writer = make_writer(writer_options, out);
    counts_in_report = writer->counts_in_report();
    tally = run_batch(batch, *rubric, *writer, std::cerr);
  };
  if (options.output.empty()) {
    write(std::cout);
    if (!std::cout.flush()) {
      throw Error("无法写入标准输出");
    }
  } else {
    write_atomically(options.output, write);
  }
  if (!counts_in_report && tally.files() >= 2) {
    std::cerr << count_line(tally) << '\n';
  }
  return tally.exit_code();
}

}  // namespace

Runner add_score_command(CLI::App& app) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* command = app.add_subcommand("score", "为司法所评分 / score stations against the rubric");
  command->footer(exit_codes_footer({"0  全部符合 (结论 eligible) / every station eligible",
                                     "1  有不符合者 (not_eligible), 或求值出错 / some station not eligible, or an evaluation error",
                                     "2  用法、细则或站点文件有误 / usage, rubric or station file error (takes precedence)",
                                     "3  无不符合者, 但有待定 / none not eligible, some undetermined"}));
  command->add_option("files", options->files, "站点事实文件或目录 (YAML 或 JSON; - 为标准输入)")->required();
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_option("--format", options->format, "输出格式: text | json | jsonl | csv | markdown | junit | html | xlsx (需 -o)")
      ->check(CLI::IsMember(enum_names<Format>()));
  command->add_option("--sort", options->sort, "汇总排序: input (默认) | total | name")
      ->check(CLI::IsMember(enum_names<SortKey>()));
  command->add_option("-o,--output", options->output, "结果写入文件 (整体写入, 失败时保留原文件)");
  command->add_option("--set", options->sets, "假设某事实取值: 路径=值 (可多次)")->allow_extra_args(false);
  command->add_option("--stage", options->stage, "按哪一阶段的评分: self (自评) | review (复评) | acceptance (验收, 默认: 最后一个)")
      ->check(CLI::IsMember(enum_names<Stage>()));
  command->add_flag("--no-bom", options->no_bom, "csv 不写 UTF-8 BOM");
  command->add_option("-j,--jobs", options->jobs, "同时评分的文件数 (线程; 默认: 本机核数; 输出与 -j 1 相同)")
      ->check(CLI::Validator(
          [](std::string& text) {
            bool digits = !text.empty() && text.size() <= 4 && text.find_first_not_of("0123456789") == std::string::npos;
            return digits && std::stoi(text) >= 1 && std::stoi(text) <= 1024 ? std::string()
                                                                              : "应为 1 到 1024 之间的整数";
          },
          ""))
      ->type_name("N");
  command->add_flag("-q,--quiet", options->quiet, "不显示进度行 (只有这一项; 问题和结果照常输出)");
  return [options] { return run_score(*options); };
}

}  // namespace shifan::detail

// `shifan plan FILE [--rubric FILE] [--format text|json] [--stage S]`: the
// least work that brings a station to the pass mark (src/score/plan.h).
#include <iostream>
#include <memory>

#include "commands.h"
#include "inputs.h"
#include "plan.h"
#include "render_plan.h"
#include "shifan/cli.h"

namespace shifan::detail {

namespace {

struct PlanOptions {
  std::string file;
  std::string rubric;
  std::string format = "text";
  std::string stage;
};

int exit_code(Verdict verdict) {
  switch (verdict) {
    case Verdict::eligible:
      return k_exit_ok;
    case Verdict::not_eligible:
      return k_exit_failed;
    case Verdict::undetermined:
      break;
  }
  return k_exit_undetermined;
}

int run_plan(const PlanOptions& options) {
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  std::optional<Station> station = load_station_file(options.file, *rubric, std::cerr);
  if (!station) {
    return k_exit_input_error;
  }
  if (std::optional<Stage> stage = enum_from_name<Stage>(options.stage)) {
    keep_stages_until(*station, *stage);
  }
  ScoreResult result = score(*rubric, *station);
  Plan plan = make_plan(result);
  std::cout << (options.format == "json" ? render_plan_json(plan) : render_plan_text(plan));
  return exit_code(result.verdict);
}

}  // namespace

Runner add_plan_command(CLI::App& app) {
  auto options = std::make_shared<PlanOptions>();
  CLI::App* command =
      app.add_subcommand("plan", "达到申报线最少要做什么 / the least work to reach the pass mark");
  command->add_option("file", options->file, "站点事实文件 (YAML, JSON 或 .xlsx; - 为标准输入)")->required();
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_option("--format", options->format, "输出格式: text | json")->check(CLI::IsMember({"text", "json"}));
  command->add_option("--stage", options->stage, "按哪一阶段的评分: self | review | acceptance")
      ->check(CLI::IsMember(enum_names<Stage>()));
  command->footer("退出码 / exit codes: 同 score (0 符合, 1 不符合, 2 输入有误, 3 待定)");
  return [options] { return run_plan(*options); };
}

}  // namespace shifan::detail

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "commands.h"
#include "inputs.h"
#include "shifan/cli.h"
#include "shifan/render.h"
#include "shifan/score.h"

namespace shifan::detail {

namespace {

struct ScoreOptions {
  std::vector<std::string> files;
  std::string rubric;
  std::string format = "text";
};

// How many stations ended how; decides the exit code.
struct Tally {
  int eligible = 0;
  int not_eligible = 0;
  int undetermined = 0;
  int invalid = 0;

  void count(Verdict verdict) {
    (verdict == Verdict::eligible ? eligible : verdict == Verdict::not_eligible ? not_eligible : undetermined)++;
  }
  int exit_code() const {
    if (invalid > 0) {
      return k_exit_input_error;
    }
    if (not_eligible > 0) {
      return k_exit_failed;
    }
    return undetermined > 0 ? k_exit_undetermined : k_exit_ok;
  }
};

bool use_color() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
}

int run_score(const ScoreOptions& options) {
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  TextStyle style{use_color()};
  Tally tally;
  bool first = true;
  for (const std::string& file : options.files) {
    std::optional<Station> station = load_station_file(file, *rubric, std::cerr);
    if (!station) {
      ++tally.invalid;
      continue;
    }
    ScoreResult result = score(*rubric, *station);
    tally.count(result.verdict);
    if (options.format == "json") {
      std::cout << render_json(result);
    } else {
      std::cout << (first ? "" : "\n") << render_text(result, style);
    }
    first = false;
  }
  return tally.exit_code();
}

}  // namespace

Runner add_score_command(CLI::App& app) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* command = app.add_subcommand("score", "为司法所评分 / score stations against the rubric");
  command->add_option("files", options->files, "站点事实文件 (YAML 或 JSON; - 为标准输入)")->required();
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_option("--format", options->format, "输出格式: text | json")
      ->check(CLI::IsMember({"text", "json"}));
  return [options] { return run_score(*options); };
}

}  // namespace shifan::detail

#include "shifan/cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "commands.h"
#include "shifan/rubric.h"

namespace shifan {

namespace {

constexpr const char* k_exit_codes =
    "退出码 / exit codes:\n"
    "  0  全部符合 (结论 eligible) / every station eligible (or success)\n"
    "  1  有不符合者 (not_eligible), 或表达式求值出错 / some station not eligible, or an evaluation error\n"
    "  2  用法、细则或输入文件有误 / usage, rubric or input error (takes precedence)\n"
    "  3  无不符合者, 但有待定 / none not eligible, some undetermined\n";

// `shifan --version`: the program's version and the embedded rubric's.
std::string version_text() {
  LoadedRubric loaded = load_default_rubric();
  std::string rubric = loaded.rubric ? fmt::format("{} 版本 {} ({})", loaded.rubric->id, loaded.rubric->version,
                                                   loaded.rubric->title)
                                     : std::string("(无法加载)");
  return "shifan " SHIFAN_VERSION "\n内置细则 / embedded rubric: " + rubric;
}

}  // namespace

int run(int argc, const char* const* argv) {
  CLI::App app{"shifan: 省示范司法所评分工具 (rubric evaluator for 省级示范司法所)", "shifan"};
  app.set_version_flag("--version", version_text, "显示版本和内置细则 / print the version and the embedded rubric");
  app.footer(k_exit_codes);
  app.require_subcommand(1);

  std::vector<std::pair<CLI::App*, detail::Runner>> commands;
  auto add = [&](detail::Runner runner) {
    commands.emplace_back(app.get_subcommands({}).back(), std::move(runner));
  };
  add(detail::add_score_command(app));
  add(detail::add_eval_command(app));
  add(detail::add_template_command(app));
  add(detail::add_validate_command(app));
  add(detail::add_explain_command(app));
  add(detail::add_rubric_command(app));
  add(detail::add_check_command(app));
  add(detail::add_test_command(app));
  add(detail::add_plan_command(app));
  add(detail::add_diff_command(app));


  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, std::cout, std::cerr);
    return code == 0 ? k_exit_ok : k_exit_input_error;
  }
  for (auto& [command, runner] : commands) {
    if (command->parsed()) {
      return runner();
    }
  }
  return k_exit_input_error;
}

}  // namespace shifan

#include "shifan/cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "commands.h"
#include "help_format.h"
#include "usage_error.h"
#include "shifan/rubric.h"

namespace shifan {

namespace {

constexpr const char* k_exit_codes =
    "每个命令的参数、选项和退出码见 'shifan help 命令' 或 'shifan 命令 --help'\n"
    "/ each command's arguments, options and exit codes: 'shifan help COMMAND'\n"
    "\n"
    "退出码 / exit codes:\n"
    "  0  成功; score: 全部符合 (结论 eligible) / success; score: every station eligible\n"
    "  1  score: 有不符合者 (not_eligible); eval: 求值出错; test: 有用例未通过 / not eligible, evaluation error, "
    "failed case\n"
    "  2  用法、细则或输入文件有误 / usage, rubric or input error (takes precedence)\n"
    "  3  有待定 (score, validate --complete, eval) / some result undetermined\n";

// `shifan --version`: the program's version and the embedded rubric's.
std::string version_text() {
  LoadedRubric loaded = load_default_rubric();
  std::string rubric = loaded.rubric ? fmt::format("{} 版本 {} ({})", loaded.rubric->id, loaded.rubric->version,
                                                   loaded.rubric->title)
                                     : std::string("(无法加载)");
  return "shifan " SHIFAN_VERSION "\n内置细则 / embedded rubric: " + rubric;
}

// `shifan help [COMMAND]`: the help of shifan or of one command.
int help(const CLI::App& app, int argc, const char* const* argv) {
  if (argc == 2) {
    std::cout << app.help();
    return k_exit_ok;
  }
  const std::string name = argv[2];
  if (argc > 3) {
    std::cerr << "help: 多余的参数 '" << argv[3] << "'" << detail::k_see_help;
    return k_exit_input_error;
  }
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (command->get_name() == name) {
      std::cout << command->help(app.get_name());
      return k_exit_ok;
    }
  }
  std::cerr << detail::unknown_command(app, name) << detail::k_see_help;
  return k_exit_input_error;
}

}  // namespace

int run(int argc, const char* const* argv) {
  CLI::App app{"shifan: 省示范司法所评分工具 (rubric evaluator for 省级示范司法所)", "shifan"};
  detail::use_chinese_help(app);
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
  detail::group_commands(app);

  if (argc <= 1) {
    std::cout << app.help();
    return k_exit_input_error;
  }
  if (std::string_view(argv[1]) == "help") {
    return help(app, argc, argv);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e, std::cout, std::cerr);
  } catch (const CLI::ParseError& e) {
    std::cerr << detail::usage_error(app, e);
    return k_exit_input_error;
  }
  for (auto& [command, runner] : commands) {
    if (command->parsed()) {
      return runner();
    }
  }
  return k_exit_input_error;
}

}  // namespace shifan

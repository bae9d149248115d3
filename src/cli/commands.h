// Each subcommand adds itself to the app and returns what runs it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace shifan::detail {

// Runs a parsed subcommand; returns its exit code.
using Runner = std::function<int()>;

Runner add_score_command(CLI::App& app);
// `shifan eval 'EXPR' [--facts FILE]` (src/cli/cmd_eval.cpp).
Runner add_eval_command(CLI::App& app);
// `shifan template|validate|explain|rubric` (src/cli/cmd_template.cpp, cmd_validate.cpp, ...).
Runner add_template_command(CLI::App& app);
Runner add_validate_command(CLI::App& app);
Runner add_explain_command(CLI::App& app);
Runner add_rubric_command(CLI::App& app);
// `shifan check [RUBRIC...]` (src/cli/cmd_check.cpp); `shifan test [RUBRIC]` (src/cli/cmd_test.cpp).
Runner add_check_command(CLI::App& app);
Runner add_test_command(CLI::App& app);
// `shifan plan FILE` (src/cli/cmd_plan.cpp); `shifan diff OLD NEW` (src/cli/cmd_diff.cpp).
Runner add_plan_command(CLI::App& app);
Runner add_diff_command(CLI::App& app);

}  // namespace shifan::detail

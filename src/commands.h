// Each subcommand adds itself to the app and returns what runs it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace shifan::detail {

// Runs a parsed subcommand; returns its exit code.
using Runner = std::function<int()>;

Runner add_score_command(CLI::App& app);
// `shifan eval 'EXPR' [--facts FILE]` (src/cmd_eval.cpp).
Runner add_eval_command(CLI::App& app);

}  // namespace shifan::detail

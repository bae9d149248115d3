// Command lines that CLI11 refused, explained in Chinese.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace shifan::detail {

// What was wrong with the command line and what is allowed, in Chinese, then
// where to read more: an unknown command or option with the closest one, a
// missing argument, a value not among an option's choices. `app` is the
// top-level app after `error` ended its parse.
std::string usage_error(const CLI::App& app, const CLI::ParseError& error);

// "未知的命令 'scor' (是否想写 'score'?)" and the list of commands.
std::string unknown_command(const CLI::App& app, const std::string& word);

// The last line of a usage error without a command.
inline constexpr const char* k_see_help = "\n用 'shifan --help' 查看用法\n";

}  // namespace shifan::detail

// `--help` in Chinese: headings, the help flag, the command list.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace shifan::detail {

// Chinese headings (用法, 选项, 参数, 命令) and help flag for `app` and the
// subcommands added after this call; call it before adding any.
void use_chinese_help(CLI::App& app);

// Puts each subcommand under the heading 命令 (after they are added).
void group_commands(CLI::App& app);

// "命令:" and a line per subcommand with its description, as --help lists
// them; for usage errors.
std::string command_list(const CLI::App& app);

// "退出码 / exit codes:" and the lines given, each "N  meaning", for a
// command's --help footer.
std::string exit_codes_footer(std::initializer_list<std::string_view> lines);

}  // namespace shifan::detail

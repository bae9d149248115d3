// `shifan rubric [--rubric FILE] [--format text|json|markdown|ids]`.
#include <iostream>
#include <memory>

#include "commands.h"
#include "help_format.h"
#include "inputs.h"
#include "rubric_table.h"
#include "shifan/cli.h"

namespace shifan::detail {

Runner add_rubric_command(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  CLI::App* command = app.add_subcommand("rubric", "列出细则的类别、评分项和一票否决 / print the rubric as a table");
  command->footer(exit_codes_footer({"0  已输出细则 / the rubric is printed",
                                     "2  用法或细则有误 / usage or rubric error"}));
  command->add_option("--rubric", *path, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_option("--format", *format, "输出格式: text | json | markdown | ids (每行一个编号, 供命令补全)")
      ->check(CLI::IsMember({"text", "json", "markdown", "ids"}));
  return [path, format] {
    std::optional<Rubric> rubric = load_rubric_file(*path, std::cerr);
    if (!rubric) {
      return int{k_exit_input_error};
    }
    std::cout << (*format == "json"       ? rubric_json(*rubric)
                  : *format == "markdown" ? rubric_markdown(*rubric)
                  : *format == "ids"      ? rubric_ids(*rubric)
                                          : rubric_text(*rubric));
    return int{k_exit_ok};
  };
}

}  // namespace shifan::detail

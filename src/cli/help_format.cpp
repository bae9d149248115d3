#include "help_format.h"

#include <memory>

#include "shifan/diagnostic.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

constexpr const char* k_options_heading = "选项";
constexpr const char* k_commands_heading = "命令";
constexpr std::size_t k_column = 30;

// "  name    description", the description in a column counted in terminal
// columns (CLI11 counts bytes, which misaligns Chinese), continuation lines
// indented to it.
std::string help_line(const std::string& name, const std::string& description) {
  std::string out = "  " + name;
  if (description.empty()) {
    return out + "\n";
  }
  const std::string indent(k_column, ' ');
  out = static_cast<std::size_t>(display_width(out)) >= k_column ? out + "\n" + indent : pad(out, k_column);
  for (char c : description) {
    out += c;
    if (c == '\n') {
      out += indent;
    }
  }
  return out + "\n";
}

// CLI11's layout with Chinese words and display-width columns.
class ChineseFormatter : public CLI::Formatter {
 public:
  ChineseFormatter() {
    label("Usage", "用法");
    label("OPTIONS", k_options_heading);
    label("SUBCOMMAND", k_commands_heading);
    label("SUBCOMMANDS", k_commands_heading);
    label("Positionals", "参数");
    label("REQUIRED", "必填");
    column_width(k_column);
  }

  std::string make_option(const CLI::Option* option, bool is_positional) const override {
    return help_line(make_option_name(option, is_positional) + make_option_opts(option), make_option_desc(option));
  }

  std::string make_subcommand(const CLI::App* command) const override {
    return help_line(command->get_display_name(true), command->get_description());
  }
};

}  // namespace

void use_chinese_help(CLI::App& app) {
  app.formatter(std::make_shared<ChineseFormatter>());
  app.option_defaults()->group(k_options_heading);
  app.set_help_flag("-h,--help", "显示帮助 / print this help");
}

void group_commands(CLI::App& app) {
  for (CLI::App* command : app.get_subcommands({})) {
    command->group(k_commands_heading);
    if (CLI::Option* help = command->get_help_ptr()) {
      help->group(k_options_heading);
    }
  }
}

std::string command_list(const CLI::App& app) {
  std::string out = std::string(k_commands_heading) + ":\n";
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    out += help_line(command->get_name(), command->get_description());
  }
  return out;
}

std::string exit_codes_footer(std::initializer_list<std::string_view> lines) {
  std::string out = "退出码 / exit codes:";
  for (std::string_view line : lines) {
    out += "\n  ";
    out += line;
  }
  return out;
}

}  // namespace shifan::detail

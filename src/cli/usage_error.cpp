#include "usage_error.h"

#include <fmt/format.h>

#include <algorithm>

#include "help_format.h"
#include "suggest.h"

namespace shifan::detail {

namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(command->get_name());
  }
  return names;
}

// Every spelling of the command's options ("-o", "--output"), for
// did-you-mean; with `listed`, one entry per option ("-o,--output").
std::vector<std::string> option_names(const CLI::App& command, bool listed) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_positional()) {
      continue;
    }
    if (listed) {
      std::string name = option->get_name(false, true);
      std::replace(name.begin(), name.end(), ',', '/');
      names.push_back(name);
      continue;
    }
    for (const std::string& name : option->get_snames()) {
      names.push_back("-" + name);
    }
    for (const std::string& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
  }
  return names;
}

std::string unknown_option(const CLI::App& command, const std::string& word) {
  std::string name = word.substr(0, word.find('='));
  return fmt::format("未知的选项 '{}'{}\n可用的选项: {}", name, did_you_mean(name, option_names(command, false)),
                     fmt::join(option_names(command, true), ", "));
}

// The choices an option's validator names in its help ("TEXT:{a,b}").
std::vector<std::string> choices(const CLI::Option& option) {
  std::string type = option.get_type_name();
  std::size_t open = type.find('{');
  std::size_t close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) {
    return {};
  }
  return CLI::detail::split(type.substr(open + 1, close - open - 1), ',');
}

// A value refused by an option's validator, or missing after the option;
// CLI11's messages begin with the option's name and ": ".
std::string option_value_problem(const CLI::App& command, const CLI::ParseError& error) {
  std::string what = error.what();
  std::string name = what.substr(0, what.find(": "));
  const CLI::Option* option = command.get_option_no_throw(name);
  if (option == nullptr) {
    return fmt::format("命令行有误: {}", what);
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    return fmt::format("选项 '{}' 后面缺少值: {}", name, option->get_description());
  }
  std::vector<std::string> allowed = choices(*option);
  if (allowed.empty()) {
    return fmt::format("选项 '{}' 的值有误: {}", name, what.substr(std::min(what.size(), name.size() + 2)));
  }
  std::string given;
  for (const std::string& value : option->results()) {
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      given = value;
    }
  }
  return fmt::format("选项 '{}' 不能取 '{}'{}\n可选的值: {}", name, given, did_you_mean(given, allowed),
                     fmt::join(allowed, ", "));
}

std::string missing_argument(const CLI::App& command) {
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_required() && option->count() == 0) {
      return fmt::format("缺少{} {}: {}", option->get_positional() ? "参数" : "选项", option->get_name(true, false),
                         option->get_description());
    }
  }
  return "缺少参数";
}

std::string command_problem(const CLI::App& command, const CLI::ParseError& error) {
  std::vector<std::string> extras = command.remaining();
  if (extras.empty()) {
    extras = command.get_parent()->remaining();
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    return missing_argument(command);
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr && !extras.empty()) {
    return extras[0].starts_with("-") ? unknown_option(command, extras[0])
                                      : fmt::format("多余的参数 '{}'", extras[0]);
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr ||
      dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr ||
      dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    return option_value_problem(command, error);
  }
  return fmt::format("命令行有误: {}", error.what());
}

// Without a command: an unknown command or option, or none at all.
std::string top_level_problem(const CLI::App& app) {
  std::vector<std::string> extras = app.remaining();
  if (extras.empty()) {
    return "缺少命令\n" + command_list(app);
  }
  if (extras[0].starts_with("-")) {
    return unknown_option(app, extras[0]);
  }
  return unknown_command(app, extras[0]);
}

}  // namespace

std::string unknown_command(const CLI::App& app, const std::string& word) {
  return fmt::format("未知的命令 '{}'{}\n{}", word, did_you_mean(word, command_names(app)), command_list(app));
}

std::string usage_error(const CLI::App& app, const CLI::ParseError& error) {
  std::vector<CLI::App*> parsed = app.get_subcommands();
  if (parsed.empty()) {
    return top_level_problem(app) + k_see_help;
  }
  const CLI::App& command = *parsed.front();
  return fmt::format("{}: {}\n用 'shifan {} --help' 查看用法\n", command.get_name(), command_problem(command, error),
                     command.get_name());
}

}  // namespace shifan::detail

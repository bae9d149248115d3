// `shifan template [--class C] [--assessed-on D] [--rubric FILE] [--format yaml|json]`.
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.h"
#include "help_format.h"
#include "fact_path.h"
#include "inputs.h"
#include "output_guard.h"
#include "shifan/cli.h"
#include "shifan/date.h"
#include "shifan/station.h"
#include "atomic_file.h"
#include "suggest.h"
#include "template_writer.h"
#include "template_xlsx.h"

namespace shifan::detail {

namespace {

struct TemplateCommandOptions {
  std::string station_class;
  std::string assessed_on;
  std::string rubric;
  std::string format = "yaml";
  std::string output;
  std::string from;
};

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return format_date(Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

// Problems with the options, given the rubric; "" when none.
std::string check_options(const Rubric& rubric, const TemplateCommandOptions& options) {
  if (!options.station_class.empty() && rubric.identity.station_class.empty()) {
    return "--class: 细则没有声明 identity.class, 不知道填入哪个事实";
  }
  const FactSpec* spec = find_spec(rubric.facts, FactPath::of(rubric.identity.station_class));
  if (!options.station_class.empty() && spec != nullptr && spec->type == FactType::enumeration &&
      std::find(spec->values.begin(), spec->values.end(), options.station_class) == spec->values.end()) {
    return fmt::format("--class: '{}' 不是允许的值 ({}){}", options.station_class, fmt::join(spec->values, ", "),
                       did_you_mean(options.station_class, spec->values));
  }
  if (!options.assessed_on.empty() && !parse_date(options.assessed_on)) {
    return "--assessed-on: '" + options.assessed_on + "' 不是日期 (YYYY-MM-DD)";
  }
  return "";
}

int run_template(const TemplateCommandOptions& options) {
  std::vector<StationFile> inputs;
  if (!options.from.empty()) {
    inputs.push_back({options.from});
  }
  guard_output(options.output, options.rubric, inputs);
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  if (std::string problem = check_options(*rubric, options); !problem.empty()) {
    std::cerr << problem << "\n";
    return k_exit_input_error;
  }
  TemplateOptions template_options{options.station_class,
                                   options.assessed_on.empty() ? today() : options.assessed_on};
  if (options.format == "xlsx" && options.output.empty() && isatty(STDOUT_FILENO) == 1) {
    std::cerr << "--format xlsx: 请用 -o 指定输出文件 (如 -o 黄村.xlsx)\n";
    return k_exit_input_error;
  }
  std::optional<Document> from;
  if (!options.from.empty()) {
    from = read_station_document(options.from, read_file(options.from, ReadLimits{}.max_bytes), *rubric);
    if (!from->diagnostics.empty() || options.format != "xlsx") {
      print_diagnostics(from->diagnostics, std::cerr);
      std::cerr << (from->diagnostics.empty() ? "--from: 只用于 --format xlsx\n" : "");
      return k_exit_input_error;
    }
  }
  std::string text = options.format == "json"   ? template_json(*rubric, template_options)
                     : options.format == "xlsx" ? template_xlsx(*rubric, template_options, from ? &from->root : nullptr)
                                                : template_yaml(*rubric, template_options);
  if (options.output.empty()) {
    std::cout << text;
  } else {
    write_atomically(options.output, [&](std::ostream& out) { out << text; });
  }
  return k_exit_ok;
}

}  // namespace

Runner add_template_command(CLI::App& app) {
  auto options = std::make_shared<TemplateCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "template", "输出待填写的司法所事实文件 / print a station file to fill in (comments: YAML only)");
  command->footer(exit_codes_footer({"0  已输出模板 / the template is written",
                                     "2  用法或细则有误 / usage or rubric error"}));
  command->add_option("--class", options->station_class, "类别, 填入细则 identity.class 所指的事实 (内置细则: station.class, 一类 | 二类 | 三类) / "
                      "the value of the rubric's identity.class fact");
  command->add_option("--assessed-on", options->assessed_on, "评定基准日 (默认: 今天) / assessment date, YYYY-MM-DD");
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_option("--format", options->format, "输出格式: yaml | json (JSON 不含注释) | xlsx (工作簿, 需 -o)")
      ->check(CLI::IsMember({"yaml", "json", "xlsx"}));
  command->add_option("-o,--output", options->output, "写入文件 (整体写入, 失败时保留原文件)");
  command->add_option("--from", options->from, "xlsx: 用这个站点文件的值填入工作簿 (如把 YAML 转为工作簿)");
  return [options] { return run_template(*options); };
}

}  // namespace shifan::detail

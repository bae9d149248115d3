#include <iostream>
#include <memory>

#include "commands.h"
#include "help_format.h"
#include "default_rubric.h"
#include "json_writer.h"
#include "lint.h"
#include "shifan/cli.h"
#include "shifan/document.h"

namespace shifan::detail {

namespace {

struct CheckOptions {
  std::vector<std::string> files;
  std::string format = "text";
};

// Loading problems (errors) or, for a rubric that loads, the lint findings.
std::vector<Finding> check_rubric(const std::string& path) {
  Document document = path.empty() ? read_document(std::string(k_default_rubric_name), std::string(embedded_rubric()))
                                   : read_input(path);
  LoadedRubric loaded = load_rubric(document);
  if (!loaded.rubric) {
    std::vector<Finding> findings;
    for (Diagnostic& diagnostic : loaded.diagnostics) {
      findings.push_back({Severity::error, std::move(diagnostic)});
    }
    return findings;
  }
  return lint_rubric(*loaded.rubric);
}

void print_text(const std::string& name, const std::vector<Finding>& findings) {
  int errors = 0;
  for (Finding finding : findings) {
    if (finding.severity == Severity::warning) {
      finding.diagnostic.message = std::string(enum_label(Severity::warning)) + ": " + finding.diagnostic.message;
    } else {
      ++errors;
    }
    std::cout << format_diagnostic(finding.diagnostic) << '\n';
  }
  int warnings = static_cast<int>(findings.size()) - errors;
  std::cout << name << ": "
            << (findings.empty() ? "没有发现问题"
                                 : std::to_string(errors) + " 个" + enum_label(Severity::error) + ", " +
                                       std::to_string(warnings) + " 个" + enum_label(Severity::warning))
            << '\n';
}

void write_json(JsonWriter& json, const Finding& finding) {
  const Diagnostic& d = finding.diagnostic;
  json.begin_object();
  json.key("file").string(d.file).key("line").number(Decimal::from_int(d.line));
  json.key("column").number(Decimal::from_int(d.column)).key("severity").string(enum_name(finding.severity));
  json.key("message").string(d.message).end_object();
}

int run_check(const CheckOptions& options) {
  std::vector<std::string> files = options.files.empty() ? std::vector<std::string>{""} : options.files;
  JsonWriter json;
  json.begin_array();
  bool failed = false;
  for (const std::string& file : files) {
    std::vector<Finding> findings;
    try {
      findings = check_rubric(file);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      failed = true;
      continue;
    }
    for (const Finding& finding : findings) {
      failed = failed || finding.severity == Severity::error;
      write_json(json, finding);
    }
    if (options.format == "text") {
      print_text(file.empty() ? std::string(k_default_rubric_name) : file, findings);
    }
  }
  if (options.format == "json") {
    std::cout << json.end_array().str() << '\n';
  }
  return failed ? k_exit_input_error : k_exit_ok;
}

}  // namespace

Runner add_check_command(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand("check", "检查细则文件 / lint rubric files");
  command->footer(exit_codes_footer({"0  没有错误 (可有警告) / no errors (warnings allowed)",
                                     "2  细则有错误或无法读取, 或用法有误 / a rubric has errors or can't be read, or a usage error"}));
  command->add_option("rubrics", options->files, "细则文件 (默认: 内置安徽 2024 细则)");
  command->add_option("--format", options->format, "输出格式: text | json")
      ->check(CLI::IsMember({"text", "json"}));
  return [options] { return run_check(*options); };
}

}  // namespace shifan::detail

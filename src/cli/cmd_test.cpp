#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "case_runner.h"
#include "commands.h"
#include "help_format.h"
#include "embedded_files.h"
#include "inputs.h"
#include "shifan/cli.h"
#include "shifan/document.h"

namespace shifan::detail {

namespace {

namespace fs = std::filesystem;

struct TestOptions {
  std::string rubric;
  std::string cases;
  bool strict = false;
};

// X.yaml's cases directory: X.cases beside it.
std::string cases_dir(const std::string& rubric) {
  fs::path path(rubric);
  return path.replace_extension(".cases").string();
}

// The case files of `dir` (*.yaml, *.yml, *.json), sorted by name; throws
// Error when there is no such directory or it holds no case.
std::vector<CaseFile> read_cases(const std::string& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    throw Error("找不到测试用例目录 '" + dir + "'");
  }
  std::vector<fs::path> paths;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json")) {
      paths.push_back(entry.path());
    }
  }
  if (paths.empty()) {
    throw Error("'" + dir + "' 中没有测试用例 (*.yaml, *.yml, *.json)");
  }
  std::sort(paths.begin(), paths.end());
  std::vector<CaseFile> cases;
  for (const fs::path& path : paths) {
    cases.push_back({path.stem().string(), path.string(), read_file(path.string(), ReadLimits{}.max_bytes)});
  }
  return cases;
}

std::vector<CaseFile> builtin_cases() {
  std::vector<CaseFile> cases;
  for (const EmbeddedFile& file : embedded_cases()) {
    std::string name(file.name);
    cases.push_back({name.substr(0, name.rfind('.')), "<内置用例>/" + name, std::string(file.text)});
  }
  return cases;
}

int run_test(const TestOptions& options) {
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  std::vector<CaseFile> cases = !options.cases.empty() ? read_cases(options.cases)
                                : options.rubric.empty() ? builtin_cases()
                                                         : read_cases(cases_dir(options.rubric));
  Coverage coverage;
  int passed = 0;
  int invalid = 0;
  for (const CaseFile& file : cases) {
    CaseOutcome outcome = run_case(*rubric, file, coverage);
    if (outcome.passed()) {
      ++passed;
      std::cout << "✓ " << outcome.name << '\n';
      continue;
    }
    if (!outcome.diagnostics.empty()) {
      ++invalid;
      print_diagnostics(outcome.diagnostics, std::cerr);
      outcome.failures = {"用例文件有误"};
    }
    std::cout << "✗ " << outcome.name << ": " << outcome.failures.front() << '\n';
    for (std::size_t i = 1; i < outcome.failures.size(); ++i) {
      std::cout << "  " << outcome.failures[i] << '\n';
    }
  }
  std::vector<std::string> gaps = coverage.gaps(*rubric);
  if (gaps.empty()) {
    std::cout << "覆盖: 全部 " << Coverage::count(*rubric) << " 个计算项和一票否决项都已双向覆盖\n";
  } else {
    std::string line = options.strict ? "未覆盖" : "警告: 未覆盖";
    for (std::size_t i = 0; i < gaps.size(); ++i) {
      line += (i == 0 ? ": " : ", ") + gaps[i];
    }
    std::cout << line << '\n';
  }
  int failed = static_cast<int>(cases.size()) - passed;
  std::cout << passed << " passed, " << failed << " failed\n";
  if (invalid > 0) {
    return k_exit_input_error;
  }
  return failed > 0 || (options.strict && !gaps.empty()) ? k_exit_failed : k_exit_ok;
}

}  // namespace

Runner add_test_command(CLI::App& app) {
  auto options = std::make_shared<TestOptions>();
  CLI::App* command = app.add_subcommand("test", "运行细则的测试用例 / run a rubric's test cases");
  command->footer(exit_codes_footer({"0  全部用例通过 (--strict: 且全部双向覆盖) / every case passed (--strict: and everything covered)",
                                     "1  有用例未通过 (--strict: 或有未覆盖) / some case failed (--strict: or something not covered)",
                                     "2  用例文件或细则有误, 找不到用例, 或用法有误 / a case file or the rubric is wrong, no cases, or a usage error"}));
  command->add_option("rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则及其内置用例)");
  command->add_option("--cases", options->cases, "用例目录 (默认: 细则文件旁的 X.cases/)");
  command->add_flag("--strict", options->strict, "有未双向覆盖的计算项或一票否决项时算作失败");
  return [options] { return run_test(*options); };
}

}  // namespace shifan::detail

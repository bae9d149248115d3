// `shifan eval 'EXPR' [--facts FILE]`: evaluates one expression.
#include <iostream>
#include <memory>

#include "commands.h"
#include "help_format.h"
#include "facts_value.h"
#include "inputs.h"
#include "shifan/cli.h"
#include "shifan/document.h"
#include "shifan/expr.h"

namespace shifan::detail {

namespace {

// Reads the facts file's top-level keys as variables; false after printing
// its problems.
bool load_facts(const std::string& path, Environment& env, Activation& activation) {
  Document document = read_input(path);
  Diagnostics diagnostics = std::move(document.diagnostics);
  if (diagnostics.empty() && document.root.kind != shifan::Node::Kind::mapping &&
      document.root.kind != shifan::Node::Kind::null) {
    diagnostics.push_back(document.source->diagnose(document.root.mark.line, document.root.mark.column,
                                                    "事实文件的顶层应为映射 (变量名: 值)"));
  }
  for (const auto& [key, value] : document.root.entries) {
    env.variables.emplace_back(key.text, Type::dyn());
    activation.set(key.text, facts_to_value(value, *document.source, diagnostics));
  }
  print_diagnostics(diagnostics, std::cerr);
  return diagnostics.empty();
}

int run_eval(const std::string& text, const std::string& facts_path) {
  Environment env;
  Activation activation;
  if (!facts_path.empty() && !load_facts(facts_path, env, activation)) {
    return k_exit_input_error;
  }
  Compiled compiled = compile(text, env);
  if (!compiled.program) {
    print_diagnostics(compiled.diagnostics, std::cerr);
    return k_exit_input_error;
  }
  Value result = evaluate(*compiled.program, activation);
  if (result.is_error()) {
    std::cerr << "error: " << result.error_message() << "\n";
    return k_exit_failed;
  }
  std::cout << to_literal(result) << "\n";
  return result.is_unknown() ? k_exit_undetermined : k_exit_ok;
}

}  // namespace

Runner add_eval_command(CLI::App& app) {
  CLI::App* command = app.add_subcommand("eval", "求值一个表达式 / evaluate one expression (docs/expressions.md)");
  command->footer(exit_codes_footer({"0  已输出结果 / the value is printed",
                                     "1  求值出错 (如除以零) / an evaluation error",
                                     "2  用法、表达式或事实文件有误 / usage, expression or facts file error",
                                     "3  结果取决于未知的事实 / the value is unknown"}));
  auto expression = std::make_shared<std::string>();
  auto facts = std::make_shared<std::string>();
  command->add_option("expression", *expression, "表达式; 以 - 开头时写在 -- 之后 / the expression")
      ->required();
  command->add_option("--facts", *facts, "YAML/JSON 文件, 顶层键为变量 / facts file, top-level keys are variables");
  return [expression, facts] { return run_eval(*expression, *facts); };
}

}  // namespace shifan::detail

// `shifan explain ID [--facts FILE] [--rubric FILE]`.
#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>

#include "commands.h"
#include "help_format.h"
#include "explain.h"
#include "inputs.h"
#include "shifan/cli.h"
#include "suggest.h"

namespace shifan::detail {

namespace {

struct ExplainOptions {
  std::string id;
  std::string facts;
  std::string rubric;
};

// The rubric's id that `id` names: itself, or the one id equal to it
// ignoring ASCII case (a9 for A9); `id` unchanged when none or several are.
std::string resolve_id(const Rubric& rubric, const std::string& id) {
  auto lower = [](std::string text) {
    for (char& c : text) {
      c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return text;
  };
  std::vector<std::string> ids = explainable_ids(rubric);
  if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
    return id;
  }
  std::vector<std::string> same;
  std::copy_if(ids.begin(), ids.end(), std::back_inserter(same),
               [&](const std::string& candidate) { return lower(candidate) == lower(id); });
  return same.size() == 1 ? same[0] : id;
}

int run_explain(const ExplainOptions& options) {
  std::optional<Rubric> rubric = load_rubric_file(options.rubric, std::cerr);
  if (!rubric) {
    return k_exit_input_error;
  }
  std::optional<Station> station;
  if (!options.facts.empty()) {
    station = load_station_file(options.facts, *rubric, std::cerr);
    if (!station) {
      return k_exit_input_error;
    }
  }
  std::optional<std::string> text = explain(*rubric, resolve_id(*rubric, options.id), station ? &*station : nullptr);
  if (!text) {
    std::cerr << "未知的评分项或一票否决 '" << options.id << "'"
              << did_you_mean(options.id, explainable_ids(*rubric)) << "\n";
    return k_exit_input_error;
  }
  std::cout << *text;
  return k_exit_ok;
}

}  // namespace

Runner add_explain_command(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand(
      "explain", "说明一个评分项或一票否决如何判定 / explain how an item or veto is decided");
  command->footer(exit_codes_footer({"0  已输出说明 / the explanation is printed",
                                     "2  未知的编号, 或用法、细则、站点文件有误 / unknown id, usage, rubric or station file error"}));
  command->add_option("id", options->id, "评分项或一票否决编号, 如 A6、V3 / item or veto id")->required();
  command->add_option("--facts", options->facts, "站点事实文件: 说明该所的事实如何判定此项 / a station file");
  command->add_option("--rubric", options->rubric, "细则文件 (默认: 内置安徽 2024 细则)");
  return [options] { return run_explain(*options); };
}

}  // namespace shifan::detail

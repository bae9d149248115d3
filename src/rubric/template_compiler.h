// Reason templates: literal text with `{expr}` holes (`{{` and `}}` stand
// for braces), and the `reason` key of items and vetoes.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mapping_reader.h"
#include "rule_compiler.h"

namespace shifan::detail {

// Compiles a template held by a scalar node; each hole is compiled against
// `env`. nullopt when something is wrong (reported).
std::optional<Template> compile_template(const shifan::Node& node, const Environment& env,
                                         Reporter& reporter);
// The same with holes compiled through `cache`.
std::optional<Template> compile_template(const shifan::Node& node, CompileCache& cache, Reporter& reporter);

// A `reason` value as written: one template (under "") or a mapping from
// outcome names (one of `outcomes`) to templates. Problems are reported.
std::vector<std::pair<std::string, Template>> load_reason_texts(const shifan::Node& node, const Keys& outcomes,
                                                                const Environment& env, Reporter& reporter);
std::vector<std::pair<std::string, Template>> load_reason_texts(const shifan::Node& node, const Keys& outcomes,
                                                                CompileCache& cache, Reporter& reporter);

// A `reason` value: one template for every outcome, or a mapping from the
// names in EnumTable<Outcome> to templates. Problems are reported. Holes
// are compiled against `env`: an Environment or a CompileCache.
template <typename Outcome, typename Env>
Reasons<Outcome> load_reasons(const shifan::Node& node, Env& env, Reporter& reporter) {
  Keys outcomes;
  for (const EnumName<Outcome>& entry : EnumTable<Outcome>::entries) {
    outcomes.emplace_back(entry.name);
  }
  Reasons<Outcome> reasons;
  for (auto& [key, text] : load_reason_texts(node, outcomes, env, reporter)) {
    std::optional<Outcome> outcome = enum_from_name<Outcome>(key);
    if (outcome || key.empty()) {
      reasons.emplace_back(outcome, std::move(text));
    }
  }
  return reasons;
}

}  // namespace shifan::detail

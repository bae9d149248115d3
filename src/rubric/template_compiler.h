// Reason templates: literal text with `{expr}` holes (`{{` and `}}` stand
// for braces), and the `reason` key of items and vetoes.
#pragma once

#include <optional>

#include "mapping_reader.h"
#include "rule_compiler.h"

namespace shifan::detail {

// Compiles a template held by a scalar node; each hole is compiled against
// `env`. nullopt when something is wrong (reported).
std::optional<Template> compile_template(const shifan::Node& node, const Environment& env,
                                         Reporter& reporter);

// A `reason` value: one template (stored under "") or a mapping from outcome
// names (one of `outcomes`) to templates. Problems are reported.
Reasons load_reasons(const shifan::Node& node, const Keys& outcomes, const Environment& env,
                     Reporter& reporter);

}  // namespace shifan::detail

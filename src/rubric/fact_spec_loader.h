// Reading the facts schema of a rubric file into FactSpecs.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mapping_reader.h"
#include "shifan/rubric.h"

namespace shifan::detail {

using Constants = std::vector<std::pair<std::string, Value>>;

// The `facts` mapping as a record spec whose fields are the top-level facts.
// Enum `values` may name one of `constants`. Every problem is reported.
FactSpec load_facts(const shifan::Node& node, const Constants& constants, Reporter& reporter);

// One fact spec. Inside a list entry (`in_list_entry`) fields default to
// required. Every problem is reported; the spec holds what could be read.
FactSpec load_fact_spec(const shifan::Node& node, bool in_list_entry, const Constants& constants,
                        Reporter& reporter);

}  // namespace shifan::detail

// What-if: `--set PATH=VALUE` changes a station's facts before validation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "fact_path.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/rubric.h"

namespace shifan::detail {

struct Assignment {
  std::string text;  // "PATH=VALUE" as given
  FactPath path;     // checked against the facts schema
  std::string value;
  Node node;  // VALUE read as a YAML scalar or flow value
};

// Parses "PATH=VALUE" and checks PATH against the rubric's facts schema
// (`scores.<item>` too). On a problem returns nullopt and sets `problem` to
// "--set PATH=VALUE: message" (unknown names with a did-you-mean).
std::optional<Assignment> parse_assignment(const std::string& text, const Rubric& rubric,
                                           std::string& problem);

// A change made to one station: `was` is the old value as YAML text, or
// nullopt when the fact was absent or empty.
struct WhatIfChange {
  std::string path;
  std::string value;
  std::optional<std::string> was;
};

// Applies the assignments in order to a station document's root, creating
// missing records and list entries (an index at most one past the end).
// What the tree can't take (a scalar where a record is needed) is appended
// to `problems`. Inserted nodes carry marks that attribute_what_if knows.
std::vector<WhatIfChange> apply_what_if(Node& root, const std::vector<Assignment>& assignments,
                                        Diagnostics& problems);

// Rewrites the diagnostics at inserted nodes as "--set PATH=VALUE: message".
void attribute_what_if(Diagnostics& diagnostics, const std::vector<Assignment>& assignments);

// "假设: mediation.disputes_resolved (调解成功数) = 206 (原为 203)", the path
// for people (for_people, names from `facts`, which may be nullptr).
std::string what_if_line(const WhatIfChange& change, const Rubric& rubric, const FactValues* facts);

}  // namespace shifan::detail

// The parts of load_rubric, one file each: shared state and the loaders of
// categories, items and vetoes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mapping_reader.h"
#include "shifan/expr.h"
#include "shifan/rubric.h"

namespace shifan::detail {

struct LoadState {
  explicit LoadState(Reporter& r) : reporter(r) {}

  Reporter& reporter;
  Environment env;           // facts, constants and lets, for rules
  Environment template_env;  // env and `score`, for item reasons
  std::vector<std::pair<std::string, int>> ids;  // item, veto and category ids: first line

  // The mapping's `id`, recorded; a repeated one is reported.
  std::string read_id(const shifan::Node& mapping);
};

// The `rubric` metadata: id, title, total, grades (checked against the
// total) and assessed_on (a required date fact of `rubric.facts`).
void load_metadata(const shifan::Node& node, Rubric& rubric, Reporter& reporter);

// An item of the category `category`; problems are reported.
Item load_item(const shifan::Node& node, const std::string& category, LoadState& state);
// The `categories` list, checking each category's items add up to its points.
std::vector<Category> load_categories(const shifan::Node& node, LoadState& state);
std::vector<Veto> load_vetoes(const shifan::Node& node, LoadState& state);

// `value` in [0, points] (points not known: >= 0), else reported at `node`
// ("分值 5 超过评分项分值 4").
void check_score_range(const shifan::Node& node, Decimal value, std::optional<Decimal> points,
                       Reporter& reporter);

}  // namespace shifan::detail

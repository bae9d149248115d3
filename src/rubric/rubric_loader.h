// The parts of load_rubric, one file each: shared state and the loaders of
// categories, items and vetoes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "mapping_reader.h"
#include "rule_compiler.h"
#include "shifan/expr.h"
#include "shifan/rubric.h"

namespace shifan::detail {

struct LoadState {
  explicit LoadState(Reporter& r) : reporter(r) {}
  LoadState(const LoadState&) = delete;  // the caches refer to its environments

  Reporter& reporter;
  Environment env;           // facts, constants and lets, for rules
  Environment template_env;  // env and `score`, for item reasons
  // env and template_env compiled through, once they are complete (items and vetoes).
  CompileCache rules{env};
  CompileCache templates{template_env};
  std::vector<std::pair<std::string, int>> ids;  // item, veto and category ids: first line

  // The mapping's `id`, recorded; a repeated one is reported.
  std::string read_id(const shifan::Node& mapping);
};

// The `rubric` metadata: id, title, total, grades (checked against the
// total) and assessed_on (a required date fact of `rubric.facts`).
void load_metadata(const shifan::Node& node, Rubric& rubric, Reporter& reporter);

// After the categories: each grade's `min` within the highest total
// (Rubric::highest_total) and its `when` compiled against `category` and
// `item` (their ids to their scores, double). Problems are reported.
void load_grade_conditions(const shifan::Node& metadata, Rubric& rubric, Reporter& reporter);

// The fact at `path`, a dotted path through records of `facts`
// ("station.assessed_on"); nullptr when there is none, reported at `node`
// with a did-you-mean among the facts of type `expected`. `required`: the
// fact and every record on the way are required.
const FactSpec* record_fact(const shifan::Node& node, const std::string& path, const FactSpec& facts,
                            FactType expected, bool& required, Reporter& reporter);

// `rubric.identity` (docs/rubric-format.md): name, county and class, each
// the path of a string or enum fact outside lists. Problems are reported.
Identity load_identity(const shifan::Node& node, const FactSpec& facts, Reporter& reporter);

// `rubric.wording` (`node` may be null); what it leaves out is neutral, from
// the first of `grades` ("达到 优秀", "未达到 优秀", "待定", "分数线", "评定对象").
Wording load_wording(const shifan::Node* node, const std::vector<Grade>& grades, Reporter& reporter);

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

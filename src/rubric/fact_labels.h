// Fact paths as a reader knows them: "staff[2].sanctions" with its label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fact_path.h"
#include "shifan/rubric.h"

namespace shifan::detail {

// The Chinese label of the fact at `path` ("staff[2].sanctions" → the
// sanctions field's label; "scores.C5" → "C5 评分"), or "" when the schema
// doesn't declare it. path_label (fact_path.h) for a path already parsed.
std::string fact_label(const Rubric& rubric, std::string_view path);

// Missing facts and judgements for a reader, deduplicated, in order, each as
// for_people shows it with the names in `facts` (may be nullptr):
// "staff[2].sanctions (第 3 名工作人员 王某某 的 处分记录), scores.C5 (C5 评分)";
// past `most` of them, "等 N 项".
std::string describe_missing(const Rubric& rubric, const std::vector<std::string>& paths,
                             const FactValues* facts, std::size_t most = 8);

}  // namespace shifan::detail

// The workbook to fill in: `shifan template --format xlsx`.
#pragma once

#include <string>

#include "shifan/document.h"
#include "shifan/rubric.h"
#include "template_writer.h"

namespace shifan::detail {

// The sheets of workbook_layout (docs/station-facts.md, 工作簿): 填写说明, 事实
// (one row per fact: path, label, value, allowed values and the items using
// it), a sheet per list of records, 自评得分. Drop-downs for enums, 是/否 and
// 有/无, number ranges, date cells, frozen headers. Required facts hold the
// YAML template's placeholders; with `facts` (a station document's root),
// its values fill the cells instead. Throws Error when the file can't be made.
std::string template_xlsx(const Rubric& rubric, const TemplateOptions& options, const Node* facts = nullptr);

}  // namespace shifan::detail

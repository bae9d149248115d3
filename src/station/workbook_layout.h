// How a rubric's facts schema lays out as a workbook (docs/station-facts.md,
// 工作簿): the sheets and columns that `template --format xlsx` writes and
// that reading a workbook expects.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shifan/rubric.h"

namespace shifan::detail {

inline constexpr std::string_view k_guide_sheet = "填写说明";
inline constexpr std::string_view k_facts_sheet = "事实";
inline constexpr std::string_view k_scores_sheet = "自评得分";
// The facts sheet's columns, by header.
inline constexpr std::string_view k_fact_header = "事实";
inline constexpr std::string_view k_label_header = "名称";
inline constexpr std::string_view k_value_header = "值";
inline constexpr std::string_view k_hint_header = "说明";
// The self-scores sheet's columns, by header.
inline constexpr std::string_view k_id_header = "编号";
inline constexpr std::string_view k_text_header = "评分项";
inline constexpr std::string_view k_points_header = "分值";
inline constexpr std::string_view k_score_header = "得分";
// A list of records: "有" (see its sheet), "无" (none), empty (unknown).
inline constexpr std::string_view k_list_yes = "有";
inline constexpr std::string_view k_list_no = "无";

// One value cell: a row of the facts sheet, or a column of a list sheet.
struct WorkbookField {
  std::string path;    // the facts sheet: the fact path; a list sheet: below the entry ("name", "a.b")
  std::string header;  // a list sheet's column header; the facts sheet's 名称
  const FactSpec* spec = nullptr;
  int list_sheet = -1;  // a list of records: the index of its sheet; the cell holds 有/无
};

struct ListSheet {
  std::string name;          // the sheet's name (the list's label, unique)
  std::string path;          // "staff", "staff[].trainings", for messages and the guide
  const FactSpec* list = nullptr;
  int parent = -1;           // the parent entry's sheet, or -1 (the list's 有/无 is in the facts sheet)
  std::string field;         // where the list sits: a fact path (parent -1) or a path below the parent entry
  std::string parent_header; // parent > -1: the column naming the parent entry ("工作人员姓名")
  std::size_t parent_key = 0;  // parent > -1: the parent sheet's column whose text names an entry
  std::vector<WorkbookField> columns;
};

struct WorkbookLayout {
  std::vector<WorkbookField> facts;  // the facts sheet's rows, in schema order
  std::vector<ListSheet> lists;      // parents before their nested lists
};

// The layout of a facts schema (the rubric's `facts:` record). Lists of
// scalars are one cell ("a、b、c"); lists of lists are left out.
WorkbookLayout workbook_layout(const FactSpec& facts);

// A valid sheet name: at most 31 characters, each of []:*?/\ as "_".
std::string sheet_name(std::string_view text);

// Splits a list-of-scalars cell at 、,，;； and line breaks, trimming blanks.
std::vector<std::string> split_list_cell(std::string_view text);

}  // namespace shifan::detail

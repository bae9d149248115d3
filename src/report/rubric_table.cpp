#include "rubric_table.h"

#include <fmt/format.h>

#include <algorithm>

#include "json_writer.h"
#include "summary.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

std::string grades_text(const Rubric& rubric) {
  std::vector<std::string> grades;
  for (const Grade& grade : rubric.grades) {
    grades.push_back(fmt::format("{} ≥ {}{}", grade.name, grade.min.str(), grade.when ? " 且 " + grade.when->text : ""));
  }
  return fmt::format("{}", fmt::join(grades, ", "));
}

std::string trimmed(std::string line) {
  return trim_end(std::move(line)) + "\n";
}

// A Markdown table cell: no line breaks, pipes escaped.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
  }
  return out;
}

// The readings under a Markdown table: "解读:" and one bullet per entry with
// a note (what the rule takes the text to mean, what it does not check).
template <typename Entry>
std::string notes_list(const std::vector<Entry>& entries) {
  std::string out;
  for (const Entry& entry : entries) {
    if (!entry.note.empty()) {
      out += fmt::format("- **{}**: {}\n", entry.id, cell(entry.note));
    }
  }
  return out.empty() ? out : "\n解读:\n\n" + out;
}

}  // namespace

std::string rubric_text(const Rubric& rubric) {
  std::size_t short_width = 10;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      short_width = std::max(short_width, static_cast<std::size_t>(display_width(item.short_text)) + 2);
    }
  }
  std::string out = fmt::format("{} ({})\n", rubric.title, rubric.id);
  if (!rubric.source_document.empty()) {
    out += fmt::format("来源: {}\n", rubric.source_document);
  }
  out += fmt::format("满分 {}, {} {} ({})\n", rubric.total.str(), rubric.wording.pass_mark, rubric.pass_mark().str(),
                     grades_text(rubric));
  for (const Category& category : rubric.categories) {
    out += fmt::format("\n{} {} ({})\n", category.id, category.title, category_points(category));
    out += trimmed("  " + pad("编号", 6) + pad("项目", short_width) + pad("分值", 6) + "类型");
    for (const Item& item : category.items) {
      out += trimmed("  " + pad(item.id, 6) + pad(item.short_text, short_width) + pad(item.points.str(), 6) +
                     enum_label(item.kind()));
    }
  }
  if (!rubric.vetoes.empty()) {
    out += fmt::format("\n一票否决 (任一触发即{})\n", rubric.wording.not_eligible);
    for (const Veto& veto : rubric.vetoes) {
      out += trimmed("  " + pad(veto.id, 6) + veto.text);
    }
  }
  return out;
}

std::string rubric_json(const Rubric& rubric) {
  JsonWriter out;
  out.begin_object().key("id").string(rubric.id).key("title").string(rubric.title);
  out.key("total").number(rubric.total).key("pass_mark").number(rubric.pass_mark());
  out.key("grades").begin_array();
  for (const Grade& grade : rubric.grades) {
    out.begin_object().key("name").string(grade.name).key("min").number(grade.min);
    if (grade.when) {
      out.key("when").string(grade.when->text);
    }
    out.end_object();
  }
  out.end_array().key("categories").begin_array();
  for (const Category& category : rubric.categories) {
    out.begin_object().key("id").string(category.id).key("title").string(category.title);
    if (rubric.has_bonus_or_deduction()) {
      out.key("kind").string(enum_name(category.kind));
    }
    out.key("points").number(category.points).key("items").begin_array();
    for (const Item& item : category.items) {
      out.begin_object().key("id").string(item.id).key("short").string(item.short_text);
      out.key("text").string(item.text).key("points").number(item.points);
      out.key("kind").string(enum_name(item.kind()));
      if (!item.note.empty()) {
        out.key("note").string(item.note);
      }
      out.end_object();
    }
    out.end_array().end_object();
  }
  out.end_array().key("vetoes").begin_array();
  for (const Veto& veto : rubric.vetoes) {
    out.begin_object().key("id").string(veto.id).key("text").string(veto.text);
    if (!veto.note.empty()) {
      out.key("note").string(veto.note);
    }
    out.end_object();
  }
  out.end_array().end_object();
  return out.str() + "\n";
}

std::string rubric_markdown(const Rubric& rubric) {
  std::string out = fmt::format("# {} ({})\n\n", rubric.title, rubric.id);
  if (!rubric.source_document.empty()) {
    out += fmt::format("来源: {}. ", rubric.source_document);
  }
  out += fmt::format("满分 {}, {} {} ({}).\n", rubric.total.str(), rubric.wording.pass_mark, rubric.pass_mark().str(),
                     grades_text(rubric));
  for (const Category& category : rubric.categories) {
    out += fmt::format("\n## {} {} ({})\n\n", category.id, category.title, category_points(category));
    out += "| 编号 | 项目 | 分值 | 类型 | 原文 |\n|---|---|---|---|---|\n";
    for (const Item& item : category.items) {
      out += fmt::format("| {} | {} | {} | {} | {} |\n", item.id, cell(item.short_text), item.points.str(),
                         enum_label(item.kind()), cell(item.text));
    }
    out += notes_list(category.items);
  }
  if (!rubric.vetoes.empty()) {
    out += "\n## 一票否决\n\n| 编号 | 内容 |\n|---|---|\n";
    for (const Veto& veto : rubric.vetoes) {
      out += fmt::format("| {} | {} |\n", veto.id, cell(veto.text));
    }
    out += notes_list(rubric.vetoes);
  }
  return out;
}

std::string rubric_ids(const Rubric& rubric) {
  std::string out;
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      out += item.id + '\n';
    }
  }
  for (const Veto& veto : rubric.vetoes) {
    out += veto.id + '\n';
  }
  return out;
}

}  // namespace shifan::detail

// `shifan diff --format json|markdown` (the text is render_diff_text.cpp).
#include "render_diff.h"

#include <fmt/format.h>

#include "diff_words.h"
#include "json_writer.h"
#include "render_markdown.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

void side(JsonWriter& out, const char* name, const Snapshot* snapshot) {
  out.key(name);
  if (snapshot == nullptr) {
    out.null();
    return;
  }
  out.begin_object().key("file").string(snapshot->file);
  out.key("total_low").number(snapshot->total_low).key("total_high").number(snapshot->total_high);
  out.key("verdict").string(snapshot->verdict).end_object();
}

void entry_side(JsonWriter& out, const char* name, const SnapshotEntry& entry, bool veto) {
  out.key(name).begin_object();
  if (!veto) {
    out.key("score").string(entry.score);
  }
  out.key("status").string(entry.status).key("reason").string(entry.reason).end_object();
}

void entries(JsonWriter& out, const char* name, const std::vector<EntryChange>& changes, bool veto) {
  out.key(name).begin_array();
  for (const EntryChange& change : changes) {
    out.begin_object().key("id").string(change.after.id);
    entry_side(out, "before", change.before, veto);
    entry_side(out, "after", change.after, veto);
    out.end_object();
  }
  out.end_array();
}

std::vector<std::vector<std::string>> entry_rows(const std::vector<EntryChange>& changes, bool veto) {
  std::vector<std::vector<std::string>> rows;
  for (const EntryChange& change : changes) {
    std::vector<std::string> row{change.after.id, change.after.text};
    if (!veto) {
      row.push_back(change.before.score + " → " + change.after.score);
    }
    row.push_back(status_text(change.before.status, veto) + " → " + status_text(change.after.status, veto));
    row.push_back(change.before.reason);
    row.push_back(change.after.reason);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string markdown_station(const StationDiff& diff) {
  std::string out = fmt::format("\n## {}\n\n", markdown_cell(station_name(diff)));
  out += fmt::format("- 文件: `{}` → `{}`\n", diff.before->file, diff.after->file);
  out += fmt::format("- 总分: {}\n", total_change(*diff.before, *diff.after));
  out += fmt::format("- 结论: {} → {}{}\n", verdict_label(diff.before->verdict), verdict_label(diff.after->verdict),
                     diff.verdict_changed() ? " (**结论改变**)" : "");
  if (!diff.items.empty()) {
    out += "\n### 评分项\n\n" + markdown_table({"编号", "项目", "得分", "状态", "原说明", "现说明"},
                                               {false, false, false, false, false, false}, entry_rows(diff.items, false));
  }
  if (!diff.vetoes.empty()) {
    out += "\n### 一票否决\n\n" + markdown_table({"编号", "内容", "状态", "原说明", "现说明"},
                                                 {false, false, false, false, false}, entry_rows(diff.vetoes, true));
  }
  if (!diff.facts.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const FactChange& change : diff.facts) {
      rows.push_back({change.path, change.label, change.before, change.after});
    }
    out += "\n### 事实\n\n" + markdown_table({"路径", "名称", "原值", "现值"}, {false, false, false, false}, rows);
  }
  return out;
}

}  // namespace

std::string render_diff_json(const DiffSides& sides, const std::vector<StationDiff>& diffs) {
  JsonWriter out;
  out.begin_object().key("before").string(sides.before).key("after").string(sides.after);
  out.key("stations").begin_array();
  for (const StationDiff& diff : diffs) {
    out.begin_object().key("name").string(station_name(diff));
    side(out, "before", diff.before);
    side(out, "after", diff.after);
    out.key("verdict_changed").boolean(diff.verdict_changed());
    entries(out, "items", diff.items, false);
    entries(out, "vetoes", diff.vetoes, true);
    out.key("facts").begin_array();
    for (const FactChange& change : diff.facts) {
      out.begin_object().key("path").string(change.path).key("label").string(change.label);
      out.key("before").string(change.before).key("after").string(change.after).end_object();
    }
    out.end_array().end_object();
  }
  DiffCounts counts = count_diffs(diffs);
  out.end_array().key("summary").begin_object();
  out.key("compared").number(Decimal::from_int(static_cast<std::int64_t>(counts.compared)));
  out.key("verdict_changed").number(Decimal::from_int(static_cast<std::int64_t>(counts.verdict_changed)));
  out.key("only_before").number(Decimal::from_int(static_cast<std::int64_t>(counts.only_before)));
  out.key("only_after").number(Decimal::from_int(static_cast<std::int64_t>(counts.only_after)));
  out.end_object().end_object();
  return out.str() + "\n";
}

std::string render_diff_markdown(const DiffSides& sides, const std::vector<StationDiff>& diffs) {
  std::string out = fmt::format("# 比较: `{}` → `{}`\n", sides.before, sides.after);
  std::vector<std::vector<std::string>> one_side;
  for (const StationDiff& diff : diffs) {
    if (diff.before != nullptr && diff.after != nullptr) {
      out += markdown_station(diff);
    } else {
      const Snapshot& present = diff.after != nullptr ? *diff.after : *diff.before;
      one_side.push_back({diff.after != nullptr ? "新" : "旧", station_name(diff), present.file,
                          verdict_label(present.verdict), score_range(present.total_low, present.total_high)});
    }
  }
  if (!one_side.empty()) {
    out += "\n## 仅在一侧\n\n" +
           markdown_table({"一侧", "司法所", "文件", "结论", "总分"}, {false, false, false, false, true}, one_side);
  }
  return out + "\n" + count_line(diffs) + "\n";
}

}  // namespace shifan::detail

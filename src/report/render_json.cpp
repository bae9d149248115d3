#include "json_writer.h"
#include "summary.h"
#include "stage_columns.h"
#include "shifan/render.h"

namespace shifan {

namespace {

using detail::JsonWriter;
using detail::total_parts;

void strings(JsonWriter& out, const char* name, const std::vector<std::string>& values) {
  out.key(name).begin_array();
  for (const std::string& value : values) {
    out.string(value);
  }
  out.end_array();
}

void station(JsonWriter& out, const Station& station) {
  out.key("station").begin_object();
  out.key("name").string_or_null(station.name);
  out.key("county").string_or_null(station.county);
  out.key("class").string_or_null(station.station_class);
  out.key("assessed_on").string_or_null(station.assessed_on);
  out.end_object();
}

void item(JsonWriter& out, const ItemResult& result) {
  const Item& item = *result.item;
  out.begin_object();
  out.key("id").string(item.id).key("category").string(item.category);
  out.key("short").string(item.short_text);
  out.key("points").number(item.points);
  if (result.status == ItemStatus::unknown) {
    out.key("score").null();
    out.key("score_low").number(result.low).key("score_high").number(result.high);
  } else {
    out.key("score").number(result.low);
  }
  out.key("kind").string(enum_name(item.kind()));
  out.key("status").string(status_name(result.status));
  out.key("reason").string(result.reason);
  if (!result.missing.empty()) {
    strings(out, "missing", result.missing);
  }
  out.end_object();
}

void veto(JsonWriter& out, const VetoResult& result) {
  out.begin_object();
  out.key("id").string(result.veto->id).key("text").string(result.veto->text);
  out.key("status").string(status_name(result.status));
  out.key("reason").string(result.reason);
  if (!result.missing.empty()) {
    strings(out, "missing", result.missing);
  }
  out.end_object();
}

// "parts": base, bonus and deduction with their bounds, points and caps
// reached; only for a rubric with bonus or deduction categories.
void parts(JsonWriter& out, const ScoreResult& result) {
  out.key("parts").begin_object();
  for (const auto& [kind, part] : total_parts(result)) {
    out.key(enum_name(kind)).begin_object();
    out.key("points").number(result.rubric->points(kind));
    out.key("score").number(part.low).key("score_high").number(part.high);
    out.key("cap_reached").boolean(part.cap_reached);
    out.end_object();
  }
  out.end_object();
}

void claimed_scores(JsonWriter& out, const std::vector<ClaimedScore>& scores) {
  out.key("scores").begin_object();
  for (const ClaimedScore& claimed : scores) {
    out.key(claimed.item).number(claimed.score);
  }
  out.end_object();
}

// The station file's warnings (docs/score-json.md), when there are any.
void warnings(JsonWriter& out, const Diagnostics& warnings) {
  if (warnings.empty()) {
    return;
  }
  out.key("warnings").begin_array();
  for (const Diagnostic& warning : warnings) {
    out.begin_object();
    if (warning.sheet > 0) {
      out.key("sheet").string(warning.sheet_name);
    }
    out.key("line").number(Decimal::from_hundredths(warning.line * 100));
    out.key("column").number(Decimal::from_hundredths(warning.column * 100));
    out.key("message").string(warning.message).end_object();
  }
  out.end_array();
}

// Each stage's scores and the items they differ on; only for a station with
// later stages (or scored with --stage).
void stages(JsonWriter& out, const ScoreResult& result) {
  const Station& station = *result.station;
  out.key("as_of").string(enum_name(station.as_of));
  out.key("stages").begin_array();
  out.begin_object().key("stage").string(enum_name(Stage::self));
  out.key("by").null().key("on").null();
  claimed_scores(out, station.scores);
  out.end_object();
  for (const StageScores& later : station.later_stages) {
    out.begin_object().key("stage").string(enum_name(later.stage));
    out.key("by").string(later.by).key("on").string(later.on);
    claimed_scores(out, later.scores);
    out.end_object();
  }
  out.end_array().key("stage_differences").begin_array();
  for (const StageDifference& difference : result.stage_differences) {
    out.begin_object().key("item").string(difference.item->id);
    out.key("scores").begin_object();
    for (const StageScore& score : difference.scores) {
      out.key(enum_name(score.stage)).number(score.score);
    }
    out.end_object().key("change").number(difference.change).end_object();
  }
  out.end_array();
}

}  // namespace

std::string render_json(const ScoreResult& result) {
  const Rubric& rubric = *result.rubric;
  JsonWriter out;
  out.begin_object();
  out.key("file").string(result.station->file);
  station(out, *result.station);
  out.key("rubric").begin_object().key("id").string(rubric.id);
  out.key("title").string(rubric.title).end_object();
  out.key("pass_mark").number(rubric.pass_mark());
  out.key("total").number(result.total_low);
  out.key("total_low").number(result.total_low);
  out.key("total_high").number(result.total_high);
  bool breakdown = rubric.has_bonus_or_deduction();
  if (breakdown) {
    parts(out, result);
  }
  out.key("verdict").string(verdict_name(result.verdict));
  out.key("grade").string_or_null(result.grade.value_or(""));
  out.key("categories").begin_array();
  for (const CategoryResult& category : result.categories) {
    out.begin_object().key("id").string(category.category->id);
    out.key("title").string(category.category->title);
    if (breakdown) {
      out.key("kind").string(enum_name(category.category->kind));
    }
    out.key("points").number(category.category->points);
    out.key("score").number(category.low).key("score_high").number(category.high);
    if (breakdown && category.category->kind != CategoryKind::base) {
      out.key("cap_reached").boolean(category.cap_reached);
    }
    out.end_object();
  }
  out.end_array().key("items").begin_array();
  for (const ItemResult& result_item : result.items) {
    item(out, result_item);
  }
  out.end_array().key("vetoes").begin_array();
  for (const VetoResult& result_veto : result.vetoes) {
    veto(out, result_veto);
  }
  bool with_stages = !detail::stages_line(*result.station).empty();
  out.end_array().key("discrepancies").begin_array();
  for (const Discrepancy& discrepancy : result.discrepancies) {
    out.begin_object().key("item").string(discrepancy.item);
    out.key("claimed").number(discrepancy.claimed).key("computed").number(discrepancy.computed);
    if (with_stages) {
      out.key("stage").string(enum_name(discrepancy.stage));
    }
    out.end_object();
  }
  out.end_array();
  warnings(out, result.station->warnings);
  if (with_stages) {
    stages(out, result);
  }
  out.end_object();
  return out.str() + "\n";
}

}  // namespace shifan

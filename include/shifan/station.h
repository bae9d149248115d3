// A station's facts, validated against a rubric's facts schema.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/enum_table.h"
#include "shifan/rubric.h"
#include "shifan/value.h"

namespace shifan {

// A score the station file gives for an item (scores.<id>).
struct ClaimedScore {
  std::string item;
  Decimal score;
  Mark mark;
};

// The assessment stages, in order: the station's own scores (自评, `scores:`),
// the county's review (复评, `review:`), the acceptance (验收, `acceptance:`).
enum class Stage { self, review, acceptance };

template <>
struct EnumTable<Stage> {
  static constexpr std::array<EnumName<Stage>, 3> entries = {{
      {Stage::self, "self", "自评"},
      {Stage::review, "review", "复评"},
      {Stage::acceptance, "acceptance", "验收"},
  }};
};
static_assert(lists_every_value<Stage>());

// A later stage's scores with who gave them and when (`review: {by, on, scores}`).
struct StageScores {
  Stage stage = Stage::review;
  std::string by;  // 泾县司法局
  std::string on;  // YYYY-MM-DD, not before the assessment date
  std::vector<ClaimedScore> scores;  // in file order
};

struct Station {
  std::string file;
  // The station's top-level facts as expression variables, in schema order:
  // every declared top-level fact is present; what the file leaves out or
  // leaves empty is Value::unknown(path) ("management.vertical_management",
  // "staff[2].sanctions"), recursively inside records and list entries.
  std::vector<std::pair<std::string, Value>> facts;
  std::vector<ClaimedScore> scores;  // the station's own (自评), in file order
  std::vector<StageScores> later_stages;  // 复评, 验收 as the file gives them, in stage order
  Stage as_of = Stage::acceptance;        // --stage: the last stage scored (later ones dropped)
  // Station identity for reports (the facts Rubric::identity names), as
  // written ("" when absent or not declared).
  std::string name;
  std::string county;
  std::string station_class;
  std::string assessed_on;
  std::shared_ptr<const Source> source;
  Diagnostics warnings;  // Severity::warning, in file order (LoadedStation::warnings)
};

struct LoadedStation {
  std::optional<Station> station;  // set only when diagnostics is empty
  Diagnostics diagnostics;         // errors
  // Values allowed but likely slips (a name the rubric does not list, a
  // percentage written as a fraction), in file order; they make no file invalid.
  Diagnostics warnings;
};

// A score for an item and the stage that gave it.
struct StageScore {
  Stage stage = Stage::self;
  Decimal score;
};

// Every stage's score for `item`, earliest first (self, then later_stages);
// empty when no stage scores it. The last one is the one that counts.
std::vector<StageScore> stage_scores(const Station& station, std::string_view item);

// Drops the stages after `stage` (`--stage`): the station as of that stage.
void keep_stages_until(Station& station, Stage stage);

// Validates a read station document against the rubric (station-facts.md):
// unknown keys with a did-you-mean, types, ranges, enums, consistency rules,
// dates after the assessment date, scores above an item's points or for an
// unknown item. Reports every problem, each at its value's position. The
// station's values borrow the rubric's field names: the rubric must outlive it.
LoadedStation load_station(const Document& document, const Rubric& rubric);

// A station file's bytes as a document: a workbook (.xlsx, known by its first
// bytes) laid out by the rubric's facts schema (docs/station-facts.md), each
// value at its cell; anything else is YAML or JSON (read_document). Never
// throws for bad content: an old .xls, a password, a hostile archive or a
// missing sheet is a diagnostic.
Document read_station_document(std::string name, std::string bytes, const Rubric& rubric,
                               const ReadLimits& limits = {});

}  // namespace shifan

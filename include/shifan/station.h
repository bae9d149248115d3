// A station's facts, validated against a rubric's facts schema.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/rubric.h"
#include "shifan/value.h"

namespace shifan {

// A score the station file gives for an item (scores.<id>).
struct ClaimedScore {
  std::string item;
  Decimal score;
  Mark mark;
};

struct Station {
  std::string file;
  // The station's top-level facts as expression variables, in schema order:
  // every declared top-level fact is present; what the file leaves out or
  // leaves empty is Value::unknown(path) ("management.vertical_management",
  // "staff[2].sanctions"), recursively inside records and list entries.
  std::vector<std::pair<std::string, Value>> facts;
  std::vector<ClaimedScore> scores;  // in file order
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

// Validates a read station document against the rubric (station-facts.md):
// unknown keys with a did-you-mean, types, ranges, enums, consistency rules,
// dates after the assessment date, scores above an item's points or for an
// unknown item. Reports every problem, each at its value's position.
LoadedStation load_station(const Document& document, const Rubric& rubric);

// A station file's bytes as a document: a workbook (.xlsx, known by its first
// bytes) laid out by the rubric's facts schema (docs/station-facts.md), each
// value at its cell; anything else is YAML or JSON (read_document). Never
// throws for bad content: an old .xls, a password, a hostile archive or a
// missing sheet is a diagnostic.
Document read_station_document(std::string name, std::string bytes, const Rubric& rubric,
                               const ReadLimits& limits = {});

}  // namespace shifan

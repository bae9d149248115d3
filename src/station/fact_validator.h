// Checks station-file values against a rubric's facts schema (FactSpec) and
// turns them into expression values (station-facts.md, rubric-format.md).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fact_path.h"
#include "path_trail.h"
#include "shifan/date.h"
#include "shifan/decimal.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/rubric.h"
#include "shifan/value.h"

namespace shifan::detail {

using Facts = std::vector<std::pair<std::string, Value>>;

// A date the file gives, where it is written (for the assessment-date rule).
struct DatedFact {
  Date date;
  Mark mark;
};

struct FactContext {
  const Source& source;
  Diagnostics& diagnostics;
  std::vector<DatedFact> dates;  // every valid date read, in file order
  const FactSpec* facts = nullptr;  // the schema's top level, to name paths for people
  const Node* root = nullptr;       // the station file's tree, for the people's names
  Diagnostics warnings = {};        // Severity::warning: they make no file invalid

  void report(Mark mark, std::string message);
  void warn(Mark mark, std::string message);
  // `path` as messages show it (for_people): "staff[2].name (第 3 名工作人员 王某某 的
  // 姓名)"; just the path without `facts` and `root`.
  std::string for_people(const FactPath& path) const;
  std::string for_people(const PathTrail& path) const { return for_people(path.path()); }
};

// True for an absent node (nullptr), a null, or an empty scalar ("").
// Inline: asked of every field of every record.
inline bool is_empty(const Node* node) {
  return node == nullptr || node->kind == Node::Kind::null ||
         (node->kind == Node::Kind::scalar && node->text.empty());
}

// The fact `node` (nullptr: absent) checked against `spec`. Absent or empty
// gives Value::unknown(path) without a diagnostic (callers check `required`);
// an invalid value gives unknown(path) and a diagnostic.
Value validate_fact(const Node* node, const FactSpec& spec, const PathTrail& path,
                    FactContext& context);

// A record's fields from `mapping` in schema order, keyed by name (the
// schema's key, borrowed, when the loader made one): absent optional fields
// are unknown(path), absent one_of fields are left out. Reports unknown keys
// (except `reserved` ones), missing required fields, one_of and at_most.
MapEntries validate_fields(const Node& mapping, const FactSpec& spec, const PathTrail& path,
                            FactContext& context, std::span<const std::string_view> reserved = {});

// bool, int, number, string, enum, date (a present, non-empty scalar node).
Value validate_scalar(const Node& node, const FactSpec& spec, const PathTrail& path,
                      FactContext& context);

// A string list's entry that is several of the spec's expected values run
// together with Chinese punctuation (所长室，档案室) is an error; true when
// reported.
bool check_joined_entry(const Node& node, const FactSpec& spec, FactContext& context);

// unique_by: no two entries of a list of records with the same value of that field.
void check_unique(const Node& list, const FactSpec& spec, FactContext& context);

// at_most: each field not above the sibling it names, reported at the field.
void check_at_most(const Node& mapping, const FactSpec& spec, const MapEntries& fields,
                   FactContext& context);

// What find_value(facts, FactPath::of(path)) gives, for `path` written as a
// rubric writes it ("station.name"); without building the FactPath when the
// path is field names only, as identity paths are. nullptr for "".
const Value* value_at(const Facts& facts, std::string_view path);

// No date in context.dates later than the date at `assessed_on` (a fact path
// such as "station.assessed_on"); nothing when that date is unknown.
void check_dates(const Facts& facts, const FactPath& assessed_on, FactContext& context);


}  // namespace shifan::detail

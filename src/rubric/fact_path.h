// FactPath: the one way to name a place in a station file ("staff[2].trainings",
// "station.name", "scores.A1"): parse, print, resolve against the facts
// schema, and walk a station's values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/document.h"
#include "shifan/rubric.h"
#include "shifan/value.h"

namespace shifan::detail {

// One step of a fact path: a record field (`.name`) or a list entry (`[index]`).
struct FactStep {
  std::string name;  // empty for a list entry
  std::size_t index = 0;
  bool is_index() const { return name.empty(); }
};

// A path from the station file's top level. Holds its text, so building one
// while walking a file costs what building the string would.
class FactPath {
 public:
  // The top level itself (no step; prints as "").
  FactPath() = default;
  // Parses "a.b[2].c": names of letters, digits, `_` or non-ASCII, indices of
  // digits; nullopt when malformed (empty, a leading index, `a..b`, `a[x]`).
  static std::optional<FactPath> parse(std::string_view text);
  // A path this program wrote itself (an unknown value's, a rule's field
  // path, a rubric's `assessed_on`), taken as it is: not checked.
  static FactPath of(std::string text) { return FactPath(std::move(text)); }
  // "scores.<id>": the score a station file gives for item `id`.
  static FactPath score(std::string_view item_id);

  // This path and one more step.
  FactPath field(std::string_view name) const;
  FactPath index(std::size_t index) const;

  // For JSON and machines, and for parsing back: "staff[2].trainings".
  const std::string& str() const { return m_text; }
  bool empty() const { return m_text.empty(); }
  std::vector<FactStep> steps() const;
  // The item id of a "scores.<id>" path; nullopt for any other path.
  std::optional<std::string> scored_item() const;

  friend bool operator==(const FactPath&, const FactPath&) = default;

 private:
  explicit FactPath(std::string text) : m_text(std::move(text)) {}
  std::string m_text;
};

// How a field step meets a list: `explicit_` needs an index step first (a
// station path, "staff[2].name"); `implicit` steps into the entries by itself
// (a schema path as rules read it, "staff.name").
enum class ListSteps { explicit_, implicit };

// What a path names in a rubric's station file: a fact, or an item's score.
struct ResolvedPath {
  const FactSpec* spec = nullptr;  // the fact's spec; nullptr for a score or a problem
  std::vector<const FactSpec*> trail;  // the spec at each step, `spec` last (a fact only)
  std::optional<std::string> scored_item;  // "A1" for "scores.A1" (the item is not looked up)
  // Why the path names nothing, in words for a message: "未知的事实 'x' (...)",
  // "'staff' 不是记录, 不能取 'name'"; "" when it names a fact or a score.
  std::string problem;
};

// Resolves `path` against a facts schema (a rubric's `facts`, the station
// file's top level), `scores.<id>` too. Never throws; the top level itself
// resolves to a problem.
ResolvedPath resolve(const FactSpec& facts, const FactPath& path, ListSteps lists = ListSteps::explicit_);

// The spec of the fact at `path`, or nullptr when the schema doesn't declare it.
const FactSpec* find_spec(const FactSpec& facts, const FactPath& path, ListSteps lists = ListSteps::explicit_);

// The fact's label ("staff[2].sanctions" and "staff.sanctions" alike → 党纪、
// 政纪处分或刑事处罚), "C5 评分" for "scores.C5", or "" when the schema has none.
std::string path_label(const Rubric& rubric, const FactPath& path);

// A station's top-level facts, as load_station gives them.
using FactValues = std::vector<std::pair<std::string, Value>>;

// The value at `path` (fields of maps, entries of lists), or nullptr when the
// station has nothing there.
const Value* find_value(const FactValues& facts, const FactPath& path);

// For people, the one way a message, report or list shows a fact path: the
// path with what it means, naming each list entry on the way by its place
// (counting from 1) and, where the list declares `named_by`, by that field:
// "staff[2] (第 3 名工作人员 王某某)", "staff[2].trainings (第 3 名工作人员 王某某
// 的 业务培训)", "evaluation.satisfaction_percent (群众满意度(%))", "scores.C5
// (C5 评分)"; a schema path ("staff.name") gets its label; just the path when
// there is nothing to say. `facts` may be nullptr (no names then).
std::string for_people(const Rubric& rubric, const FactPath& path, const FactValues* facts);

// The same while a station file is read: names come from its tree `root`
// (the text of each entry's `named_by` scalar), paths resolve in `facts`.
std::string for_people(const FactSpec& facts, const FactPath& path, const Node& root);

}  // namespace shifan::detail

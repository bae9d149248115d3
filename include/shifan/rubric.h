// The rubric model: facts schema, items, vetoes and grades, as loaded from a
// rubric file (docs/rubric-format.md) with every expression compiled.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/value.h"

namespace shifan {

class Program;

// An expression as written in the rubric file, where, and compiled.
struct Rule {
  std::string text;
  Mark mark;
  std::shared_ptr<const Program> program;
};

// A reason template: literal text with `{expr}` holes, in order
// (pieces.size() == holes.size() + 1).
struct Template {
  std::vector<std::string> pieces;
  std::vector<Rule> holes;
};

// Templates by outcome name ("met", "unmet", "unknown", "triggered", ...);
// the entry "" applies to every outcome without its own.
using Reasons = std::vector<std::pair<std::string, Template>>;

enum class FactType { record, list, boolean, integer, number, string, enumeration, date };

struct FactSpec {
  FactType type = FactType::string;
  std::string label;
  bool required = false;
  std::vector<std::pair<std::string, FactSpec>> fields;  // record
  std::vector<std::string> one_of;                        // record
  std::shared_ptr<const FactSpec> items;                  // list
  std::vector<std::string> values;                        // enum
  std::optional<Decimal> min;                             // int, number
  std::optional<Decimal> max;
  std::string at_most;  // sibling field name, or empty
  bool positive = false;
  Decimal step = Decimal::from_hundredths(1);  // number
  int digits = 0;                              // int: exact digit count, 0 = any
  std::string note;
  Mark mark;

  // A record's field spec by name, or nullptr.
  const FactSpec* field(std::string_view name) const;

  // Defined out of line: clang 14 with libstdc++ 12 cannot otherwise
  // instantiate `std::pair<std::string, FactSpec>` inside FactSpec.
  FactSpec();
  FactSpec(const FactSpec& other);
  FactSpec(FactSpec&& other) noexcept;
  FactSpec& operator=(const FactSpec& other);
  FactSpec& operator=(FactSpec&& other) noexcept;
  ~FactSpec();
};

// The kind of an item as named in a rubric file (`kind:`); Item::kind()
// derives it from the item's rules.
enum class ItemKind { assessed, computed, gated, tiers, parts };

struct Tier {
  Rule when;
  Decimal score;
};

struct Part {
  Rule when;
  Decimal points;
  std::string text;
};

struct NotApplicable {
  Rule when;
  Decimal score;
};

// The scoring rules of each kind of item, with only that kind's fields.
// The assessor's score, scores.<id>, unknown until given.
struct Assessed {};
// Computed by a condition: the item's points when `when` holds, else 0.
struct ComputedWhen {
  Rule when;
};
// Computed by a number: `score` clamped to [0, points].
struct ComputedScore {
  Rule score;
};
// The assessor's score when `gate` holds, else 0.
struct Gated {
  Rule gate;
};
// The score of the first tier whose condition holds, else 0.
struct TierList {
  std::vector<Tier> tiers;
};
// The sum of the points of the parts whose condition holds.
struct PartList {
  std::vector<Part> parts;
};

// One item's scoring rules; a std::visit with detail::Overloaded
// (overloaded.h) fails to compile where a kind is not handled.
using ItemRules = std::variant<Assessed, ComputedWhen, ComputedScore, Gated, TierList, PartList>;

struct Item {
  std::string id;
  std::string category;  // the category's id
  std::string short_text;
  std::string text;
  Decimal points;
  ItemRules rules;  // Assessed while the rubric has errors
  std::optional<NotApplicable> not_applicable;  // any kind
  Reasons reasons;
  std::string note;
  Mark mark;

  // The kind of `rules`.
  ItemKind kind() const;
  // True when the station file's scores.<id> is the assessor's judgement
  // (assessed and gated items), false when it is only a self-claimed score.
  bool judged() const;
};

struct Category {
  std::string id;
  std::string title;
  Decimal points;
  std::vector<Item> items;
  Mark mark;
};

struct Veto {
  std::string id;
  std::string text;
  Rule when;  // triggered when true
  Reasons reasons;
  std::string note;
  Mark mark;
};

struct Grade {
  std::string name;
  Decimal min;
};

struct Let {
  std::string name;
  Rule rule;
};

struct Rubric {
  std::string id;
  std::string title;
  std::string source_document;
  std::string version;
  std::string note;
  Decimal total;
  std::string assessed_on;    // fact path of the assessment date, e.g. "station.assessed_on"
  std::vector<Grade> grades;  // highest first; grades.front().min is the pass mark
  FactSpec facts;             // a record: the station file's top level
  std::vector<std::pair<std::string, Value>> constants;
  std::vector<Let> lets;
  std::vector<Category> categories;
  std::vector<Veto> vetoes;
  std::shared_ptr<const Source> source;

  Decimal pass_mark() const { return grades.front().min; }
  // An item by id, or nullptr.
  const Item* find_item(std::string_view id) const;
};

struct LoadedRubric {
  std::optional<Rubric> rubric;  // set only when diagnostics is empty
  Diagnostics diagnostics;
};

// Builds and checks a rubric from a read document; reports every problem.
LoadedRubric load_rubric(const Document& document);

// The rubric compiled into the binary (rubric/anhui-2024.yaml).
LoadedRubric load_default_rubric();

}  // namespace shifan

// The rubric model: facts schema, items, vetoes and grades, as loaded from a
// rubric file (docs/rubric-format.md) with every expression compiled.
#pragma once

#include <array>
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
#include "shifan/enum_table.h"
#include "shifan/outcome.h"
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

// Reason templates by outcome (ItemStatus for items, VetoStatus for vetoes);
// the entry without an outcome applies to every outcome without its own.
template <typename Outcome>
using Reasons = std::vector<std::pair<std::optional<Outcome>, Template>>;

// The template for `outcome`: its own, else the first without an outcome,
// else nullptr.
template <typename Outcome>
const Template* find_reason(const Reasons<Outcome>& reasons, Outcome outcome) {
  const Template* chosen = nullptr;
  for (const auto& [key, text] : reasons) {
    if (key == outcome || (!key && chosen == nullptr)) {
      chosen = &text;
    }
  }
  return chosen;
}

enum class FactType { record, list, boolean, integer, number, string, enumeration, date };

// The names are the `type:` of the facts schema.
template <>
struct EnumTable<FactType> {
  static constexpr std::array<EnumName<FactType>, 8> entries = {{
      {FactType::record, "record", "记录"},
      {FactType::list, "list", "列表"},
      {FactType::boolean, "bool", "是否"},
      {FactType::integer, "int", "整数"},
      {FactType::number, "number", "数"},
      {FactType::string, "string", "文字"},
      {FactType::enumeration, "enum", "枚举"},
      {FactType::date, "date", "日期"},
  }};
};
static_assert(lists_every_value<FactType>());

struct FactSpec {
  FactType type = FactType::string;
  bool type_known = true;  // false after an unknown `type:`; rules then read the fact as dyn
  std::string label;
  bool required = false;
  std::vector<std::pair<std::string, FactSpec>> fields;  // record
  std::vector<std::string> one_of;                        // record
  std::shared_ptr<const FactSpec> items;                  // list
  std::string named_by;  // list: the entries' string field that names each one, or empty
  std::string unique_by;  // list of records: a field no two entries may share, or empty
  std::vector<std::string> values;                        // enum
  std::vector<std::string> expected;  // string: the usual values; another one is a warning
  std::optional<Decimal> min;                             // int, number
  std::optional<Decimal> max;
  std::string at_most;  // sibling field name, or empty
  bool positive = false;
  Decimal step = Decimal::from_hundredths(1);  // number
  int digits = 0;                              // int: exact digit count, 0 = any
  std::string note;
  Mark mark;
  // A record field's name as an expression string, made once when the schema
  // is loaded so that every station's record shares it; null when not made.
  Value key;

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

// The names are an item's `kind:`; the labels are the rubric table's.
template <>
struct EnumTable<ItemKind> {
  static constexpr std::array<EnumName<ItemKind>, 5> entries = {{
      {ItemKind::assessed, "assessed", "评分"},
      {ItemKind::computed, "computed", "按事实计算"},
      {ItemKind::gated, "gated", "门槛+评分"},
      {ItemKind::tiers, "tiers", "分档计算"},
      {ItemKind::parts, "parts", "分项计算"},
  }};
};
static_assert(lists_every_value<ItemKind>());

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

// What a category's score does to the total (`kind:`): base categories add
// up to `rubric.total`; a bonus or deduction category's points are a cap.
enum class CategoryKind { base, bonus, deduction };

// The names are a category's `kind:` and JSON's; the labels head the parts
// of the total in reports (基本分, 加分, 扣分).
template <>
struct EnumTable<CategoryKind> {
  static constexpr std::array<EnumName<CategoryKind>, 3> entries = {{
      {CategoryKind::base, "base", "基本分"},
      {CategoryKind::bonus, "bonus", "加分"},
      {CategoryKind::deduction, "deduction", "扣分"},
  }};
};
static_assert(lists_every_value<CategoryKind>());

struct Item {
  std::string id;
  std::string category;  // the category's id
  CategoryKind category_kind = CategoryKind::base;  // its category's kind
  std::string short_text;
  std::string text;
  Decimal points;
  ItemRules rules;  // Assessed while the rubric has errors
  std::optional<NotApplicable> not_applicable;  // any kind
  Reasons<ItemStatus> reasons;
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
  CategoryKind kind = CategoryKind::base;
  Decimal points;  // base: the category's points; bonus, deduction: the cap
  std::vector<Item> items;
  Mark mark;
};

struct Veto {
  std::string id;
  std::string text;
  Rule when;  // triggered when true
  Reasons<VetoStatus> reasons;
  std::string note;
  Mark mark;
};

struct Grade {
  std::string name;
  Decimal min;
  // `when`: a condition over `category.<id>` and `item.<id>` scores (both
  // double) that must hold besides `min`; nullopt when the grade has none.
  std::optional<Rule> when;
  Mark mark;  // the grade's `min`
};

// Which facts name a station in reports (`rubric.identity`): paths of string
// or enum facts outside lists ("station.name"), "" for one not declared.
struct Identity {
  std::string name;
  std::string county;
  std::string station_class;
};

// The rubric's own words (`rubric.wording`); the loader fills what the rubric
// leaves out with neutral words from its first grade ("达到 优秀").
struct Wording {
  std::string subject;       // what a station file describes ("司法所"): the name column's heading
  std::string pass_mark;     // the first grade's minimum ("申报线")
  std::string eligible;      // "符合申报条件"
  std::string not_eligible;  // "不符合申报条件"
  std::string undetermined;  // "待定"
  std::string reviewer;      // who reviews a station in its county ("司法局"), "" for nobody named
  std::string head;          // who signs for a station ("所长")

  // The words for `verdict`.
  const std::string& verdict(Verdict verdict) const;
  std::string& verdict(Verdict verdict);
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
  Identity identity;
  Wording wording;
  std::vector<Grade> grades;  // highest first; grades.front().min is the pass mark
  FactSpec facts;             // a record: the station file's top level
  std::vector<std::pair<std::string, Value>> constants;
  std::vector<Let> lets;
  std::vector<Category> categories;
  std::vector<Veto> vetoes;
  std::shared_ptr<const Source> source;

  Decimal pass_mark() const { return grades.front().min; }
  // True when some category is a bonus or deduction one: reports then show
  // the parts of the total (基本分, 加分, 扣分).
  bool has_bonus_or_deduction() const;
  // The sum of the points of the categories of `kind` (for bonus and
  // deduction: of their caps).
  Decimal points(CategoryKind kind) const;
  // The highest total: `total` plus every bonus category's cap.
  Decimal highest_total() const { return total + points(CategoryKind::bonus); }
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

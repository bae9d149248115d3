// The expression language (a CEL subset, docs/expressions.md): compile once,
// evaluate many times against different facts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/diagnostic.h"
#include "shifan/value.h"

namespace shifan {

namespace detail {
struct AstNode;
struct TypeData;
}  // namespace detail

// Types known to the checker. dyn accepts anything.
class Type {
 public:
  enum class Kind : std::uint8_t {
    dyn, null_type, bool_type, int_type, uint_type, double_type, decimal_type, string_type,
    bytes_type, date_type, type_type, list_type, map_type, record,
  };

  Type() = default;  // dyn
  static Type dyn();
  static Type null_type();
  static Type boolean();
  static Type integer();
  static Type unsigned_integer();
  static Type real();
  // Exact decimals (docs/expressions.md): `number` facts, literals like 1.5.
  static Type decimal();
  static Type string();
  static Type bytes();
  static Type date();
  static Type type();
  static Type list(Type element);
  static Type map(Type key, Type value);
  // A map with string keys whose field names are known.
  static Type record(std::string name, std::vector<std::pair<std::string, Type>> fields);

  Kind kind() const { return m_kind; }
  bool is_dyn() const { return m_kind == Kind::dyn; }
  // Element of a list, key and value of a map (a record's key is string and
  // its value dyn); dyn for other kinds.
  Type element() const;
  Type key() const;
  Type value() const;
  const std::string& record_name() const;
  const std::vector<std::pair<std::string, Type>>& fields() const;
  // A record's field type; nullptr when the record has no such field.
  const Type* field(std::string_view name) const;

  // "int", "list(string)", "map(string, int)", a record's name.
  std::string to_string() const;
  friend bool operator==(const Type& a, const Type& b);

 private:
  Kind m_kind = Kind::dyn;
  std::shared_ptr<const detail::TypeData> m_data;
};

// The variables an expression may read. Names may contain dots ("a.b").
struct Environment {
  std::vector<std::pair<std::string, Type>> variables;
  // Skips the checker: unknown names and functions become run-time errors.
  bool unchecked = false;
  // Literals like 1.5 are doubles, as in CEL, instead of decimals (for the
  // CEL conformance tests, docs/expressions.md).
  bool double_literals = false;
  // Names not declared yet, each with why, which the "未知的变量" message
  // adds in brackets (a rubric's let defined further down).
  std::vector<std::pair<std::string, std::string>> undeclared_notes = {};
};

// A compiled expression: immutable; evaluate is const and thread-safe.
class Program {
 public:
  // Names of the top-level variables the expression references.
  std::vector<std::string> variables_read() const;
  // Field paths read below variables, e.g. "staff.full_time", also through
  // comprehension variables and the lists filter and map build (list levels
  // are not part of a path).
  const std::vector<std::string>& fields_read() const;

 private:
  friend struct ProgramAccess;
  // A variable the expression reads; the i-th binding fills slot i.
  struct Binding {
    std::uint32_t variable = 0;       // index into m_variables
    mutable std::uint32_t hint = 0;   // where the activation last held it (a cache)
  };
  std::shared_ptr<const detail::AstNode> m_root;
  std::vector<std::string> m_variables;  // the environment's variables
  std::vector<bool> m_read;              // variable i is referenced
  std::vector<Binding> m_bindings;
  std::vector<std::string> m_fields_read;
  int m_slot_count = 0;
};

struct Compiled {
  std::optional<Program> program;  // set when diagnostics hold no error
  Diagnostics diagnostics;         // file "<expr>", positions in the text
  Type result_type;
};

// Lexes, parses, checks, then folds constant subexpressions (cel_fold.h).
// Diagnostics have file "<expr>", 1-based line and column (code points)
// within the text and source_line set. Never throws.
Compiled compile(std::string_view text, const Environment& env);

// Values of variables, by name. A fact that is missing should be bound as
// Value::unknown(path); a variable never set evaluates to an error value.
class Activation {
 public:
  void set(std::string_view name, Value value);
  // Binds a name that is not set yet, which the caller knows (a station's
  // facts, constants and lets have distinct names): set() without its search.
  void add(std::string_view name, Value value);
  // Room for `count` names without reallocating.
  void reserve(std::size_t count) { m_values.reserve(count); }
  // nullptr when not set.
  const Value* get(std::string_view name) const;
  // The same; `hint` caches the entry's index between calls (for programs
  // that read the same variable from many similar activations).
  const Value* get(std::string_view name, std::uint32_t& hint) const;

 private:
  static constexpr std::size_t k_absent = static_cast<std::size_t>(-1);
  std::size_t index_of(std::string_view name) const;
  [[gnu::noinline]] const Value* find_and_hint(std::string_view name, std::uint32_t& hint) const;

  std::vector<std::pair<std::string, Value>> m_values;
};

// Evaluation limits (docs/expressions.md).
constexpr std::uint64_t k_max_evaluation_steps = 10'000'000;
constexpr std::size_t k_max_list_size = 1'000'000;
constexpr std::size_t k_max_string_bytes = 16 * 1024 * 1024;

// Evaluation steps (comprehension iterations, calls, elements built) that
// one or several evaluations draw from, e.g. every rule of one station.
class Budget {
 public:
  // `steps` other than the documented limit are for tests.
  explicit Budget(std::uint64_t steps = k_max_evaluation_steps) : m_limit(steps), m_left(steps) {}

  // False (and nothing is then left) when `steps` is more than is left.
  bool spend(std::uint64_t steps) {
    if (steps > m_left) {
      m_left = 0;
      return false;
    }
    m_left -= steps;
    return true;
  }
  // What is left to spend; 0 once a spend has failed.
  std::uint64_t steps_left() const { return m_left; }
  // The steps it started with (the error message names them).
  std::uint64_t limit() const { return m_limit; }

 private:
  std::uint64_t m_limit;
  std::uint64_t m_left;
};

// Errors (missing field, division by zero, limits) and unknowns are values;
// never throws. Steps come from `budget`; an evaluation that starts with
// none left is the error 求值步数超出上限.
Value evaluate(const Program& program, const Activation& vars, Budget& budget);
// The same with a budget of its own (k_max_evaluation_steps).
Value evaluate(const Program& program, const Activation& vars);

}  // namespace shifan

#include "cel_checker.h"
#include "suggest.h"

#include <algorithm>
#include <unordered_set>
#include <fmt/format.h>

#include "cel_builtins.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_type_names[] = {"int",  "uint",      "double", "decimal", "bool", "string",
                                             "bytes", "list", "map", "null_type", "type", "date"};

// A value's type and the field paths below variables it was read from
// ("staff.full_time"); for a list, the paths of its elements (paths skip
// list levels). Usually one path or none.
struct Info {
  Type type;
  std::vector<std::string> paths;
};

// Paths one value keeps at most: list literals and ?: join paths, and
// nested joins must not grow them exponentially.
constexpr std::size_t k_max_paths = 16;

void add_paths(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const std::string& path : from) {
    if (to.size() < k_max_paths && std::find(to.begin(), to.end(), path) == to.end()) {
      to.push_back(path);
    }
  }
}

struct ScopeVar {
  std::string name;
  int slot;
  Info element;
};

// " (是否想写 'x'?)" for the closest candidate, or empty.
std::string suggestion(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_distance = 3;
  for (std::string_view candidate : candidates) {
    std::size_t distance = edit_distance(name, candidate);
    if (distance < best_distance && distance < std::max<std::size_t>(name.size(), 2)) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best.empty() ? std::string() : fmt::format(" (是否想写 '{}'?)", best);
}

AstNode error_node(const AstNode& at, std::string message) {
  AstNode node;
  node.offset = at.offset;
  node.value = Value::error(std::move(message));
  return node;
}

class Checker {
 public:
  explicit Checker(const Environment& env) : m_env(env) {
    m_result.variables_read.assign(env.variables.size(), false);
    m_result.slot_count = static_cast<int>(env.variables.size());
  }

  CheckResult run(AstNode& root) {
    m_result.type = visit(root).type;
    return std::move(m_result);
  }

 private:
  // Reports a mistake; unchecked, it becomes a run-time error in `node`.
  void problem(AstNode& node, std::string message, bool replace = true) {
    if (!m_env.unchecked) {
      m_result.errors.push_back(ParseError{node.offset, std::move(message)});
    } else if (replace) {
      node = error_node(node, std::move(message));
    }
  }

  void type_problem(const AstNode& node, std::string message) {
    if (!m_env.unchecked) {
      m_result.errors.push_back(ParseError{node.offset, std::move(message)});
    }
  }

  void record_field(const std::string& path) {
    if (m_recorded.insert(path).second) {
      m_result.fields_read.push_back(path);
    }
  }

  const ScopeVar* scoped(std::string_view name) const {
    for (auto it = m_scope.rbegin(); it != m_scope.rend(); ++it) {
      if (it->name == name) {
        return &*it;
      }
    }
    return nullptr;
  }

  int declared(std::string_view name) const {
    for (std::size_t i = 0; i < m_env.variables.size(); ++i) {
      if (m_env.variables[i].first == name) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  // "a.b.c" for a chain of selects over an identifier, or empty.
  static std::string dotted_name(const AstNode& node) {
    if (node.kind == NodeKind::ident) {
      return node.name;
    }
    if (node.kind == NodeKind::select) {
      std::string prefix = dotted_name(node.children[0]);
      return prefix.empty() ? prefix : prefix + "." + node.name;
    }
    return {};
  }

  Info variable(AstNode& node, int index) {
    node.kind = NodeKind::ident;
    node.children.clear();
    node.slot = index;
    m_result.variables_read[static_cast<std::size_t>(index)] = true;
    const auto& [name, type] = m_env.variables[static_cast<std::size_t>(index)];
    return Info{type, {name}};
  }

  Info visit(AstNode& node) {
    switch (node.kind) {
      case NodeKind::constant: return Info{constant_type(node.value), {}};
      case NodeKind::ident: return ident(node);
      case NodeKind::select: return select(node);
      case NodeKind::has: {
        Info operand = visit(node.children[0]);
        field_type(node, operand, true);
        return Info{Type::boolean(), {}};
      }
      case NodeKind::call: return call(node);
      case NodeKind::list: return list(node);
      case NodeKind::map: return map(node);
      case NodeKind::logic_and:
      case NodeKind::logic_or: return logic(node);
      case NodeKind::conditional: return conditional(node);
      case NodeKind::comprehension: return comprehension(node);
    }
    return Info{};
  }

  static Type constant_type(const Value& value) {
    switch (value.kind()) {
      case Value::Kind::null_type: return Type::null_type();
      case Value::Kind::bool_type: return Type::boolean();
      case Value::Kind::int_type: return Type::integer();
      case Value::Kind::uint_type: return Type::unsigned_integer();
      case Value::Kind::double_type: return Type::real();
      case Value::Kind::decimal_type: return Type::decimal();
      case Value::Kind::string_type: return Type::string();
      case Value::Kind::bytes_type: return Type::bytes();
      case Value::Kind::type_type: return Type::type();
      case Value::Kind::date_type: return Type::date();
      default: return Type();
    }
  }

  Info ident(AstNode& node) {
    if (const ScopeVar* var = scoped(node.name)) {
      node.slot = var->slot;
      return var->element;
    }
    if (int index = declared(node.name); index >= 0) {
      return variable(node, index);
    }
    for (std::string_view type_name : k_type_names) {
      if (node.name == type_name) {
        node.kind = NodeKind::constant;
        node.value = Value::type(node.name);
        return Info{Type::type(), {}};
      }
    }
    for (const auto& [name, note] : m_env.undeclared_notes) {
      if (name == node.name) {
        problem(node, fmt::format("未知的变量 '{}' ({})", node.name, note));
        return Info{};
      }
    }
    std::vector<std::string_view> candidates;
    for (const auto& [name, type] : m_env.variables) {
      candidates.push_back(name);
    }
    for (const ScopeVar& var : m_scope) {
      candidates.push_back(var.name);
    }
    problem(node, fmt::format("未知的变量 '{}'{}", node.name, suggestion(node.name, candidates)));
    return Info{};
  }

  Info select(AstNode& node) {
    std::string dotted = dotted_name(node);
    if (!dotted.empty() && !scoped(std::string_view(dotted).substr(0, dotted.find('.')))) {
      if (int index = declared(dotted); index >= 0) {
        return variable(node, index);
      }
    }
    Info operand = visit(node.children[0]);
    return field_type(node, operand, false);
  }

  // The type of `operand.name` (node.name); reports unknown record fields.
  Info field_type(AstNode& node, const Info& operand, bool is_has) {
    Info result;
    for (const std::string& path : operand.paths) {
      result.paths.push_back(path + "." + node.name);
      record_field(result.paths.back());
    }
    const Type& type = operand.type;
    switch (type.kind()) {
      case Type::Kind::record:
        if (const Type* field = type.field(node.name)) {
          result.type = *field;
        } else {
          std::vector<std::string_view> names;
          for (const auto& [name, field_type] : type.fields()) {
            names.push_back(name);
          }
          type_problem(node, fmt::format("'{}' 没有字段 '{}'{}", type.record_name(), node.name,
                                         suggestion(node.name, names)));
        }
        break;
      case Type::Kind::map_type:
        if (!type.key().is_dyn() && type.key().kind() != Type::Kind::string_type) {
          type_problem(node, fmt::format("类型 '{}' 不支持字段选择", type.to_string()));
        }
        result.type = type.value();
        break;
      case Type::Kind::dyn: break;
      default:
        type_problem(node, fmt::format("类型 '{}' 不支持字段选择", type.to_string()));
    }
    if (is_has) {
      result.type = Type::boolean();
    }
    return result;
  }

  // `staff.exist(s, p)`: an unknown member function called like a macro,
  // with an undeclared variable as its first argument.
  bool misspelt_macro(const AstNode& node) const {
    const std::size_t argc = node.children.size();
    return node.member_call && (argc == 3 || argc == 4) && node.children[1].kind == NodeKind::ident &&
           scoped(node.children[1].name) == nullptr && declared(node.children[1].name) < 0 &&
           find_builtin(node.name, true, argc) == nullptr;
  }

  // Reports the function's name with the closest macro or function; its
  // variable is in scope for the other arguments, so that their own
  // mistakes are reported but not "未知的变量 's'".
  Info misspelt_macro_call(AstNode& node) {
    std::vector<std::string_view> names = builtin_function_names();
    for (const auto& [name, macro] : k_macros) {
      names.push_back(name);
    }
    std::string message = describe_call_problem(node.name, true, node.children.size());
    if (message.starts_with("未知的函数")) {
      message += suggestion(node.name, names);
    }
    Info range = visit(node.children[0]);
    const int slot = static_cast<int>(m_env.variables.size() + m_scope.size());
    m_scope.push_back(ScopeVar{node.children[1].name, slot, element_of(range)});
    for (std::size_t i = 2; i < node.children.size(); ++i) {
      visit(node.children[i]);
    }
    m_scope.pop_back();
    problem(node, std::move(message));
    return Info{};
  }

  Info call(AstNode& node) {
    if (misspelt_macro(node)) {
      return misspelt_macro_call(node);
    }
    std::vector<Type> types;
    std::vector<std::vector<std::string>> paths;
    types.reserve(node.children.size());
    paths.reserve(node.children.size());
    for (AstNode& child : node.children) {
      Info info = visit(child);
      types.push_back(info.type);
      paths.push_back(std::move(info.paths));
    }
    node.builtin = find_builtin(node.name, node.member_call, node.children.size());
    if (node.builtin == nullptr) {
      std::string message = describe_call_problem(node.name, node.member_call, node.children.size());
      if (message.starts_with("未知的函数")) {
        message += suggestion(node.name, builtin_function_names());
      }
      problem(node, std::move(message));
      return Info{};
    }
    std::string type_error;
    Type result = node.builtin->type_rule(types, type_error);
    if (!type_error.empty()) {
      type_problem(node, std::move(type_error));
    }
    return Info{result, passed_paths(node, result, paths)};
  }

  // The paths a call's result keeps: indexing a list and dyn() keep their
  // operand's (staff[0].name), concatenating lists keeps both lists'.
  static std::vector<std::string> passed_paths(const AstNode& node, const Type& result,
                                               std::vector<std::vector<std::string>>& paths) {
    if (node.name == "_[_]" || node.name == "dyn") {
      return std::move(paths[0]);
    }
    if (node.name == "_+_" && (result.is_dyn() || result.kind() == Type::Kind::list_type)) {
      add_paths(paths[0], paths[1]);
      return std::move(paths[0]);
    }
    return {};
  }

  static Type common_type(const std::vector<Type>& types) {
    if (types.empty()) {
      return Type();
    }
    for (const Type& type : types) {
      if (!(type == types[0])) {
        return Type();
      }
    }
    return types[0];
  }

  // A list literal's elements keep their paths: [staff[0], staff[1]].
  Info list(AstNode& node) {
    std::vector<Type> types;
    std::vector<std::string> paths;
    for (AstNode& child : node.children) {
      Info info = visit(child);
      types.push_back(info.type);
      add_paths(paths, info.paths);
    }
    return Info{Type::list(common_type(types)), std::move(paths)};
  }

  Info map(AstNode& node) {
    std::vector<Type> keys;
    std::vector<Type> values;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      (i % 2 == 0 ? keys : values).push_back(visit(node.children[i]).type);
    }
    return Info{Type::map(common_type(keys), common_type(values)), {}};
  }

  void expect_bool(const AstNode& child, const Type& type, std::string_view what) {
    if (!type.is_dyn() && type.kind() != Type::Kind::bool_type) {
      type_problem(child, fmt::format("{} 需要 bool, 而不是 {}", what, type.to_string()));
    }
  }

  Info logic(AstNode& node) {
    const std::string_view what = node.kind == NodeKind::logic_and ? "运算符 '&&'" : "运算符 '||'";
    for (AstNode& child : node.children) {
      Type type = visit(child).type;
      expect_bool(child, type, what);
    }
    return Info{Type::boolean(), {}};
  }

  Info conditional(AstNode& node) {
    expect_bool(node.children[0], visit(node.children[0]).type, "条件表达式");
    Info then = visit(node.children[1]);
    Info otherwise = visit(node.children[2]);
    add_paths(then.paths, otherwise.paths);
    return Info{then.type == otherwise.type ? then.type : Type(), std::move(then.paths)};
  }

  Info comprehension(AstNode& node) {
    Info range = visit(node.children[0]);
    Info element = element_of(range);
    const Type::Kind kind = range.type.kind();
    if (kind != Type::Kind::list_type && kind != Type::Kind::map_type && kind != Type::Kind::record &&
        kind != Type::Kind::dyn) {
      type_problem(node.children[0], fmt::format("{}() 不能遍历 {}", macro_name(node.macro),
                                                 range.type.to_string()));
    }
    node.slot = static_cast<int>(m_env.variables.size() + m_scope.size());
    m_result.slot_count = std::max(m_result.slot_count, node.slot + 1);
    m_scope.push_back(ScopeVar{node.name, node.slot, element});
    std::vector<Info> results;
    for (std::size_t i = 1; i < node.children.size(); ++i) {
      results.push_back(visit(node.children[i]));
    }
    m_scope.pop_back();
    const bool has_predicate = node.macro != Macro::map;
    if (has_predicate) {
      expect_bool(node.children[1], results[0].type, fmt::format("{}() 的条件", macro_name(node.macro)));
    }
    // The list built keeps the paths of its elements, so that a chain such
    // as l.filter(x, p).map(y, y.f) records l.f.
    switch (node.macro) {
      case Macro::map: return Info{Type::list(results[0].type), std::move(results[0].paths)};
      case Macro::map_filter: return Info{Type::list(results[1].type), std::move(results[1].paths)};
      case Macro::filter: return Info{Type::list(element.type), std::move(element.paths)};
      default: return Info{Type::boolean(), {}};
    }
  }

  // What a macro's variable stands for: a list's elements (keeping their
  // paths) or a map's keys; dyn for what can't be iterated.
  static Info element_of(const Info& range) {
    switch (range.type.kind()) {
      case Type::Kind::list_type: return Info{range.type.element(), range.paths};
      case Type::Kind::map_type:
      case Type::Kind::record: return Info{range.type.key(), {}};
      default: return Info{Type(), range.paths};
    }
  }

  static std::string_view macro_name(Macro macro) {
    switch (macro) {
      case Macro::all: return "all";
      case Macro::exists: return "exists";
      case Macro::exists_one: return "exists_one";
      case Macro::filter: return "filter";
      default: return "map";
    }
  }

  const Environment& m_env;
  std::vector<ScopeVar> m_scope;
  CheckResult m_result;
  std::unordered_set<std::string> m_recorded;  // m_result.fields_read, for lookups
};

}  // namespace

CheckResult check(AstNode& root, const Environment& env) { return Checker(env).run(root); }

}  // namespace shifan::detail

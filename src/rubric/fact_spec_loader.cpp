#include "fact_spec_loader.h"

#include <algorithm>
#include <array>
#include <memory>

#include "suggest.h"

namespace shifan::detail {

namespace {

// A type's own keys (its name is EnumTable<FactType>'s).
struct TypeInfo {
  FactType type;
  Keys extra_keys;
};

const std::array<TypeInfo, 8>& type_infos() {
  static const std::array<TypeInfo, 8> k_types = {{
      {FactType::record, {"fields", "one_of"}},
      {FactType::list, {"items", "named_by", "unique_by"}},
      {FactType::boolean, {}},
      {FactType::integer, {"min", "max", "at_most", "positive", "digits"}},
      {FactType::number, {"min", "max", "at_most", "positive", "step"}},
      {FactType::string, {"expected"}},
      {FactType::enumeration, {"values"}},
      {FactType::date, {}},
  }};
  return k_types;
}

const Keys k_common_keys = {"type", "label", "required", "note"};
const Keys k_all_keys = {"type",    "label",    "required", "note", "fields", "one_of",
                         "items",   "values",   "min",      "max",  "at_most", "positive",
                         "step",    "digits",   "named_by", "unique_by", "expected"};

// The spec node names one of the fact types.
bool has_known_type(const shifan::Node& node) {
  const shifan::Node* type = node.find("type");
  return type != nullptr && enum_from_name<FactType>(type->text).has_value();
}

bool is_numeric(const FactSpec& spec) {
  return spec.type == FactType::integer || spec.type == FactType::number;
}

std::vector<std::string> field_names(const FactSpec& record) {
  std::vector<std::string> names;
  for (const auto& [name, field] : record.fields) {
    names.push_back(name);
  }
  return names;
}

// `values` of an enum, `expected` of a string: a list of strings or a constant's name.
void load_values(const shifan::Node& node, const Constants& constants, std::vector<std::string>& values,
                 std::string_view key, Reporter& reporter) {
  if (node.kind == shifan::Node::Kind::scalar) {
    auto it = std::find_if(constants.begin(), constants.end(),
                           [&](const auto& constant) { return constant.first == node.text; });
    if (it == constants.end()) {
      std::vector<std::string> names;
      for (const auto& constant : constants) {
        names.push_back(constant.first);
      }
      reporter.error(node.mark, "未知的常量 '" + node.text + "'" + did_you_mean(node.text, names));
      return;
    }
    const Value& value = it->second;
    if (value.kind() == Value::Kind::list_type) {
      for (const Value& element : value.as_list()) {
        if (element.kind() == Value::Kind::string_type) {
          values.push_back(element.as_string());
        }
      }
    } else if (value.kind() == Value::Kind::map_type) {
      for (const auto& [name, ignored] : value.as_map()) {
        values.push_back(name.as_string());
      }
    } else {
      reporter.error(node.mark, "常量 '" + node.text + "' 不是列表或映射");
    }
    return;
  }
  if (!expect_sequence(node, reporter)) {
    return;
  }
  for (const shifan::Node& item : node.items) {
    if (std::optional<std::string> value = read_string(item, reporter)) {
      if (std::find(values.begin(), values.end(), *value) != values.end()) {
        reporter.error(item.mark, "重复的取值 '" + *value + "'");
      }
      values.push_back(*value);
    }
  }
  if (node.items.empty()) {
    reporter.error(node.mark, std::string(key) + " 的取值不能为空");
  }
}

void load_fields(const shifan::Node& node, bool in_list_entry, const Constants& constants, FactSpec& spec,
                 Reporter& reporter) {
  if (!expect_mapping(node, reporter)) {
    return;
  }
  for (const auto& [key, value] : node.entries) {
    spec.fields.emplace_back(key.text, load_fact_spec(value, in_list_entry, constants, reporter));
    spec.fields.back().second.key = Value::string(key.text);
  }
  for (const auto& [name, field] : spec.fields) {
    if (field.at_most.empty()) {
      continue;
    }
    const shifan::Node* at_most = node.find(name)->find("at_most");
    const FactSpec* sibling = spec.field(field.at_most);
    if (sibling != nullptr && !has_known_type(*node.find(field.at_most))) {
      continue;  // the sibling's own type is already reported
    }
    if (sibling == nullptr || !is_numeric(*sibling) || field.at_most == name) {
      std::vector<std::string> numeric;
      for (const auto& [other, other_spec] : spec.fields) {
        if (is_numeric(other_spec) && other != name) {
          numeric.push_back(other);
        }
      }
      reporter.error(at_most->mark, "at_most 应为同级的数值字段名: '" + at_most->text + "'" +
                                        did_you_mean(at_most->text, numeric));
    }
  }
}

void load_one_of(const shifan::Node& node, FactSpec& spec, Reporter& reporter) {
  if (!expect_sequence(node, reporter)) {
    return;
  }
  for (const shifan::Node& item : node.items) {
    if (std::optional<std::string> name = read_string(item, reporter)) {
      if (spec.field(*name) == nullptr) {
        reporter.error(item.mark, "one_of 中的 '" + *name + "' 不是该记录的字段" +
                                      did_you_mean(*name, field_names(spec)));
      }
      spec.one_of.push_back(*name);
    }
  }
}

void load_bounds(const shifan::Node& node, FactSpec& spec, Reporter& reporter) {
  for (std::string_view key : {"min", "max"}) {
    const shifan::Node* bound = node.find(key);
    if (bound == nullptr) {
      continue;
    }
    std::optional<Decimal> value = read_decimal(*bound, reporter);
    if (value && spec.type == FactType::integer && value->hundredths() % 100 != 0) {
      reporter.error(bound->mark, "int 类型的 " + std::string(key) + " 应为整数");
    }
    (key == "min" ? spec.min : spec.max) = value;
  }
  if (spec.min && spec.max && *spec.min > *spec.max) {
    reporter.error(node.find("min")->mark,
                   "min " + spec.min->str() + " 大于 max " + spec.max->str());
  }
}

void load_number_options(const shifan::Node& node, FactSpec& spec, Reporter& reporter) {
  load_bounds(node, spec, reporter);
  if (const shifan::Node* at_most = node.find("at_most")) {
    spec.at_most = read_string(*at_most, reporter).value_or("");
  }
  if (const shifan::Node* positive = node.find("positive")) {
    spec.positive = read_bool(*positive, reporter).value_or(false);
  }
  if (const shifan::Node* step = node.find("step")) {
    std::optional<Decimal> value = read_decimal(*step, reporter);
    if (value && *value <= Decimal()) {
      reporter.error(step->mark, "step 应大于 0: " + value->str());
    } else if (value) {
      spec.step = *value;
    }
  }
  if (const shifan::Node* digits = node.find("digits")) {
    std::optional<std::int64_t> value = as_int(*digits, reporter.source(), reporter.diagnostics());
    if (value && (*value < 1 || *value > 18)) {
      reporter.error(digits->mark, "digits 应在 1 到 18 之间");
    } else if (value) {
      spec.digits = static_cast<int>(*value);
    }
  }
}

// named_by and unique_by: a field of the list's record entries that `fits`
// (described by `what`); "" with a diagnostic otherwise.
template <typename Fits>
std::string load_entry_field(const shifan::Node& node, const FactSpec& list, std::string_view key,
                             std::string_view what, Fits fits, Reporter& reporter) {
  std::optional<std::string> name = read_string(node, reporter);
  if (!name || list.items == nullptr) {
    return "";
  }
  const FactSpec* field = list.items->field(*name);
  if (field != nullptr && fits(*field)) {
    return *name;
  }
  std::vector<std::string> names;
  for (const auto& [other, spec] : list.items->fields) {
    if (fits(spec)) {
      names.push_back(other);
    }
  }
  reporter.error(node.mark, std::string(key) + " 应为列表项中" + std::string(what) + "的字段: '" + *name + "'" +
                                did_you_mean(*name, names));
  return "";
}

}  // namespace

FactSpec load_fact_spec(const shifan::Node& node, bool in_list_entry, const Constants& constants,
                        Reporter& reporter) {
  FactSpec spec;
  spec.mark = node.mark;
  spec.required = in_list_entry;
  if (!expect_mapping(node, reporter)) {
    spec.type_known = false;
    return spec;
  }
  const shifan::Node* type_node = node.find("type");
  const auto& types = type_infos();
  auto info = types.end();
  if (type_node != nullptr) {
    std::optional<FactType> type = enum_from_name<FactType>(type_node->text);
    info = std::find_if(types.begin(), types.end(), [&](const TypeInfo& t) { return type == t.type; });
    if (info == types.end()) {
      reporter.error(type_node->mark, "未知的事实类型 '" + type_node->text + "'" +
                                          did_you_mean(type_node->text, enum_names<FactType>()));
    }
  }
  if (info == types.end()) {
    spec.type_known = false;
    check_keys(node, k_all_keys, {"type"}, reporter);
    return spec;
  }
  spec.type = info->type;
  Keys allowed = k_common_keys;
  allowed.insert(allowed.end(), info->extra_keys.begin(), info->extra_keys.end());
  Keys misplaced;
  misplaced.reserve(k_all_keys.size());
  std::copy_if(k_all_keys.begin(), k_all_keys.end(), std::back_inserter(misplaced),
               [&](std::string_view key) {
                 return std::find(allowed.begin(), allowed.end(), key) == allowed.end();
               });
  Keys required;
  if (spec.type == FactType::record) {
    required = {"fields"};
  } else if (spec.type == FactType::list) {
    required = {"items"};
  } else if (spec.type == FactType::enumeration) {
    required = {"values"};
  }
  check_keys(node, allowed, required, misplaced, std::string(enum_name(info->type)) + " 类型的事实", reporter);

  spec.label = string_field(node, "label", reporter);
  spec.note = string_field(node, "note", reporter);
  if (const shifan::Node* required_node = node.find("required")) {
    spec.required = read_bool(*required_node, reporter).value_or(spec.required);
  }
  if (spec.type == FactType::record) {
    if (const shifan::Node* fields = node.find("fields")) {
      load_fields(*fields, in_list_entry, constants, spec, reporter);
    }
    if (const shifan::Node* one_of = node.find("one_of")) {
      load_one_of(*one_of, spec, reporter);
    }
  } else if (spec.type == FactType::list) {
    if (const shifan::Node* items = node.find("items")) {
      spec.items = std::make_shared<FactSpec>(load_fact_spec(*items, true, constants, reporter));
    }
    if (const shifan::Node* named_by = node.find("named_by")) {
      spec.named_by = load_entry_field(*named_by, spec, "named_by", " string 类型",
                                       [](const FactSpec& field) { return field.type == FactType::string; }, reporter);
    }
    if (const shifan::Node* unique_by = node.find("unique_by")) {
      spec.unique_by = load_entry_field(
          *unique_by, spec, "unique_by", "标量",
          [](const FactSpec& field) { return field.type != FactType::record && field.type != FactType::list; },
          reporter);
    }
  } else if (spec.type == FactType::enumeration) {
    if (const shifan::Node* values = node.find("values")) {
      load_values(*values, constants, spec.values, "enum", reporter);
    }
  } else if (spec.type == FactType::string) {
    if (const shifan::Node* expected = node.find("expected")) {
      load_values(*expected, constants, spec.expected, "expected", reporter);
    }
  } else if (is_numeric(spec)) {
    load_number_options(node, spec, reporter);
  }
  return spec;
}

FactSpec load_facts(const shifan::Node& node, const Constants& constants, Reporter& reporter) {
  FactSpec facts;
  facts.type = FactType::record;
  facts.required = true;
  facts.mark = node.mark;
  load_fields(node, false, constants, facts, reporter);
  return facts;
}

}  // namespace shifan::detail

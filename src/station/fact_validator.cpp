#include "fact_validator.h"

#include <algorithm>
#include <array>

#include "same_text.h"
#include "suggest.h"

namespace shifan::detail {

namespace {

// Up to this many schema fields a record's nodes are matched in a buffer on the stack.
constexpr std::size_t k_stack_fields = 32;

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string subject(const FactSpec& spec, const PathTrail& path, const FactContext& context) {
  return spec.label.empty() ? context.for_people(path) + " " : spec.label;
}

std::string missing(const PathTrail& path, const FactContext& context) {
  return "缺少必填项 " + context.for_people(path);
}

// "a 或 b", "a, b 或 c".
std::string alternatives(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      out += i + 1 == names.size() ? " 或 " : ", ";
    }
    out += names[i];
  }
  return out;
}

// The index of the schema field `name` in `spec.fields`, or its size. The
// search starts at `hint` and wraps around: files mostly follow the schema's
// order, so starting after the last match usually finds a key at once.
std::size_t field_index(const FactSpec& spec, std::string_view name, std::size_t hint) {
  std::size_t size = spec.fields.size();
  for (std::size_t step = 0; step < size; ++step) {
    std::size_t i = hint + step < size ? hint + step : hint + step - size;
    if (same_text(spec.fields[i].first, name)) {
      return i;
    }
  }
  return size;
}

void report_unknown_key(const Node& key, const FactSpec& spec, std::span<const std::string_view> reserved,
                        FactContext& context) {
  std::vector<std::string> names;
  for (const auto& [name, field] : spec.fields) {
    names.push_back(name);
  }
  for (std::string_view name : reserved) {
    names.emplace_back(name);
  }
  context.report(key.mark, "未知的键 '" + key.text + "'" + did_you_mean(key.text, names));
}

// Each schema field's node in `mapping` into `nodes` (one per field, all
// nullptr at first; nullptr stays for absent; the first of equal keys), in
// one pass over its keys that also reports unknown ones.
void match_fields(const Node& mapping, const FactSpec& spec, std::span<const std::string_view> reserved,
                  FactContext& context, std::span<const Node*> nodes) {
  std::size_t hint = 0;
  for (const auto& [key, value] : mapping.entries) {
    std::size_t i = field_index(spec, key.text, hint);
    if (i < nodes.size()) {
      nodes[i] = nodes[i] == nullptr ? &value : nodes[i];
      hint = i + 1 < nodes.size() ? i + 1 : 0;
    } else if (std::find(reserved.begin(), reserved.end(), key.text) == reserved.end()) {
      report_unknown_key(key, spec, reserved, context);
    }
  }
}

void check_one_of(const Node& mapping, const FactSpec& spec, const PathTrail& path,
                  FactContext& context) {
  if (spec.one_of.empty()) {
    return;
  }
  auto rule = [&] { return subject(spec, path, context) + "应有 " + alternatives(spec.one_of) + " 之一"; };
  const Node* first = nullptr;
  for (const std::string& name : spec.one_of) {
    const Node* node = mapping.find(name);
    if (is_empty(node)) {
      continue;
    }
    if (first != nullptr) {
      context.report(node->mark, rule() + ", 不能都有");
      return;
    }
    first = node;
  }
  if (first == nullptr) {
    context.report(mapping.mark, rule() + ", 都没有");
  }
}

Value validate_list(const Node& node, const FactSpec& spec, const PathTrail& path,
                    FactContext& context) {
  if (node.kind != Node::Kind::sequence) {
    context.report(node.mark, context.for_people(path) + " 应为列表 (sequence)");
    return Value::unknown(path.str());
  }
  std::vector<Value> entries;
  entries.reserve(node.items.size());
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    const Node& item = node.items[i];
    PathTrail item_path = path.index(i);
    if (spec.items == nullptr) {
      entries.push_back(Value::unknown(item_path.str()));
    } else if (is_empty(&item)) {
      context.report(item.mark, missing(item_path, context));
      entries.push_back(Value::unknown(item_path.str()));
    } else if (check_joined_entry(item, *spec.items, context)) {
      entries.push_back(Value::unknown(item_path.str()));
    } else {
      entries.push_back(validate_fact(&item, *spec.items, item_path, context));
    }
  }
  check_unique(node, spec, context);
  return Value::list(std::move(entries));
}

}  // namespace

void FactContext::report(Mark mark, std::string message) {
  diagnostics.push_back(source.diagnose(mark, std::move(message)));
}

std::string FactContext::for_people(const FactPath& path) const {
  return facts != nullptr && root != nullptr ? detail::for_people(*facts, path, *root) : path.str();
}

void FactContext::warn(Mark mark, std::string message) {
  warnings.push_back(source.diagnose(mark, std::move(message)));
  warnings.back().severity = Severity::warning;
}

Value validate_fact(const Node* node, const FactSpec& spec, const PathTrail& path,
                    FactContext& context) {
  if (is_empty(node)) {
    return Value::unknown(path.str());
  }
  if (spec.type == FactType::list) {
    return validate_list(*node, spec, path, context);
  }
  if (spec.type != FactType::record) {
    return validate_scalar(*node, spec, path, context);
  }
  if (node->kind != Node::Kind::mapping) {
    context.report(node->mark, context.for_people(path) + " 应为映射 (mapping)");
    return Value::unknown(path.str());
  }
  return Value::map(validate_fields(*node, spec, path, context));
}

MapEntries validate_fields(const Node& mapping, const FactSpec& spec, const PathTrail& path,
                            FactContext& context, std::span<const std::string_view> reserved) {
  // A record's nodes fit on the stack (no allocation per record); a huge schema's go on the heap.
  std::array<const Node*, k_stack_fields> stack_nodes{};
  std::vector<const Node*> heap_nodes(spec.fields.size() > k_stack_fields ? spec.fields.size() : 0, nullptr);
  std::span<const Node*> nodes = heap_nodes.empty() ? std::span<const Node*>(stack_nodes).first(spec.fields.size())
                                                    : std::span<const Node*>(heap_nodes);
  match_fields(mapping, spec, reserved, context, nodes);
  MapEntries fields;
  fields.reserve(spec.fields.size());
  for (std::size_t i = 0; i < spec.fields.size(); ++i) {
    const auto& [name, field] = spec.fields[i];
    const Node* node = nodes[i];
    PathTrail field_path = path.field(name);
    if (is_empty(node) && contains(spec.one_of, name)) {
      continue;
    }
    if (is_empty(node) && field.required) {
      context.report(mapping.mark, missing(field_path, context));
    }
    // Borrowed: every thread's stations use the schema's key at once.
    fields.emplace_back(field.key.kind() == Value::Kind::string_type ? Value::borrowed(field.key) : Value::string(name),
                        validate_fact(node, field, field_path, context));
  }
  check_one_of(mapping, spec, path, context);
  check_at_most(mapping, spec, fields, context);
  return fields;
}

}  // namespace shifan::detail

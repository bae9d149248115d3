#include "facts_value.h"

#include "decimal_math.h"

namespace shifan::detail {

namespace {

Value scalar(const Node& node, const Source& source, Diagnostics& diagnostics) {
  switch (scalar_type(node)) {
    case ScalarType::null: return Value();
    case ScalarType::boolean: {
      auto b = as_bool(node, source, diagnostics);
      return b ? Value::boolean(*b) : Value();
    }
    case ScalarType::integer: {
      auto i = as_int(node, source, diagnostics);
      return i ? Value::integer(*i) : Value();
    }
    case ScalarType::real: {
      auto d = shifan::as_double(node, source, diagnostics);
      return d ? decimal_or_double(node.text, *d) : Value();
    }
    case ScalarType::string: return Value::string(node.text);
  }
  return Value();
}

}  // namespace

Value facts_to_value(const Node& node, const Source& source, Diagnostics& diagnostics) {
  switch (node.kind) {
    case Node::Kind::null: return Value();
    case Node::Kind::scalar: return scalar(node, source, diagnostics);
    case Node::Kind::sequence: {
      std::vector<Value> elements;
      elements.reserve(node.items.size());
      for (const Node& item : node.items) {
        elements.push_back(facts_to_value(item, source, diagnostics));
      }
      return Value::list(std::move(elements));
    }
    case Node::Kind::mapping: {
      MapEntries entries;
      entries.reserve(node.entries.size());
      for (const auto& [key, value] : node.entries) {
        entries.emplace_back(Value::string(key.text), facts_to_value(value, source, diagnostics));
      }
      return Value::map(std::move(entries));
    }
  }
  return Value();
}

}  // namespace shifan::detail

#include "yaml_value.h"

#include "decimal_math.h"

#include <utility>
#include <vector>

namespace shifan::detail {

Value yaml_value(const shifan::Node& node, Reporter& reporter) {
  if (node.kind == shifan::Node::Kind::sequence) {
    std::vector<Value> elements;
    for (const shifan::Node& item : node.items) {
      elements.push_back(yaml_value(item, reporter));
    }
    return Value::list(std::move(elements));
  }
  if (node.kind == shifan::Node::Kind::mapping) {
    MapEntries entries;
    for (const auto& [key, value] : node.entries) {
      entries.emplace_back(Value::string(key.text), yaml_value(value, reporter));
    }
    return Value::map(std::move(entries));
  }
  const Source& source = reporter.source();
  Diagnostics& diagnostics = reporter.diagnostics();
  switch (scalar_type(node)) {
    case ScalarType::boolean:
      return Value::boolean(as_bool(node, source, diagnostics).value_or(false));
    case ScalarType::integer:
      if (auto value = as_int(node, source, diagnostics)) {
        return Value::integer(*value);
      }
      return Value();
    case ScalarType::real:
      if (auto value = as_double(node, source, diagnostics)) {
        return decimal_or_double(node.text, *value);
      }
      return Value();
    case ScalarType::string:
      return Value::string(node.text);
    case ScalarType::null:
      break;
  }
  return Value();
}

}  // namespace shifan::detail

#include "mapping_reader.h"

#include <algorithm>
#include <utility>

#include "suggest.h"

namespace shifan::detail {

void Reporter::error(Mark mark, std::string message) {
  m_diagnostics.push_back(m_source.diagnose(mark, std::move(message)));
}

bool expect_mapping(const shifan::Node& node, Reporter& reporter) {
  if (node.kind == shifan::Node::Kind::mapping) {
    return true;
  }
  reporter.error(node.mark, node.kind == shifan::Node::Kind::null ? "缺少值, 应为映射" : "应为映射");
  return false;
}

bool expect_sequence(const shifan::Node& node, Reporter& reporter) {
  if (node.kind == shifan::Node::Kind::sequence) {
    return true;
  }
  reporter.error(node.mark, node.kind == shifan::Node::Kind::null ? "缺少值, 应为列表" : "应为列表");
  return false;
}

void check_keys(const shifan::Node& mapping, const Keys& allowed, const Keys& required,
                Reporter& reporter) {
  check_keys(mapping, allowed, required, {}, {}, reporter);
}

void check_keys(const shifan::Node& mapping, const Keys& allowed, const Keys& required,
                const Keys& misplaced, std::string_view owner, Reporter& reporter) {
  auto contains = [](const Keys& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  for (const auto& [key, value] : mapping.entries) {
    if (contains(misplaced, key.text)) {
      reporter.error(key.mark, std::string(owner) + "不应有 '" + key.text + "'");
    } else if (!contains(allowed, key.text)) {
      const std::vector<std::string> candidates(allowed.begin(), allowed.end());  // only on a mistake
      reporter.error(key.mark, "未知的键 '" + key.text + "'" + did_you_mean(key.text, candidates));
    }
  }
  for (std::string_view key : required) {
    if (mapping.find(key) == nullptr) {
      reporter.error(mapping.mark, "缺少必需的键 '" + std::string(key) + "'");
    }
  }
}

const shifan::Node* find_key(const shifan::Node& mapping, std::string_view key) {
  for (const auto& entry : mapping.entries) {
    if (entry.first.text == key) {
      return &entry.first;
    }
  }
  return nullptr;
}

std::optional<std::string> read_string(const shifan::Node& node, Reporter& reporter) {
  return as_string(node, reporter.source(), reporter.diagnostics());
}

std::string string_field(const shifan::Node& mapping, std::string_view key, Reporter& reporter) {
  const shifan::Node* node = mapping.find(key);
  return node ? read_string(*node, reporter).value_or("") : "";
}

std::optional<bool> read_bool(const shifan::Node& node, Reporter& reporter) {
  return as_bool(node, reporter.source(), reporter.diagnostics());
}

std::optional<Decimal> read_decimal(const shifan::Node& node, Reporter& reporter) {
  std::optional<std::string> text = as_decimal_text(node, reporter.source(), reporter.diagnostics());
  if (!text) {
    return std::nullopt;
  }
  DecimalReading reading = Decimal::read(*text);
  if (reading.error != DecimalError::none) {
    bool too_precise = reading.error == DecimalError::too_precise;
    reporter.error(node.mark, too_precise ? "最多两位小数: " + *text : "数值过大: " + *text);
  }
  return reading.value;
}

std::optional<Decimal> read_points(const shifan::Node& node, Reporter& reporter) {
  std::optional<Decimal> value = read_decimal(node, reporter);
  if (value && *value <= Decimal()) {
    reporter.error(node.mark, "分值应大于 0: " + value->str());
    return std::nullopt;
  }
  return value;
}

}  // namespace shifan::detail

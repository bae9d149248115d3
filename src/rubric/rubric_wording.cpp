#include <utility>

#include "rubric_loader.h"

namespace shifan::detail {

namespace {

// The identity fact at the node's path, checked: a string or enum fact
// reached through records only; "" when something is wrong (reported).
std::string identity_path(const shifan::Node& node, const FactSpec& facts, Reporter& reporter) {
  std::string path = read_string(node, reporter).value_or("");
  if (path.empty()) {
    return path;
  }
  bool required = false;
  const FactSpec* spec = record_fact(node, path, facts, FactType::string, required, reporter);
  if (spec == nullptr) {
    return "";
  }
  if (spec->type != FactType::string && spec->type != FactType::enumeration) {
    reporter.error(node.mark, "identity 应为 string 或 enum 类型的事实: '" + path + "' 是 " + enum_name(spec->type));
    return "";
  }
  return path;
}

}  // namespace

Identity load_identity(const shifan::Node& node, const FactSpec& facts, Reporter& reporter) {
  Identity identity;
  if (!expect_mapping(node, reporter)) {
    return identity;
  }
  check_keys(node, {"name", "county", "class"}, {}, reporter);
  for (auto [key, path] : {std::pair{"name", &identity.name}, std::pair{"county", &identity.county},
                           std::pair{"class", &identity.station_class}}) {
    if (const shifan::Node* value = node.find(key)) {
      *path = identity_path(*value, facts, reporter);
    }
  }
  return identity;
}

Wording load_wording(const shifan::Node* node, const std::vector<Grade>& grades, Reporter& reporter) {
  std::string grade = grades.empty() ? std::string() : grades.front().name;
  Wording wording{"评定对象", "分数线", "达到 " + grade, "未达到 " + grade, "待定", "", "负责人"};
  if (node == nullptr || !expect_mapping(*node, reporter)) {
    return wording;
  }
  Keys keys = {"subject", "pass_mark", "reviewer", "head"};
  std::vector<std::pair<std::string_view, std::string*>> fields = {
      {"subject", &wording.subject}, {"pass_mark", &wording.pass_mark}, {"reviewer", &wording.reviewer},
      {"head", &wording.head}};
  for (const EnumName<Verdict>& entry : EnumTable<Verdict>::entries) {
    keys.emplace_back(entry.name);
    fields.emplace_back(entry.name, &wording.verdict(entry.value));
  }
  check_keys(*node, keys, {}, reporter);
  for (auto [key, words] : fields) {
    if (node->find(key) != nullptr) {
      std::string text = string_field(*node, key, reporter);
      *words = text.empty() ? *words : text;
    }
  }
  return wording;
}

}  // namespace shifan::detail

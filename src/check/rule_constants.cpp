#include "rule_constants.h"

namespace shifan::detail {

RuleConstants::RuleConstants(const Rubric& rubric) {
  for (const auto& [name, value] : rubric.constants) {
    m_activation.set(name, value);
  }
  // Lets in file order: a let may only read earlier lets.
  for (const Let& let : rubric.lets) {
    if (let.rule.program && is_static(*let.rule.program)) {
      m_activation.set(let.name, evaluate(*let.rule.program, m_activation));
    }
  }
}

bool RuleConstants::is_static(const Program& program) const {
  for (const std::string& name : program.variables_read()) {
    if (m_activation.get(name) == nullptr) {
      return false;
    }
  }
  return true;
}

std::optional<Value> RuleConstants::value(const Rule& rule) const {
  if (!rule.program || !is_static(*rule.program)) {
    return std::nullopt;
  }
  return evaluate(*rule.program, m_activation);
}

}  // namespace shifan::detail

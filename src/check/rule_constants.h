// Rules whose value doesn't depend on the station: they read only constants
// and lets that themselves read only constants (for `shifan check`).
#pragma once

#include <optional>

#include "shifan/expr.h"
#include "shifan/rubric.h"

namespace shifan::detail {

class RuleConstants {
 public:
  explicit RuleConstants(const Rubric& rubric);
  // The rule's value when it reads no fact (directly or through lets);
  // nullopt when it may depend on the station or failed to compile.
  std::optional<Value> value(const Rule& rule) const;

 private:
  bool is_static(const Program& program) const;
  Activation m_activation;  // constants and static lets, by name
};

}  // namespace shifan::detail

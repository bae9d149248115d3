// Checked reading of mapping nodes for loaders: keys, required keys and
// typed values, each problem reported at its node's position.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"

namespace shifan::detail {

// Where problems go: diagnostics against one source.
class Reporter {
 public:
  Reporter(const Source& source, Diagnostics& diagnostics)
      : m_source(source), m_diagnostics(diagnostics) {}

  void error(Mark mark, std::string message);
  const Source& source() const { return m_source; }
  Diagnostics& diagnostics() { return m_diagnostics; }
  std::size_t count() const { return m_diagnostics.size(); }

 private:
  const Source& m_source;
  Diagnostics& m_diagnostics;
};

using Keys = std::vector<std::string_view>;

// False (reported "应为映射") when `node` is not a mapping; a null node is
// reported as missing its value.
bool expect_mapping(const shifan::Node& node, Reporter& reporter);
// False (reported "应为列表") when `node` is not a sequence.
bool expect_sequence(const shifan::Node& node, Reporter& reporter);

// Reports each key not in `allowed` (with a did-you-mean) at the key, and
// each key of `required` that is missing at the mapping's mark. The mapping
// must have been checked with expect_mapping.
void check_keys(const shifan::Node& mapping, const Keys& allowed, const Keys& required,
                Reporter& reporter);
// The same, except that a key in `misplaced` (known, but not for this
// owner) is reported as "<owner> 不应有 '<key>'".
void check_keys(const shifan::Node& mapping, const Keys& allowed, const Keys& required,
                const Keys& misplaced, std::string_view owner, Reporter& reporter);

// The key node of `key` in a mapping, or nullptr (for positions of keys).
const shifan::Node* find_key(const shifan::Node& mapping, std::string_view key);

// The text of a string scalar; nullopt (reported) for anything else.
std::optional<std::string> read_string(const shifan::Node& node, Reporter& reporter);
// The string at `key` of a mapping; "" when absent or not a string (reported).
std::string string_field(const shifan::Node& mapping, std::string_view key, Reporter& reporter);
std::optional<bool> read_bool(const shifan::Node& node, Reporter& reporter);
// A number with at most two decimals; nullopt (reported) otherwise.
std::optional<Decimal> read_decimal(const shifan::Node& node, Reporter& reporter);
// A read_decimal that must also be > 0 ("分值应大于 0").
std::optional<Decimal> read_points(const shifan::Node& node, Reporter& reporter);

}  // namespace shifan::detail

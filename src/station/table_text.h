// A table saved as text (CSV, or tab-separated from Excel/WPS) given as a
// station file: recognised so that one message says what to do instead.
#pragma once

#include <string>
#include <string_view>

namespace shifan::detail {

// For bytes whose first lines are rows of one table (each with commas, or
// each with tabs, and none a YAML key or JSON), the message that says what
// the file is and how to make a station file; "" otherwise.
std::string table_text_problem(std::string_view bytes);

}  // namespace shifan::detail

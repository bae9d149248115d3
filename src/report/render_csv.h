// CSV (RFC 4180) pieces of the `--format csv` summary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace shifan::detail {

// A field as RFC 4180 writes it: quoted (quotes doubled) when it holds
// `,`, `"`, CR or LF; as is otherwise.
std::string csv_field(std::string_view text);

// Fields joined by commas, ended by CRLF.
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace shifan::detail

// CSV (RFC 4180) pieces of the `--format csv` summary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace shifan::detail {

// A field as RFC 4180 writes it: quoted (quotes doubled) when it holds
// `,`, `"`, CR or LF; as is otherwise.
std::string csv_field(std::string_view text);

// A text cell that a spreadsheet won't run as a formula: a leading `'` when
// it begins with `=`, `+`, `-`, `@`, a tab or CR (OWASP's CSV injection rule).
std::string csv_text(std::string_view text);

// Fields joined by commas, ended by CRLF.
std::string csv_record(const std::vector<std::string>& fields);

// A record written field by field into one string (what csv_record gives,
// without a string per field: a batch writes a record of ~100 per station).
class CsvRecord {
 public:
  // Appends a field, quoted as csv_field quotes it.
  CsvRecord& add(std::string_view text);
  // How many fields so far.
  std::size_t size() const { return m_fields; }
  // The record, ended by CRLF.
  std::string end() &&;

 private:
  std::string m_text;
  std::size_t m_fields = 0;
};

}  // namespace shifan::detail

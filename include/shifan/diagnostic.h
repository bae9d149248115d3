// Diagnostics: problems found in a user's input, each pointing at its source.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace shifan {

// A place in a source: 1-based; column counts Unicode code points. 0 means
// "not known". In a workbook (sheet > 0) it is a cell: `sheet` is the 1-based
// sheet index (Source::sheet_name), `line` the row and `column` the column.
struct Mark {
  int line = 0;
  int column = 0;
  int sheet = 0;
};

// An error makes its input unusable; a warning is printed (as "警告: …")
// and carried in JSON, but changes neither the result nor the exit code.
enum class Severity { error, warning };

// A problem at a place in a named source. Lines and columns are 1-based and
// count characters (Unicode code points); 0 means "not known". A workbook
// cell has sheet > 0 (its index, for ordering) and its name in sheet_name.
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  std::string source_line;  // the text of `line`, for the caret; may be empty
  int sheet = 0;
  std::string sheet_name = {};
  Severity severity = Severity::error;
};

// A cell's A1 reference: cell_reference(5, 4) is "D5".
std::string cell_reference(int row, int column);

using Diagnostics = std::vector<Diagnostic>;

// "file:line:column: message" ("file:sheet!D5: message" for a cell; "警告: " before a
// warning's message), then the source line and a `^` under the
// column (aligned by display width, so Chinese text lines up). No newline at
// the end. Parts that are not known are left out.
std::string format_diagnostic(const Diagnostic& diagnostic);

// A named text that can turn positions into diagnostics with a caret.
class Source {
 public:
  Source(std::string name, std::string text);
  // A workbook: no text, cells located by the names of its sheets, in order.
  Source(std::string name, std::vector<std::string> sheets);

  const std::string& name() const { return m_name; }
  std::string_view text() const { return m_text; }
  // The text of a 1-based line without its line end; empty when out of range.
  std::string_view line(int line) const;
  // How many lines the text has (a last line without a line end counts).
  int line_count() const { return static_cast<int>(m_line_starts.size()); }
  Diagnostic diagnose(int line, int column, std::string message) const;
  // At a mark: a line and column, or a workbook's cell.
  Diagnostic diagnose(const Mark& mark, std::string message) const;
  // True for a workbook's source (Mark::sheet names its sheets).
  bool is_workbook() const { return !m_sheets.empty(); }
  // A sheet's name by 1-based index; "" when out of range.
  std::string_view sheet_name(int sheet) const;

 private:
  std::string m_name;
  std::string m_text;
  std::vector<std::string> m_sheets;
  std::vector<std::size_t> m_line_starts;
};

// Terminal columns a UTF-8 string takes: 2 for East Asian wide characters.
int display_width(std::string_view utf8);

// The one exception type: the environment failed (a file that can't be
// opened, a bad flag). Input problems are Diagnostics, not exceptions.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace shifan

// Diagnostics: problems found in a user's input, each pointing at its source.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace shifan {

// A problem at a place in a named source. Lines and columns are 1-based and
// count characters (Unicode code points); 0 means "not known".
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  std::string source_line;  // the text of `line`, for the caret; may be empty
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line:column: message", then the source line and a `^` under the
// column (aligned by display width, so Chinese text lines up). No newline at
// the end. Parts that are not known are left out.
std::string format_diagnostic(const Diagnostic& diagnostic);

// A named text that can turn positions into diagnostics with a caret.
class Source {
 public:
  Source(std::string name, std::string text);

  const std::string& name() const { return m_name; }
  std::string_view text() const { return m_text; }
  // The text of a 1-based line without its line end; empty when out of range.
  std::string_view line(int line) const;
  Diagnostic diagnose(int line, int column, std::string message) const;

 private:
  std::string m_name;
  std::string m_text;
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

#include "shifan/diagnostic.h"

#include <fmt/format.h>

#include "utf8.h"

namespace shifan {

namespace {
// Characters shown on each side of the column of a long source line.
constexpr int k_context = 60;

// Control characters and malformed UTF-8 as U+FFFD (one column, like what
// it replaces), so a hostile file can't send escape sequences to a terminal.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  detail::for_each_code_point(text, [&](char32_t c) {
    bool control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0);
    detail::append_utf8(out, control ? char32_t{0xFFFD} : c);
  });
  return out;
}
}  // namespace

Source::Source(std::string name, std::string text)
    : m_name(std::move(name)), m_text(std::move(text)) {
  m_line_starts.push_back(0);
  for (std::size_t i = m_text.find('\n'); i != std::string::npos; i = m_text.find('\n', i + 1)) {
    m_line_starts.push_back(i + 1);
  }
}

Source::Source(std::string name, std::vector<std::string> sheets)
    : m_name(std::move(name)), m_sheets(std::move(sheets)) {
  m_line_starts.push_back(0);
}

std::string_view Source::sheet_name(int sheet) const {
  if (sheet < 1 || static_cast<std::size_t>(sheet) > m_sheets.size()) {
    return {};
  }
  return m_sheets[static_cast<std::size_t>(sheet - 1)];
}

std::string_view Source::line(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
    return {};
  }
  std::size_t begin = m_line_starts[static_cast<std::size_t>(line - 1)];
  std::size_t end = m_text.find('\n', begin);
  std::string_view text = std::string_view(m_text).substr(
      begin, end == std::string::npos ? std::string::npos : end - begin);
  if (!text.empty() && text.back() == '\r') {
    text.remove_suffix(1);
  }
  return text;
}

Diagnostic Source::diagnose(int line, int column, std::string message) const {
  return Diagnostic{m_name, line, column, std::move(message),
                    std::string(this->line(line))};
}

Diagnostic Source::diagnose(const Mark& mark, std::string message) const {
  if (mark.sheet == 0) {
    return diagnose(mark.line, mark.column, std::move(message));
  }
  Diagnostic diagnostic{m_name, mark.line, mark.column, std::move(message), {}};
  diagnostic.sheet = mark.sheet;
  diagnostic.sheet_name = std::string(sheet_name(mark.sheet));
  return diagnostic;
}

std::string cell_reference(int row, int column) {
  std::string letters;
  for (int n = column; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters + std::to_string(row);
}

int display_width(std::string_view utf8) {
  int width = 0;
  detail::for_each_code_point(utf8, [&](char32_t c) {
    width += detail::is_wide(c) ? 2 : 1;
  });
  return width;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  std::string message = (d.severity == Severity::warning ? "警告: " : "") + printable(d.message);
  if (d.sheet > 0) {
    out += ":" + printable(d.sheet_name) + (d.line > 0 && d.column > 0 ? "!" + cell_reference(d.line, d.column) : "");
    return out + ": " + message;
  }
  if (d.line > 0) {
    out += fmt::format(":{}", d.line);
    if (d.column > 0) {
      out += fmt::format(":{}", d.column);
    }
  }
  out += out.empty() ? message : ": " + message;
  if (d.line > 0 && d.column > 0 && !d.source_line.empty()) {
    // A long line shows only a window around the column.
    std::string_view line = d.source_line;
    int column = d.column;
    std::string lead;
    if (column > k_context + 1) {
      line.remove_prefix(detail::prefix_code_points(line, column - 1 - k_context).size());
      column = k_context + 1;
      lead = "…";
    }
    std::string_view window = detail::prefix_code_points(line, 2 * k_context);
    std::string shown =
        lead + printable(detail::expand_tabs(window)) + (window.size() < line.size() ? "…" : "");
    std::string before = lead + detail::expand_tabs(detail::prefix_code_points(line, column - 1));
    out += fmt::format("\n  {}\n  {}^", shown,
                       std::string(static_cast<std::size_t>(display_width(before)), ' '));
  }
  return out;
}

}  // namespace shifan

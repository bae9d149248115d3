// The HTML page of `--format html`: one self-contained document with its
// print style inline (A4, repeated table headers, no split rows).
#pragma once

#include <string>
#include <string_view>

namespace shifan::detail {

// Text safe in HTML content (`attribute` false) or a double-quoted attribute.
std::string html_escape(std::string_view text, bool attribute = false);

// A whole document: doctype, UTF-8, `title` (escaped here), the inline style,
// then `body` as given (already HTML). Nothing is fetched from anywhere.
std::string html_page(std::string_view title, std::string_view body);

}  // namespace shifan::detail

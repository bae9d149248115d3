#include "html_page.h"

#include <fmt/format.h>

#include "render_junit.h"

namespace shifan::detail {

namespace {

// Black text on white, no colour needed to read it: grey fills and words
// carry every distinction. Serif CJK fonts as on a printed form; installed
// fonts only.
constexpr std::string_view k_style = R"css(
@page { size: A4; margin: 14mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", serif;
  font-size: 10pt; line-height: 1.4; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 186mm; padding: 4mm 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1pt solid #000; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 1mm 0; }
.sub { text-align: center; margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 2mm; }
thead { display: table-header-group; }
tr, .box, .chart, .signature, .keep { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #000; padding: 1pt 3pt; vertical-align: top; overflow-wrap: anywhere; text-align: left; }
th { background: #e6e6e6; font-weight: bold; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.id { white-space: nowrap; }
.short { font-weight: bold; }
.status { display: block; font-size: 8pt; }
.claim { display: block; font-size: 8pt; font-weight: bold; white-space: normal; }
tr.subtotal td { font-weight: bold; background: #f2f2f2; }
tr.lost td.score, tr.triggered td { font-weight: bold; }
tr.triggered td.status-cell::before { content: "■ "; }
.identity td { border: none; padding: 0 3pt; }
.box { border: 1.5pt solid #000; padding: 2mm 3mm; margin: 2mm 0; }
.box .total { font-size: 14pt; font-weight: bold; }
.box .verdict { font-size: 11pt; font-weight: bold; }
.note { font-size: 8.5pt; }
.chart svg { display: block; width: 100%; height: auto; }
.chart text { font-family: inherit; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 8.5pt; margin: 0; }
.signature td { height: 12mm; vertical-align: top; }
.signature td.tall { height: 28mm; }
section.station + section.station, section.overview + section.station { break-before: page; }
a { color: inherit; text-decoration: none; }
@media screen { body { padding: 8mm; } section.station + section.station, section.overview + section.station {
  border-top: 2pt dashed #999; margin-top: 10mm; padding-top: 6mm; } }
)css";

}  // namespace

std::string html_escape(std::string_view text, bool attribute) {
  return xml_escape(text, attribute);
}

std::string html_page(std::string_view title, std::string_view body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n"
      "<style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
      html_escape(title), k_style, body);
}

}  // namespace shifan::detail

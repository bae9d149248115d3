#include "render_junit.h"

#include <fmt/format.h>

#include <ostream>

#include "report_writer.h"

namespace shifan::detail {

namespace {

std::string body(const SummaryRow& row) {
  std::string out = row.verdict_sentence + "\n";
  for (const std::string& part : row.part_lines) {
    out += part + "\n";
  }
  if (!row.triggered.empty()) {
    out += fmt::format("触发一票否决: {}\n", fmt::join(row.triggered, ", "));
  }
  if (!row.lost.empty()) {
    out += "失分:\n";
    for (const LostPoints& lost : row.lost) {
      out += "  " + lost_line(lost) + "\n";
    }
  }
  return out;
}

std::string testcase(const SummaryRow& row) {
  std::string name = row.valid && !row.name.empty() ? row.name : row.file;
  std::string open = fmt::format("    <testcase name=\"{}\" classname=\"{}\"", xml_escape(name, true), xml_escape(row.file, true));
  if (!row.valid) {
    std::string problems = fmt::format("{}", fmt::join(row.problems, "\n"));
    std::string first = row.problems.empty() ? "" : row.problems.front().substr(0, row.problems.front().find('\n'));
    return fmt::format("{}>\n      <error message=\"{}\" type=\"invalid\">{}\n</error>\n    </testcase>\n", open,
                       xml_escape(first, true), xml_escape(problems, false));
  }
  switch (row.verdict) {
    case Verdict::eligible:
      return open + "/>\n";
    case Verdict::undetermined:
      return fmt::format("{}>\n      <skipped message=\"{}\"/>\n    </testcase>\n", open,
                         xml_escape(row.verdict_sentence, true));
    case Verdict::not_eligible:
      break;
  }
  return fmt::format("{}>\n      <failure message=\"{}\" type=\"not_eligible\">{}</failure>\n    </testcase>\n", open,
                     xml_escape(row.verdict_sentence, true), xml_escape(body(row), false));
}

class JunitWriter : public ReportWriter {
 public:
  explicit JunitWriter(std::ostream& out) : m_out(out) {}
  bool prints_reasons() const override { return false; }  // rows only: verdicts and lost points
  void finish(const std::vector<SummaryRow>& rows, const Tally& tally) override {
    m_out << render_junit(rows, tally);
  }

 private:
  std::ostream& m_out;
};

}  // namespace

std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
  for (char c : text) {
    if (!attribute && (c == '\t' || c == '\n' || c == '\r')) {
      out += c;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        out += static_cast<unsigned char>(c) < 0x20 ? std::string("\xEF\xBF\xBD") : std::string(1, c);
    }
  }
  return out;
}

std::string render_junit(const std::vector<SummaryRow>& rows, const Tally& tally) {
  std::string counts = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"", tally.files(),
                                   tally.not_eligible, tally.invalid, tally.undetermined);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"shifan\" {}>\n  <testsuite name=\"shifan score\" {}>\n", counts, counts);
  for (const SummaryRow& row : rows) {
    out += testcase(row);
  }
  return out + "  </testsuite>\n</testsuites>\n";
}

std::unique_ptr<ReportWriter> make_junit_writer(std::ostream& out) {
  return std::make_unique<JunitWriter>(out);
}

}  // namespace shifan::detail

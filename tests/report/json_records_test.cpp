#include "json_records.h"

#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"
#include "report_writer.h"

namespace shifan::detail {
namespace {

Diagnostic problem(const std::string& file, int line, int column, const std::string& message) {
  Diagnostic diagnostic;
  diagnostic.file = file;
  diagnostic.line = line;
  diagnostic.column = column;
  diagnostic.message = message;
  return diagnostic;
}

// Yunling scored once; the result points at the station kept beside it.
struct Yunling {
  Station station = shifan::testing::example_station("examples/yunling.yaml");
  ScoreResult result = score(shifan::testing::anhui_rubric(), station);
  std::string json = render_json(result);
};

const Yunling& yunling() {
  static const Yunling scored;
  return scored;
}

// What a writer of `format` writes for yunling, then `invalid`, then yunling
// again when `twice`.
std::string write(Format format, bool several, const std::vector<SummaryRow>& invalid, bool twice) {
  WriterOptions options;
  options.format = format;
  options.several = several;
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_writer(options, out);
  writer->station(yunling().result, {});
  for (const SummaryRow& row : invalid) {
    writer->invalid(row);
  }
  if (twice) {
    writer->station(yunling().result, {});
  }
  writer->finish({}, Tally{});
  EXPECT_FALSE(writer->counts_in_report());
  return out.str();
}

TEST(JsonRecords, JsonLinesAreOneDocumentAFileInvalidOnesToo) {
  std::string out = write(Format::jsonl, true, {invalid_row("bad.yaml", {"x"}, {problem("bad.yaml", 3, 9, "x")})}, true);
  EXPECT_EQ(out, yunling().json +
                     R"({"file":"bad.yaml","valid":false,"problems":[{"line":3,"column":9,"message":"x"}]})"
                     "\n" +
                     yunling().json);
}

TEST(JsonRecords, JsonIsOneDocumentForOneFile) {
  EXPECT_EQ(write(Format::json, false, {}, false), yunling().json);
}

TEST(JsonRecords, JsonIsOneArrayForSeveralFiles) {
  std::string document = yunling().json.substr(0, yunling().json.size() - 1);
  std::string out = write(Format::json, true, {invalid_row("<stdin>", {"无法读取"}, {problem("<stdin>", 0, 0, "无法读取")})}, false);
  EXPECT_EQ(out, "[\n" + document +
                     ",\n"
                     R"({"file":"<stdin>","valid":false,"problems":[{"line":null,"column":null,"message":"无法读取"}]})"
                     "\n]\n");
}

TEST(JsonRecords, JsonArrayOfNothingIsEmpty) {
  std::ostringstream out;
  JsonRecordStream records(out, true);
  records.finish();
  EXPECT_EQ(out.str(), "[]\n");
}

TEST(JsonRecords, InvalidRecordNamesAWorkbookCellsSheet) {
  Diagnostic cell = problem("a.xlsx", 5, 4, "应为整数");
  cell.sheet = 1;
  cell.sheet_name = "事实";
  EXPECT_EQ(render_json_invalid(invalid_row("a.xlsx", {"p"}, {cell})),
            R"({"file":"a.xlsx","valid":false,"problems":[{"sheet":"事实","line":5,"column":4,"message":"应为整数"}]})"
            "\n");
}

}  // namespace
}  // namespace shifan::detail

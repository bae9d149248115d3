#include "render_csv.h"

#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"
#include "report_writer.h"

namespace shifan::detail {
namespace {

using Table = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled
// quotes; fails the test on anything else.
Table read_csv(std::string_view text) {
  Table table(1, std::vector<std::string>(1));
  std::size_t i = 0;
  while (i < text.size()) {
    std::string& field = table.back().back();
    if (text[i] == '"' && field.empty()) {
      for (++i;; ++i) {
        if (i >= text.size()) {
          ADD_FAILURE() << "unterminated quoted field";
          return table;
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            ++i;
          } else {
            break;
          }
        } else {
          field += text[i];
        }
      }
      ++i;
    } else if (text[i] == ',') {
      table.back().emplace_back();
      ++i;
    } else if (text.substr(i, 2) == "\r\n") {
      i += 2;
      if (i < text.size()) {
        table.emplace_back(1);
      }
    } else {
      EXPECT_TRUE(text[i] != '"' && text[i] != '\r' && text[i] != '\n') << "bare special character at " << i;
      field += text[i++];
    }
  }
  return table;
}

TEST(Csv, QuotesOnlyWhatNeedsQuoting) {
  EXPECT_EQ(csv_field("云岭司法所"), "云岭司法所");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("cr\r"), "\"cr\r\"");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_record({"a", "b,c", ""}), "a,\"b,c\",\r\n");
}

TEST(Csv, ARecordBuiltFieldByFieldIsCsvRecord) {
  CsvRecord record;
  record.add("a").add("say \"hi\"").add("").add("two\nlines");
  EXPECT_EQ(record.size(), 4u);
  EXPECT_EQ(std::move(record).end(), csv_record({"a", "say \"hi\"", "", "two\nlines"}));
  EXPECT_EQ(CsvRecord().end(), "\r\n");
}

TEST(Csv, ReadsBackAsTheSameTable) {
  Table table = {{"file", "name", "note"},
                 {"a,b.yaml", "云岭\"司法所\"", "line one\r\nline two"},
                 {"", "\"", ",,"},
                 {"汀溪, 泾县", "x\ny", "末尾"}};
  std::string text;
  for (const auto& record : table) {
    text += csv_record(record);
  }
  EXPECT_EQ(read_csv(text), table);
}

TEST(Csv, WriterPutsOneRowPerFileWithBomAndNumericColumns) {
  Station station = shifan::testing::example_station("examples/changqiao.json");
  station.name = "昌桥, \"新\"所";
  SummaryRow row = summary_row(score(shifan::testing::anhui_rubric(), station));
  std::vector<SummaryRow> rows = {row, invalid_row("bad,file.yaml", {"bad,file.yaml:3:9: 未知的键 'x'\n  x: 1\n  ^"})};
  std::ostringstream out;
  make_csv_writer(out, true, {"A", "B"}, {"A1", "C5", "E6"})->finish(rows, Tally{});
  std::string text = out.str();
  ASSERT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u);
  Table table = read_csv(text.substr(3));
  ASSERT_EQ(table.size(), 3u);
  EXPECT_EQ(table[0], (std::vector<std::string>{"file", "name", "county", "class", "total_low", "total_high", "verdict",
                                                "vetoes", "problem", "A_low", "A_high", "B_low", "B_high", "A1", "C5",
                                                "E6"}));
  // Every rubric item has a row value; the writer keeps the columns asked for.
  std::vector<std::string> expected = {"examples/changqiao.json", "昌桥, \"新\"所", "泾县", "一类", "88.5", "96.5",
                                       "undetermined", "", "", "28.5", "29.5", "29", "29"};
  EXPECT_EQ(std::vector<std::string>(table[1].begin(), table[1].begin() + 13), expected);
  EXPECT_EQ(table[2][0], "bad,file.yaml");
  EXPECT_EQ(table[2][6], "invalid");
  EXPECT_EQ(table[2][8], "bad,file.yaml:3:9: 未知的键 'x'");
  EXPECT_EQ(table[2].size(), 16u);
}

TEST(Csv, ItemColumnsAreEmptyWhenUnknown) {
  Station station = shifan::testing::example_station("examples/changqiao.json");
  SummaryRow row = summary_row(score(shifan::testing::anhui_rubric(), station));
  std::vector<std::string> ids;
  for (const Category& category : shifan::testing::anhui_rubric().categories) {
    for (const Item& item : category.items) {
      ids.push_back(item.id);
    }
  }
  ASSERT_EQ(row.item_scores.size(), ids.size());
  std::size_t unknown = row.item_scores.size();
  for (std::size_t i = 0; i < row.item_scores.size() && unknown == row.item_scores.size(); ++i) {
    if (!row.item_scores[i]) {
      unknown = i;
    }
  }
  ASSERT_LT(unknown, row.item_scores.size()) << "changqiao has an unknown item";
  std::ostringstream out;
  make_csv_writer(out, false, {"A", "B", "C", "D", "E"}, ids)->finish({row}, Tally{});
  Table table = read_csv(out.str());
  std::size_t first_item = 9 + 2 * 5;
  EXPECT_EQ(table[0][first_item + unknown], ids[unknown]);
  EXPECT_EQ(table[1][first_item + unknown], "");
  EXPECT_EQ(table[1][first_item], row.item_scores[0] ? row.item_scores[0]->str() : "?");
}

TEST(Csv, NoBomForScriptsAndVetoesJoinedBySemicolons) {
  SummaryRow row = shifan::testing::make_row("a.yaml", "", Verdict::not_eligible);
  row.triggered = {"V1", "V6"};
  std::ostringstream out;
  make_csv_writer(out, false, {}, {})->finish({row}, Tally{});
  EXPECT_EQ(out.str(),
            "file,name,county,class,total_low,total_high,verdict,vetoes,problem\r\n"
            "a.yaml,,,,0,0,not_eligible,V1;V6,\r\n");
}

TEST(Csv, TextCellsThatLookLikeFormulasGetAQuote) {
  for (std::string text : {"=SUM(1+1)", "+1", "-1", "@A1", "\tx", "\rx"}) {
    EXPECT_EQ(csv_text(text), "'" + text) << text;
  }
  EXPECT_EQ(csv_text("云岭=1"), "云岭=1");
  EXPECT_EQ(csv_text(""), "");
  SummaryRow row = shifan::testing::make_row("=cmd.yaml", "=SUM(1+1)", Verdict::eligible);
  row.county = "-泾县";
  std::ostringstream out;
  make_csv_writer(out, false, {}, {})->finish({row}, Tally{});
  EXPECT_EQ(read_csv(out.str())[1],
            (std::vector<std::string>{"'=cmd.yaml", "'=SUM(1+1)", "'-泾县", "", "0", "0", "eligible", "", ""}));
}

}  // namespace
}  // namespace shifan::detail

#include "render_junit.h"

#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"
#include "report_writer.h"

namespace shifan::detail {
namespace {

TEST(Junit, EscapesXml) {
  EXPECT_EQ(xml_escape("a<b>&\"'", true), "a&lt;b&gt;&amp;&quot;&apos;");
  EXPECT_EQ(xml_escape("1\n2\t3", true), "1&#10;2&#9;3");
  EXPECT_EQ(xml_escape("1\n2\t3", false), "1\n2\t3");
  EXPECT_EQ(xml_escape(std::string("a\x01" "b", 3), false), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xml_escape("云岭", true), "云岭");
}

TEST(Junit, OneTestcasePerFile) {
  using shifan::testing::make_row;
  std::vector<SummaryRow> rows = {
      make_row("a.yaml", "云岭司法所", Verdict::eligible), make_row("b&c.yaml", "汀溪<所>", Verdict::not_eligible),
      make_row("c.json", "昌桥司法所", Verdict::undetermined),
      invalid_row("d.yaml", {"d.yaml:9:3: 未知的键 'x'\n    x: 1\n    ^", "d.yaml:10:3: 另一个"})};
  rows[1].triggered = {"V6"};
  rows[1].verdict_sentence = "结论: 不符合申报条件 (触发一票否决: V6 处分)";
  Item a3;
  a3.id = "A3";
  a3.short_text = "党建阵地与纪律";
  rows[1].lost = {LostPoints{&a3, Decimal::from_int(1)}};
  rows[2].verdict_sentence = "结论: 待定 (总分在 88.5–96.5 之间)";
  Tally tally;
  for (const SummaryRow& row : rows) {
    tally.count(row);
  }
  std::ostringstream out;
  make_junit_writer(out)->finish(rows, tally);
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"shifan\" tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"1\">\n"
            "  <testsuite name=\"shifan score\" tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"1\">\n"
            "    <testcase name=\"云岭司法所\" classname=\"a.yaml\"/>\n"
            "    <testcase name=\"汀溪&lt;所&gt;\" classname=\"b&amp;c.yaml\">\n"
            "      <failure message=\"结论: 不符合申报条件 (触发一票否决: V6 处分)\" type=\"not_eligible\">"
            "结论: 不符合申报条件 (触发一票否决: V6 处分)\n触发一票否决: V6\n失分:\n  A3 党建阵地与纪律: 失 1 分\n"
            "</failure>\n"
            "    </testcase>\n"
            "    <testcase name=\"昌桥司法所\" classname=\"c.json\">\n"
            "      <skipped message=\"结论: 待定 (总分在 88.5–96.5 之间)\"/>\n"
            "    </testcase>\n"
            "    <testcase name=\"d.yaml\" classname=\"d.yaml\">\n"
            "      <error message=\"d.yaml:9:3: 未知的键 &apos;x&apos;\" type=\"invalid\">"
            "d.yaml:9:3: 未知的键 &apos;x&apos;\n    x: 1\n    ^\nd.yaml:10:3: 另一个\n</error>\n"
            "    </testcase>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
}

}  // namespace
}  // namespace shifan::detail

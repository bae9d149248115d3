#include "facts_value.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

std::string convert(std::string text, Diagnostics* out = nullptr) {
  Document document = read_document("facts.yaml", std::move(text));
  Diagnostics diagnostics;
  std::string literal = to_literal(facts_to_value(document.root, *document.source, diagnostics));
  if (out != nullptr) {
    *out = diagnostics;
  }
  return literal;
}

TEST(FactsValue, YamlScalarsKeepTheirTypes) {
  EXPECT_EQ(convert("a: 1\nb: 1.5\nc: 1e3\nd: '1'\ne: true\nf: null\ng: 二类\nh:\n"),
            "{\"a\": 1, \"b\": 1.5, \"c\": 1000.0, \"d\": \"1\", \"e\": true, \"f\": null, "
            "\"g\": \"二类\", \"h\": null}");
}

TEST(FactsValue, NumbersWithAFractionAreDecimals) {
  Document document = read_document("facts.yaml", "a: 11.90\nb: 1e3\nc: 0.1000000000000000000001\n");
  Diagnostics diagnostics;
  Value facts = facts_to_value(document.root, *document.source, diagnostics);
  EXPECT_EQ(facts.find("a")->kind(), Value::Kind::decimal_type);
  EXPECT_EQ(decimal_text(*facts.find("a")), "11.9");
  EXPECT_EQ(facts.find("b")->kind(), Value::Kind::double_type);
  EXPECT_EQ(facts.find("c")->kind(), Value::Kind::double_type);  // past 18 places
}

TEST(FactsValue, SequencesAndMappings) {
  EXPECT_EQ(convert("staff:\n  - {name: 张, full_time: true}\n  - [1, 2]\n"),
            "{\"staff\": [{\"name\": \"张\", \"full_time\": true}, [1, 2]]}");
}

TEST(FactsValue, Json) {
  EXPECT_EQ(convert(R"({"a": [1, 2.0, "x", null]})"), "{\"a\": [1, 2.0, \"x\", null]}");
}

TEST(FactsValue, OutOfRangeIntegerIsDiagnosed) {
  Diagnostics diagnostics;
  EXPECT_EQ(convert("a: 99999999999999999999\n", &diagnostics), "{\"a\": null}");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 1);
  EXPECT_EQ(diagnostics[0].column, 4);
}

}  // namespace
}  // namespace shifan::detail

#include "fact_spec_loader.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan::detail {
namespace {

struct Facts {
  FactSpec spec;
  std::string errors;
};

Facts load(std::string text, const Constants& constants = {}) {
  test::Parsed parsed(std::move(text));
  FactSpec spec = load_facts(parsed.document.root, constants, parsed.reporter);
  return {std::move(spec), parsed.errors()};
}

TEST(FactSpecLoader, EveryFieldHasItsNameAsAnExpressionKey) {
  Facts facts = load("station: {type: record, fields: {name: {type: string}}}\n"
                     "staff: {type: list, items: {type: record, fields: {full_time: {type: bool}}}}\n");
  ASSERT_EQ(facts.errors, "");
  EXPECT_EQ(to_literal(facts.spec.field("station")->key), "\"station\"");
  EXPECT_EQ(to_literal(facts.spec.field("station")->field("name")->key), "\"name\"");
  EXPECT_EQ(to_literal(facts.spec.field("staff")->items->field("full_time")->key), "\"full_time\"");
  EXPECT_EQ(facts.spec.key.kind(), Value::Kind::null_type);  // the top level is no field
}

TEST(FactSpecLoader, ListsNameTheirEntriesByAStringField) {
  Facts facts = load(
      "staff:\n"
      "  type: list\n"
      "  named_by: name\n"
      "  items: {type: record, fields: {name: {type: string}, age: {type: int}}}\n");
  ASSERT_EQ(facts.errors, "");
  EXPECT_EQ(facts.spec.field("staff")->named_by, "name");
  EXPECT_EQ(load("staff:\n"
                 "  type: list\n"
                 "  named_by: nam\n"
                 "  items: {type: record, fields: {name: {type: string}, age: {type: int}}}\n")
                .errors,
            "f.yaml:3:13: named_by 应为列表项中 string 类型的字段: 'nam' (是否想写 'name'?)\n"
            "    named_by: nam\n"
            "              ^\n");
  EXPECT_NE(load("n: {type: int, named_by: x}\n").errors, "");
}

TEST(FactSpecLoader, ListsOfRecordsCanBeUniqueByAField) {
  const char* ranks = "ranks:\n  type: list\n  unique_by: {}\n  items: {{type: record, fields: {{year: {{type: int}}, "
                      "rank: {{type: int}}}}}}\n";
  Facts facts = load(fmt::format(fmt::runtime(ranks), "year"));
  ASSERT_EQ(facts.errors, "");
  EXPECT_EQ(facts.spec.field("ranks")->unique_by, "year");
  EXPECT_EQ(load(fmt::format(fmt::runtime(ranks), "yeer")).errors,
            "f.yaml:3:14: unique_by 应为列表项中标量的字段: 'yeer' (是否想写 'year'?)\n"
            "    unique_by: yeer\n"
            "               ^\n");
  EXPECT_NE(load("n: {type: int, unique_by: x}\n").errors, "");
}

TEST(FactSpecLoader, StringsCanNameTheirExpectedValues) {
  Constants constants = {{"rooms", Value::list({Value::string("所长室"), Value::string("档案室")})}};
  Facts facts = load("functions: {type: list, items: {type: string, expected: rooms}}\n"
                     "other: {type: string, expected: [甲, 乙]}\n",
                     constants);
  ASSERT_EQ(facts.errors, "");
  EXPECT_EQ(facts.spec.field("functions")->items->expected, (std::vector<std::string>{"所长室", "档案室"}));
  EXPECT_EQ(facts.spec.field("other")->expected, (std::vector<std::string>{"甲", "乙"}));
  EXPECT_EQ(load("a: {type: string, expected: []}\n").errors,
            "f.yaml:1:29: expected 的取值不能为空\n"
            "  a: {type: string, expected: []}\n"
            "                              ^\n");
  EXPECT_NE(load("a: {type: enum, values: [x], expected: [x]}\n").errors, "");
  EXPECT_NE(load("a: {type: string, expected: [x, x]}\n").errors, "");
}

TEST(FactSpecLoader, ReadsNestedSpecs) {
  Facts facts = load(
      "station:\n"
      "  type: record\n"
      "  label: 司法所\n"
      "  one_of: [name, code]\n"
      "  fields:\n"
      "    name: {type: string}\n"
      "    code: {type: int, digits: 4, min: 1000}\n"
      "staff:\n"
      "  type: list\n"
      "  items:\n"
      "    type: record\n"
      "    fields:\n"
      "      hours: {type: number, step: 0.5, max: 100, positive: true}\n"
      "      note: {type: string, required: false}\n"
      "level: {type: enum, values: levels}\n",
      {{"levels", Value::list({Value::string("县级"), Value::string("市级")})}});
  ASSERT_EQ(facts.errors, "");
  const FactSpec* station = facts.spec.field("station");
  EXPECT_EQ(station->label, "司法所");
  EXPECT_EQ(station->required, false);
  EXPECT_EQ(station->one_of, (std::vector<std::string>{"name", "code"}));
  EXPECT_EQ(station->field("code")->digits, 4);
  EXPECT_EQ(station->field("code")->min->str(), "1000");
  const FactSpec& entry = *facts.spec.field("staff")->items;
  EXPECT_EQ(entry.field("hours")->required, true);
  EXPECT_EQ(entry.field("hours")->step.str(), "0.5");
  EXPECT_EQ(entry.field("hours")->positive, true);
  EXPECT_EQ(entry.field("note")->required, false);
  EXPECT_EQ(facts.spec.field("level")->values, (std::vector<std::string>{"县级", "市级"}));
}

TEST(FactSpecLoader, ReportsUnknownTypesAndKeys) {
  EXPECT_EQ(load("a: {type: strng}\n"
                 "b: {type: string, labl: 名称}\n"
                 "c: {type: string, min: 1}\n"
                 "d: {label: x}\n")
                .errors,
            "f.yaml:1:11: 未知的事实类型 'strng' (是否想写 'string'?)\n"
            "  a: {type: strng}\n"
            "            ^\n"
            "f.yaml:2:19: 未知的键 'labl' (是否想写 'label'?)\n"
            "  b: {type: string, labl: 名称}\n"
            "                    ^\n"
            "f.yaml:3:19: string 类型的事实不应有 'min'\n"
            "  c: {type: string, min: 1}\n"
            "                    ^\n"
            "f.yaml:4:4: 缺少必需的键 'type'\n"
            "  d: {label: x}\n"
            "     ^\n");
}

TEST(FactSpecLoader, ChecksEnumValues) {
  Constants constants = {{"levels", Value::integer(3)}};
  EXPECT_EQ(load("a: {type: enum}\n"
                 "b: {type: enum, values: [x, x]}\n"
                 "c: {type: enum, values: level}\n"
                 "d: {type: enum, values: levels}\n",
                 constants)
                .errors,
            "f.yaml:1:4: 缺少必需的键 'values'\n"
            "  a: {type: enum}\n"
            "     ^\n"
            "f.yaml:2:29: 重复的取值 'x'\n"
            "  b: {type: enum, values: [x, x]}\n"
            "                              ^\n"
            "f.yaml:3:25: 未知的常量 'level' (是否想写 'levels'?)\n"
            "  c: {type: enum, values: level}\n"
            "                          ^\n"
            "f.yaml:4:25: 常量 'levels' 不是列表或映射\n"
            "  d: {type: enum, values: levels}\n"
            "                          ^\n");
}

TEST(FactSpecLoader, ChecksBoundsAndSiblings) {
  EXPECT_EQ(load("a: {type: int, min: 5, max: 1}\n"
                 "b: {type: int, at_most: a}\n"
                 "c: {type: int, at_most: d}\n"
                 "d: {type: string}\n"
                 "e: {type: number, step: 0}\n"
                 "f: {type: int, max: 1.5}\n"
                 "g: {type: record, one_of: [x], fields: {y: {type: bool}}}\n")
                .errors,
            "f.yaml:1:21: min 5 大于 max 1\n"
            "  a: {type: int, min: 5, max: 1}\n"
            "                      ^\n"
            "f.yaml:5:25: step 应大于 0: 0\n"
            "  e: {type: number, step: 0}\n"
            "                          ^\n"
            "f.yaml:6:21: int 类型的 max 应为整数\n"
            "  f: {type: int, max: 1.5}\n"
            "                      ^\n"
            "f.yaml:7:28: one_of 中的 'x' 不是该记录的字段 (是否想写 'y'?)\n"
            "  g: {type: record, one_of: [x], fields: {y: {type: bool}}}\n"
            "                             ^\n"
            "f.yaml:3:25: at_most 应为同级的数值字段名: 'd' (是否想写 'a'?)\n"
            "  c: {type: int, at_most: d}\n"
            "                          ^\n");
}

TEST(FactSpecLoader, AtMostIsNotReportedAgainForASiblingOfUnknownType) {
  EXPECT_EQ(load("a: {type: integer}\n"
                 "b: {type: int, at_most: a}\n")
                .errors,
            "f.yaml:1:11: 未知的事实类型 'integer'\n"
            "  a: {type: integer}\n"
            "            ^\n");
}

}  // namespace
}  // namespace shifan::detail

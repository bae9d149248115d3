#include "fact_path.h"

#include <gtest/gtest.h>

#include <memory>

namespace shifan::detail {
namespace {

FactSpec fact(FactType type, std::string label, std::vector<std::pair<std::string, FactSpec>> fields = {}) {
  FactSpec spec;
  spec.type = type;
  spec.label = std::move(label);
  spec.fields = std::move(fields);
  return spec;
}

FactSpec list_of(FactSpec items, std::string label, std::string named_by = "") {
  FactSpec spec = fact(FactType::list, std::move(label));
  spec.items = std::make_shared<const FactSpec>(std::move(items));
  spec.named_by = std::move(named_by);
  return spec;
}

// staff (named by name, with trainings), evaluation.satisfaction_percent, offices (strings).
Rubric schema() {
  Rubric rubric;
  FactSpec training = fact(FactType::record, "业务培训", {{"date", fact(FactType::date, "培训日期")}});
  FactSpec person = fact(FactType::record, "工作人员",
                         {{"name", fact(FactType::string, "姓名")},
                          {"full_time", fact(FactType::boolean, "专职")},
                          {"trainings", list_of(training, "业务培训")}});
  rubric.facts = fact(FactType::record, "",
                      {{"staff", list_of(person, "工作人员", "name")},
                       {"evaluation", fact(FactType::record, "评价",
                                           {{"satisfaction_percent", fact(FactType::number, "群众满意度(%)")}})},
                       {"offices", list_of(fact(FactType::string, "职能办公室"), "职能办公室")}});
  return rubric;
}

FactPath path(std::string_view text) {
  std::optional<FactPath> parsed = FactPath::parse(text);
  EXPECT_TRUE(parsed.has_value()) << text;
  return parsed.value_or(FactPath());
}

TEST(FactPath, ParsesAndPrintsBackTheSameText) {
  for (std::string_view text : {"staff", "staff[2].trainings", "staff[2].trainings[0].date", "scores.A1", "站点.名称"}) {
    EXPECT_EQ(path(text).str(), text);
  }
  std::vector<FactStep> steps = path("staff[12].full_time").steps();
  ASSERT_EQ(steps.size(), 3U);
  EXPECT_EQ(steps[0].name, "staff");
  EXPECT_TRUE(steps[1].is_index());
  EXPECT_EQ(steps[1].index, 12U);
  EXPECT_EQ(steps[2].name, "full_time");
}

TEST(FactPath, RefusesMalformedText) {
  for (std::string_view bad : {"", "[0]", "staff[", "staff[]", "staff[x]", "staff[-1]", "a..b", "a.", ".a", "a b",
                               "staff[0]x", "a-b"}) {
    EXPECT_FALSE(FactPath::parse(bad).has_value()) << bad;
  }
}

TEST(FactPath, BuildsStepByStep) {
  FactPath built = FactPath().field("staff").index(2).field("trainings");
  EXPECT_EQ(built.str(), "staff[2].trainings");
  EXPECT_EQ(built, path("staff[2].trainings"));
  EXPECT_TRUE(FactPath().empty());
  EXPECT_EQ(FactPath::score("C5").str(), "scores.C5");
  EXPECT_EQ(FactPath::score("C5").scored_item(), "C5");
  EXPECT_EQ(path("staff").scored_item(), std::nullopt);
  EXPECT_EQ(path("scoresX.a").scored_item(), std::nullopt);
}

TEST(FactPath, ResolvesAgainstTheSchema) {
  Rubric rubric = schema();
  ResolvedPath resolved = resolve(rubric.facts, path("staff[2].trainings[0].date"));
  ASSERT_NE(resolved.spec, nullptr);
  EXPECT_EQ(resolved.spec->label, "培训日期");
  EXPECT_EQ(resolved.trail.size(), 5U);
  EXPECT_EQ(resolved.problem, "");
  EXPECT_EQ(resolve(rubric.facts, path("scores.A1")).scored_item, "A1");
  EXPECT_EQ(resolve(rubric.facts, path("scores.A1")).spec, nullptr);
}

TEST(FactPath, SaysWhyAPathNamesNothing) {
  Rubric rubric = schema();
  auto problem = [&](std::string_view text) { return resolve(rubric.facts, path(text)).problem; };
  EXPECT_EQ(problem("staf"), "未知的事实 'staf' (是否想写 'staff'?)");
  EXPECT_EQ(problem("staff[0].ful_time"), "未知的事实 'staff[0].ful_time' (是否想写 'full_time'?)");
  EXPECT_EQ(problem("staff.name"), "'staff' 不是记录, 不能取 'name'");
  EXPECT_EQ(problem("evaluation[0]"), "'evaluation' 不是列表, 不能取 [0]");
  EXPECT_EQ(problem("scores"), "'scores' 应为 scores.<评分项编号>");
  EXPECT_EQ(problem("scores[1]"), "'scores[1]' 应为 scores.<评分项编号>");
  EXPECT_EQ(problem("scores.A1.x"), "'scores.A1' 应为 scores.<评分项编号>");
}

TEST(FactPath, SchemaPathsStepIntoListEntries) {
  Rubric rubric = schema();
  EXPECT_EQ(find_spec(rubric.facts, path("staff.trainings.date")), nullptr);
  const FactSpec* spec = find_spec(rubric.facts, path("staff.trainings.date"), ListSteps::implicit);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->label, "培训日期");
  EXPECT_EQ(find_spec(rubric.facts, path("staff"), ListSteps::implicit)->type, FactType::list);
}

TEST(FactPath, LabelsFactsAndScores) {
  Rubric rubric = schema();
  EXPECT_EQ(path_label(rubric, path("staff[2].full_time")), "专职");
  EXPECT_EQ(path_label(rubric, path("staff.full_time")), "专职");
  EXPECT_EQ(path_label(rubric, path("staff[2]")), "工作人员");
  EXPECT_EQ(path_label(rubric, FactPath::score("C5")), "C5 评分");
  EXPECT_EQ(path_label(rubric, path("nothing.here")), "");
}

FactValues station() {
  auto person = [](std::string name) {
    return Value::map({{Value::string("name"), Value::string(std::move(name))},
                       {Value::string("full_time"), Value::boolean(true)}});
  };
  return {{"staff", Value::list({person("张某"), person("李某"), person("王某某")})},
          {"evaluation", Value::map({{Value::string("satisfaction_percent"), Value::real(93.5)}})}};
}

TEST(FactPath, FindsValuesInAStation) {
  FactValues facts = station();
  const Value* name = find_value(facts, path("staff[2].name"));
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->as_string(), "王某某");
  EXPECT_EQ(find_value(facts, path("evaluation.satisfaction_percent"))->as_double(), 93.5);
  EXPECT_EQ(find_value(facts, path("staff[3].name")), nullptr);
  EXPECT_EQ(find_value(facts, path("staff.name")), nullptr);
  EXPECT_EQ(find_value(facts, path("evaluation[0]")), nullptr);
  EXPECT_EQ(find_value(facts, path("absent")), nullptr);
}

TEST(FactPath, PrintsForPeople) {
  Rubric rubric = schema();
  FactValues facts = station();
  EXPECT_EQ(for_people(rubric, path("staff[2]"), &facts), "staff[2] (第 3 名工作人员 王某某)");
  EXPECT_EQ(for_people(rubric, path("staff[0].trainings"), &facts), "staff[0].trainings (第 1 名工作人员 张某 的 业务培训)");
  EXPECT_EQ(for_people(rubric, path("staff[0].trainings[1].date"), &facts),
            "staff[0].trainings[1].date (第 1 名工作人员 张某 的 第 2 项业务培训 的 培训日期)");
  EXPECT_EQ(for_people(rubric, path("staff[5]"), &facts), "staff[5] (第 6 名工作人员)");
  EXPECT_EQ(for_people(rubric, path("staff[2]"), nullptr), "staff[2] (第 3 名工作人员)");
  EXPECT_EQ(for_people(rubric, path("offices[1]"), &facts), "offices[1] (第 2 项职能办公室)");
  EXPECT_EQ(for_people(rubric, path("evaluation.satisfaction_percent"), &facts),
            "evaluation.satisfaction_percent (群众满意度(%))");
  EXPECT_EQ(for_people(rubric, FactPath::score("C5"), &facts), "scores.C5 (C5 评分)");
  EXPECT_EQ(for_people(rubric, path("nothing.here"), &facts), "nothing.here");
  EXPECT_EQ(for_people(rubric, path("staff[1].nothing"), &facts), "staff[1].nothing");
}

TEST(FactPath, PrintsASchemaPathWithItsLabel) {
  Rubric rubric = schema();
  FactValues facts = station();
  EXPECT_EQ(for_people(rubric, path("staff.trainings.date"), &facts), "staff.trainings.date (培训日期)");
  EXPECT_EQ(for_people(rubric, path("staff"), &facts), "staff (工作人员)");
}

TEST(FactPath, PrintsForPeopleWhileAFileIsRead) {
  Rubric rubric = schema();
  Node root = read_document("s.yaml", "staff:\n  - {name: 方某}\n  - {name: [x]}\n  - {}\n").root;
  EXPECT_EQ(for_people(rubric.facts, path("staff[0].trainings[0].date"), root),
            "staff[0].trainings[0].date (第 1 名工作人员 方某 的 第 1 项业务培训 的 培训日期)");
  EXPECT_EQ(for_people(rubric.facts, path("staff[1].full_time"), root), "staff[1].full_time (第 2 名工作人员 的 专职)");
  EXPECT_EQ(for_people(rubric.facts, path("staff[2]"), root), "staff[2] (第 3 名工作人员)");
  EXPECT_EQ(for_people(rubric.facts, path("staff[9]"), root), "staff[9] (第 10 名工作人员)");
}

}  // namespace
}  // namespace shifan::detail

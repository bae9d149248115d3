#include "fact_labels.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "every_kind_fixture.h"

namespace shifan::detail {
namespace {

using testing::every_kind_rubric;

TEST(FactLabels, ALabelAtAnyDepthThroughListIndices) {
  const Rubric& rubric = every_kind_rubric();
  EXPECT_EQ(fact_label(rubric, "staffed"), "人员到位");
  EXPECT_EQ(fact_label(rubric, "station.name"), "名称");
  EXPECT_EQ(fact_label(rubric, "staff"), "工作人员");
  EXPECT_EQ(fact_label(rubric, "staff[2]"), "工作人员");
  EXPECT_EQ(fact_label(rubric, "staff[0].name"), "姓名");
  EXPECT_EQ(fact_label(rubric, "staff[0].trainings"), "培训记录");
  EXPECT_EQ(fact_label(rubric, "staff[10].trainings[3].days"), "培训天数");
}

TEST(FactLabels, NoLabelForWhatTheSchemaDoesNotDeclare) {
  const Rubric& rubric = every_kind_rubric();
  EXPECT_EQ(fact_label(rubric, ""), "");
  EXPECT_EQ(fact_label(rubric, "nothing"), "");
  EXPECT_EQ(fact_label(rubric, "staff[0].nothing"), "");
  EXPECT_EQ(fact_label(rubric, "staffed.below"), "");
}

TEST(FactLabels, AScoreIsLabelledByItsItem) {
  const Rubric& rubric = every_kind_rubric();
  EXPECT_EQ(fact_label(rubric, "scores.K1"), "K1 评分");
}

TEST(FactLabels, MissingFactsWithTheirLabelsOnceEach) {
  const Rubric& rubric = every_kind_rubric();
  EXPECT_EQ(describe_missing(rubric, {"staffed", "scores.K4", "staffed", "staff[1].trainings[0].days", "odd"}, nullptr),
            "staffed (人员到位), scores.K4 (K4 评分), staff[1].trainings[0].days (第 2 项工作人员 的 第 1 项培训记录 的 "
            "培训天数), odd");
  EXPECT_EQ(describe_missing(rubric, {}, nullptr), "");
}

TEST(FactLabels, MissingFactsNameThePeople) {
  Rubric rubric = every_kind_rubric();
  for (auto& [name, spec] : rubric.facts.fields) {
    if (name == "staff") {
      spec.named_by = "name";
    }
  }
  FactValues facts = {{"staff", Value::list({Value::map({{Value::string("name"), Value::string("王某某")}})})}};
  EXPECT_EQ(describe_missing(rubric, {"staff[0].trainings", "staff[1]"}, &facts),
            "staff[0].trainings (第 1 名工作人员 王某某 的 培训记录), staff[1] (第 2 名工作人员)");
}

TEST(FactLabels, PastTheLimitTheCountOfAll) {
  const Rubric& rubric = every_kind_rubric();
  std::vector<std::string> paths = {"high", "low", "open", "high", "rooms"};
  EXPECT_EQ(describe_missing(rubric, paths, nullptr, 2), "high (高档条件), low (低档条件) 等 4 项");
  EXPECT_EQ(describe_missing(rubric, paths, nullptr, 4), "high (高档条件), low (低档条件), open (门槛), rooms (房间数)");
}

}  // namespace
}  // namespace shifan::detail

#include "fact_hints.h"

#include <gtest/gtest.h>

#include "anhui_fixture.h"
#include "fact_path.h"

namespace shifan::detail {
namespace {

std::string hint(std::string_view path) {
  return fact_hint(*find_spec(shifan::testing::anhui_rubric().facts, FactPath::of(std::string(path)), ListSteps::implicit));
}

TEST(FactHints, Enum) { EXPECT_EQ(hint("station.class"), "司法所类别 (必填): 一类 | 二类 | 三类"); }

TEST(FactHints, Date) { EXPECT_EQ(hint("station.assessed_on"), "评定基准日 (必填): 日期 YYYY-MM-DD"); }

TEST(FactHints, Bool) { EXPECT_EQ(hint("management.vertical_management"), "\"人财物\"垂直管理已落实: true | false"); }

TEST(FactHints, IntegerBoundsAndSibling) {
  EXPECT_EQ(hint("mediation.village_committees"), "已建立调委会的村(社区)数: 整数, ≥ 0, 不多于 villages");
  EXPECT_EQ(hint("evaluation.county_ranks.year"), "年度 (必填): 整数, 4 位");
}

TEST(FactHints, NumberStep) {
  EXPECT_EQ(hint("staff.trainings.days"), "培训天数: 数, > 0, 最多两位小数");
  FactSpec halves = *find_spec(shifan::testing::anhui_rubric().facts, FactPath::of("staff.trainings.hours"),
                               ListSteps::implicit);
  halves.step = Decimal::parse("0.5").value();
  EXPECT_EQ(fact_hint(halves), "培训小时数: 数, > 0, 步长 0.5");
  EXPECT_EQ(hint("evaluation.satisfaction_percent"), "群众满意度(%): 数, ≥ 0, ≤ 100, 最多两位小数");
}

TEST(FactHints, Lists) {
  EXPECT_EQ(hint("staff"), "工作人员: 列表, 没有时写 []");
  EXPECT_EQ(hint("facilities.functions"), "职能办公室: 列表 (每项: 文字), 没有时写 []");
}

TEST(FactHints, RecordHasNoValues) { EXPECT_EQ(hint("station"), "司法所基本情况 (必填)"); }

}  // namespace
}  // namespace shifan::detail

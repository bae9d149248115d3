// The default rubric (rubric/anhui-2024.yaml) item by item at its boundaries,
// as docs/rubric-anhui-2024.md states them. Vetoes, time windows, totals and
// the verdict are in anhui_verdict_test.cpp.
#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

TEST(AnhuiRubric, BaseStationScoresFullMarksAndIsEligible) {
  Scored s(base_station());
  EXPECT_EQ(s.total(), "100");
  EXPECT_EQ(s.verdict(), "eligible");
  EXPECT_EQ(s.result().grade, "可申报省示范司法所");
  EXPECT_EQ(s.vetoes_not_clear(), Strings{});
  EXPECT_EQ(s.discrepancies(), Strings{});
  for (const ItemResult& item : s.result().items) {
    EXPECT_EQ(item.status, item.item->id == "A8" ? ItemStatus::not_applicable : ItemStatus::met)
        << item.item->id << ": " << item.reason;
  }
}

TEST(AnhuiRubric, AssessedItemWithoutAScoreIsUnknownUpToItsPoints) {
  AnhuiStation station = base_station();
  station.score("B1", "").score("C5", "");
  Scored s(station);
  EXPECT_EQ(s.item("B1"), "unknown 0..2.5");
  EXPECT_EQ(s.item("C5"), "unknown 0..3");
  EXPECT_EQ(s.item_result("C5").missing, Strings{"scores.C5"});
  EXPECT_EQ(s.total(), "94.5..100");
  EXPECT_EQ(s.verdict(), "undetermined");
  EXPECT_EQ(s.result().grade, std::nullopt);
}

TEST(AnhuiRubric, AssessedScoreBelowPointsIsPartial) {
  AnhuiStation station = base_station();
  station.score("A1", "4.5").score("A2", "0");
  Scored s(station);
  EXPECT_EQ(s.item("A1"), "partial 4.5");
  EXPECT_EQ(s.item("A2"), "unmet 0");
  EXPECT_EQ(s.total(), "94.5");
}

// A4: not diverted and at least 2 full-time staff on establishment.
TEST(AnhuiRubric, A4NeedsTwoFullTimeStaffOnEstablishment) {
  EXPECT_EQ(Scored(base_station()).item("A4"), "met 2");  // exactly 2 (甲, 乙)
  AnhuiStation one = base_station();
  one.person(1).on_establishment = "false";
  EXPECT_EQ(Scored(one).item("A4"), "unmet 0");
  AnhuiStation part_time = base_station();
  part_time.person(1).full_time = "false";
  EXPECT_EQ(Scored(part_time).item("A4"), "unmet 0");
}

TEST(AnhuiRubric, A4UnmetWhenEstablishmentDivertedEvenWithStaffUnknown) {
  AnhuiStation diverted = base_station();
  diverted.set("management.establishment_diverted", "true");
  EXPECT_EQ(Scored(diverted).item("A4"), "unmet 0");
  diverted.without_staff();
  EXPECT_EQ(Scored(diverted).item("A4"), "unmet 0");
}

TEST(AnhuiRubric, A4UnknownWhenEitherFactCouldDecideIt) {
  AnhuiStation no_flag = base_station();
  no_flag.set("management.establishment_diverted", "");
  EXPECT_EQ(Scored(no_flag).item("A4"), "unknown 0..2");
  AnhuiStation empty_flag = base_station();
  empty_flag.set("management.establishment_diverted", "null");
  EXPECT_EQ(Scored(empty_flag).item("A4"), "unknown 0..2");
  AnhuiStation no_staff = base_station();
  no_staff.without_staff();
  EXPECT_EQ(Scored(no_staff).item("A4"), "unknown 0..2");
}

// A5 (gated): a full-time director with rank ≥ 副科级, then scores.A5.
TEST(AnhuiRubric, A5GateOnFullTimeSectionLevelDirector) {
  AnhuiStation senior = base_station();
  senior.person(0).rank = "正科级";
  EXPECT_EQ(Scored(senior).item("A5"), "met 2");

  AnhuiStation clerk = base_station();
  clerk.person(0).rank = "科员";
  Scored low_rank(clerk);
  EXPECT_EQ(low_rank.item("A5"), "unmet 0");
  EXPECT_EQ(low_rank.discrepancies(), Strings{"A5 claimed 2 computed 0"});

  AnhuiStation part_time = base_station();
  part_time.person(0).full_time = "false";
  EXPECT_EQ(Scored(part_time).item("A5"), "unmet 0");

  AnhuiStation deputy_only = base_station();
  deputy_only.person(0).role = "副所长";
  EXPECT_EQ(Scored(deputy_only).item("A5"), "unmet 0");
}

TEST(AnhuiRubric, A5ScoreDecidesOnceTheGateHolds) {
  AnhuiStation half = base_station();
  half.score("A5", "1.5");
  EXPECT_EQ(Scored(half).item("A5"), "partial 1.5");
  AnhuiStation unscored = base_station();
  unscored.score("A5", "");
  EXPECT_EQ(Scored(unscored).item("A5"), "unknown 0..2");
}

TEST(AnhuiRubric, A5WithUnknownGateLiesBetweenZeroAndTheClaimedScore) {
  AnhuiStation station = base_station();
  station.person(0).rank = "";
  station.score("A5", "1.5");
  Scored s(station);
  EXPECT_EQ(s.item("A5"), "unknown 0..1.5");
  EXPECT_EQ(s.discrepancies(), Strings{});
  station.score("A5", "");
  EXPECT_EQ(Scored(station).item("A5"), "unknown 0..2");
}

// A6: full-time staff ≥ 6 / 5 / 4 by class.
TEST(AnhuiRubric, A6FiveFullTimeStaffMeetTheSecondClassMinimum) {
  Scored s(base_station());
  EXPECT_EQ(s.item("A6"), "met 4");
  EXPECT_EQ(s.veto("V3"), "clear");
}

TEST(AnhuiRubric, A6FourFullTimeStaffFallShortInTheSecondClass) {
  AnhuiStation station = base_station();
  station.person(4).full_time = "false";  // still listed, but part-time
  Scored s(station);
  EXPECT_EQ(s.item("A6"), "unmet 0");
  EXPECT_EQ(s.veto("V3"), "triggered");
  EXPECT_EQ(s.verdict(), "not_eligible");
}

TEST(AnhuiRubric, A6SixFullTimeStaffForTheFirstClass) {
  AnhuiStation station = base_station();
  station.set("station.class", "一类");
  Scored five(station);
  EXPECT_EQ(five.item("A6"), "unmet 0");
  EXPECT_EQ(five.veto("V3"), "triggered");
  station.staff().push_back(Person{.name = "己", .on_establishment = "false", .rank = "无"});
  Scored six(station);
  EXPECT_EQ(six.item("A6"), "met 4");
  EXPECT_EQ(six.veto("V3"), "clear");
  EXPECT_EQ(six.verdict(), "eligible");
}

TEST(AnhuiRubric, A6FourFullTimeStaffForTheThirdClass) {
  AnhuiStation station = base_station();
  station.set("station.class", "三类");
  station.person(4).full_time = "false";
  Scored four(station);
  EXPECT_EQ(four.item("A6"), "met 4");
  EXPECT_EQ(four.veto("V3"), "clear");
  station.person(3).full_time = "false";
  Scored three(station);
  EXPECT_EQ(three.item("A6"), "unmet 0");
  EXPECT_EQ(three.veto("V3"), "triggered");
}

TEST(AnhuiRubric, A6UnknownWithoutAStaffList) {
  AnhuiStation station = base_station();
  station.without_staff();
  Scored s(station);
  EXPECT_EQ(s.item("A6"), "unknown 0..4");
  EXPECT_EQ(s.veto("V3"), "unknown");
}

// A7 (gated): everyone (part-time staff too) has education ≥ 大专.
TEST(AnhuiRubric, A7GateOnEveryonesEducation) {
  EXPECT_EQ(Scored(base_station()).item("A7"), "met 2");  // three at exactly 大专
  AnhuiStation station = base_station();
  station.staff().push_back(Person{.name = "己", .full_time = "false",
                                   .on_establishment = "false", .education = "高中"});
  Scored s(station);
  EXPECT_EQ(s.item("A7"), "unmet 0");
  EXPECT_EQ(s.discrepancies(), Strings{"A7 claimed 2 computed 0"});
  station.score("A7", "0");
  EXPECT_EQ(Scored(station).discrepancies(), Strings{});
  station.without_staff();
  station.score("A7", "2");
  EXPECT_EQ(Scored(station).item("A7"), "unknown 0..2");
}

// A8: 一类 only; 二类/三类 not applicable, scoring the full 1 point.
TEST(AnhuiRubric, A8NotApplicableOutsideTheFirstClass) {
  AnhuiStation station = base_station();
  for (Person& person : station.staff()) {
    person.law_background = "false";
  }
  EXPECT_EQ(Scored(station).item("A8"), "not_applicable 1");
  station.set("station.class", "三类");
  EXPECT_EQ(Scored(station).item("A8"), "not_applicable 1");
}

TEST(AnhuiRubric, A8DecidedByLawBackgroundInTheFirstClass) {
  AnhuiStation station = base_station();
  station.set("station.class", "一类");
  station.person(1).law_background = "false";
  EXPECT_EQ(Scored(station).item("A8"), "met 1");  // 甲: 本科 with law background
  station.person(0).law_background = "false";
  EXPECT_EQ(Scored(station).item("A8"), "unmet 0");
  station.person(2).law_background = "true";  // 大专 with law background: not enough
  EXPECT_EQ(Scored(station).item("A8"), "unmet 0");
  station.person(2).education = "硕士";
  EXPECT_EQ(Scored(station).item("A8"), "met 1");
}

TEST(AnhuiRubric, A8UnknownWhenTheOnlyGraduatesLawBackgroundIsMissing) {
  AnhuiStation station = base_station();
  station.set("station.class", "一类");
  station.person(0).law_background = "";
  station.person(1).law_background = "false";
  EXPECT_EQ(Scored(station).item("A8"), "unknown 0..1");
  station.person(1).law_background = "true";  // a known one decides it
  EXPECT_EQ(Scored(station).item("A8"), "met 1");
}

// A9: each person, within (D − 1y, D], ≥ 1 training and ≥ 90 hours (day = 7.5 h).
TEST(AnhuiRubric, A9NinetyHoursExactlyIsEnough) {
  AnhuiStation station = base_station();  // everyone: 12 days = 90 hours
  EXPECT_EQ(Scored(station).item("A9"), "met 1");
  station.person(1).trainings = "[{date: 2024-01-10, hours: 90}]";
  station.person(2).trainings = "[{date: 2023-06-01, days: 10}, {date: 2024-05-20, hours: 15}]";
  station.person(3).trainings = "[{date: 2023-09-01, days: 11}, {date: 2024-02-01, hours: 7.5}]";
  EXPECT_EQ(Scored(station).item("A9"), "met 1");
}

TEST(AnhuiRubric, A9EightyNineAndAHalfHoursIsNot) {
  AnhuiStation station = base_station();
  station.person(2).trainings = "[{date: 2023-06-01, days: 10}, {date: 2024-05-20, hours: 14.5}]";
  Scored s(station);
  EXPECT_EQ(s.item("A9"), "unmet 0");
  EXPECT_EQ(s.total(), "99");
}

// Days and hours with two decimals add up exactly (issue 10): no step needed.
TEST(AnhuiRubric, A9AddsTwoDecimalDurationsExactly) {
  AnhuiStation station = base_station();
  std::string tenths = "[";
  for (int i = 0; i < 120; ++i) {
    tenths += (i == 0 ? "" : ", ") + std::string("{date: 2024-01-10, days: 0.1}");
  }
  station.person(0).trainings = tenths + "]";  // 12 days = 90 hours
  EXPECT_EQ(Scored(station).item("A9"), "met 1");

  station.person(0).trainings = "[{date: 2024-01-10, days: 11.9}]";  // 89.25 hours
  EXPECT_EQ(Scored(station).item("A9"), "unmet 0");
  station.person(0).trainings = "[{date: 2024-01-10, hours: 89.99}]";
  EXPECT_EQ(Scored(station).item("A9"), "unmet 0");
  station.person(0).trainings = "[{date: 2024-01-10, days: 1.5}, {date: 2024-02-10, hours: 78.75}]";
  EXPECT_EQ(Scored(station).item("A9"), "met 1");
  station.person(0).trainings = "[{date: 2024-01-10, days: 0.25}, {date: 2024-02-10, hours: 88.13}]";
  EXPECT_EQ(Scored(station).item("A9"), "met 1");  // 1.875 + 88.13 = 90.005
}

TEST(AnhuiRubric, A9EveryoneNeedsATrainingWithinTheYear) {
  AnhuiStation none = base_station();
  none.person(4).trainings = "[]";
  EXPECT_EQ(Scored(none).item("A9"), "unmet 0");

  // (2023-05-20, 2024-05-20]: a training on 2023-05-20 is a year old.
  AnhuiStation old = base_station();
  old.person(4).trainings = "[{date: 2023-05-20, days: 12}]";
  EXPECT_EQ(Scored(old).item("A9"), "unmet 0");
  old.person(4).trainings = "[{date: 2023-05-21, days: 12}]";
  EXPECT_EQ(Scored(old).item("A9"), "met 1");

  AnhuiStation part_time = base_station();
  part_time.staff().push_back(Person{.name = "己", .full_time = "false",
                                     .on_establishment = "false", .trainings = "[]"});
  EXPECT_EQ(Scored(part_time).item("A9"), "unmet 0");
}

TEST(AnhuiRubric, A9UnknownOnlyWhenAMissingRecordCouldChangeIt) {
  AnhuiStation station = base_station();
  station.person(3).trainings = "";
  EXPECT_EQ(Scored(station).item("A9"), "unknown 0..1");
  station.person(4).trainings = "[{date: 2024-01-10, hours: 80}]";  // a known shortfall
  EXPECT_EQ(Scored(station).item("A9"), "unmet 0");
}

// B4–B7: mediation.
TEST(AnhuiRubric, B4EveryVillageHasACommittee) {
  EXPECT_EQ(Scored(base_station()).item("B4"), "met 1");
  AnhuiStation station = base_station();
  station.set("mediation.village_committees", "11");
  EXPECT_EQ(Scored(station).item("B4"), "unmet 0");
  station.set("mediation.villages", "0").set("mediation.village_committees", "0");
  EXPECT_EQ(Scored(station).item("B4"), "unmet 0");
  station.set("mediation.villages", "");
  EXPECT_EQ(Scored(station).item("B4"), "unknown 0..1");
}

TEST(AnhuiRubric, B5AtLeastTwoTownMediators) {
  EXPECT_EQ(item_by_value(base_station(), "mediation.town_full_time_mediators", "B5",
                          {"2", "1", ""}),
            (Strings{"met 1", "unmet 0", "unknown 0..1"}));
}

TEST(AnhuiRubric, B6NinetyEightPercentExactlyIsMet) {
  AnhuiStation station = base_station();
  station.set("mediation.disputes", "100").set("mediation.disputes_resolved", "98");
  EXPECT_EQ(Scored(station).item("B6"), "met 1");
  station.set("mediation.disputes", "50").set("mediation.disputes_resolved", "49");
  EXPECT_EQ(Scored(station).item("B6"), "met 1");
}

TEST(AnhuiRubric, B6JustBelowNinetyEightPercentIsUnmet) {
  AnhuiStation station = base_station();
  station.set("mediation.disputes", "99").set("mediation.disputes_resolved", "97");  // 97.98%
  EXPECT_EQ(Scored(station).item("B6"), "unmet 0");
  station.set("mediation.disputes", "5000").set("mediation.disputes_resolved", "4899");  // 97.98%
  EXPECT_EQ(Scored(station).item("B6"), "unmet 0");
}

TEST(AnhuiRubric, B6WithoutDisputesIsMet) {
  AnhuiStation station = base_station();
  station.set("mediation.disputes", "0").set("mediation.disputes_resolved", "0");
  EXPECT_EQ(Scored(station).item("B6"), "met 1");
  station.set("mediation.disputes_resolved", "");  // no disputes decides it
  EXPECT_EQ(Scored(station).item("B6"), "met 1");
  station.set("mediation.disputes", "").set("mediation.disputes_resolved", "0");
  EXPECT_EQ(Scored(station).item("B6"), "unknown 0..1");
}

TEST(AnhuiRubric, B7NoEscalations) {
  EXPECT_EQ(item_by_value(base_station(), "mediation.escalations", "B7", {"0", "1", ""}),
            (Strings{"met 1", "unmet 0", "unknown 0..1"}));
}

// B10 (gated): reoffenders == 0, then scores.B10.
TEST(AnhuiRubric, B10GateOnNoReoffenders) {
  AnhuiStation station = base_station();
  station.set("community_correction.reoffenders", "1");
  Scored s(station);
  EXPECT_EQ(s.item("B10"), "unmet 0");
  EXPECT_EQ(s.discrepancies(), Strings{"B10 claimed 2 computed 0"});
  station.set("community_correction.reoffenders", "");
  station.score("B10", "1");
  Scored unknown(station);
  EXPECT_EQ(unknown.item("B10"), "unknown 0..1");
  EXPECT_EQ(unknown.discrepancies(), Strings{});
  station.score("B10", "");
  EXPECT_EQ(Scored(station).item("B10"), "unknown 0..2");
}

// B13, B14: resettlement.
TEST(AnhuiRubric, B13NinetyFivePercentExactlyIsMet) {
  AnhuiStation station = base_station();
  station.set("resettlement.placed", "19");  // 19 of 20
  EXPECT_EQ(Scored(station).item("B13"), "met 1");
  station.set("resettlement.subjects", "200").set("resettlement.registered", "200");
  station.set("resettlement.assisted", "200").set("resettlement.placed", "190");
  EXPECT_EQ(Scored(station).item("B13"), "met 1");
}

TEST(AnhuiRubric, B13JustBelowNinetyFivePercentIsUnmet) {
  AnhuiStation station = base_station();
  station.set("resettlement.subjects", "199").set("resettlement.registered", "199");
  station.set("resettlement.assisted", "199").set("resettlement.placed", "189");  // 94.97%
  Scored s(station);
  EXPECT_EQ(s.item("B13"), "unmet 0");
  EXPECT_EQ(s.item("B14"), "met 1");
}

TEST(AnhuiRubric, B13AndB14WithoutSubjectsAreMet) {
  AnhuiStation station = base_station();
  for (const char* key : {"subjects", "registered", "assisted", "placed"}) {
    station.set(std::string("resettlement.") + key, "0");
  }
  Scored s(station);
  EXPECT_EQ(s.item("B13"), "met 1");
  EXPECT_EQ(s.item("B14"), "met 1");
  station.set("resettlement.placed", "");
  EXPECT_EQ(Scored(station).item("B13"), "met 1");
  station.set("resettlement.subjects", "");
  EXPECT_EQ(Scored(station).item("B13"), "unknown 0..1");
}

TEST(AnhuiRubric, B14EveryoneRegisteredAndAssisted) {
  AnhuiStation station = base_station();
  station.set("resettlement.registered", "19");
  EXPECT_EQ(Scored(station).item("B14"), "unmet 0");
  station.set("resettlement.registered", "20").set("resettlement.assisted", "19");
  EXPECT_EQ(Scored(station).item("B14"), "unmet 0");
  station.set("resettlement.registered", "").set("resettlement.assisted", "19");
  EXPECT_EQ(Scored(station).item("B14"), "unmet 0");  // assisted alone decides it
  station.set("resettlement.assisted", "20");
  EXPECT_EQ(Scored(station).item("B14"), "unknown 0..1");
}

// D1, D3: offices and equipment.
TEST(AnhuiRubric, D1NeedsAllSevenOffices) {
  EXPECT_EQ(item_by_value(base_station(), "facilities.functions", "D1",
                          {"[所长室, 普法依法治理室, 人民调解室, 社区矫正室, 安置帮教室, "
                           "公共法律服务工作站, 会议室]",
                           "[公共法律服务工作站, 档案室, 安置帮教室, 社区矫正室, 人民调解室, "
                           "普法依法治理室, 所长室, 会议室]",
                           ""}),
            (Strings{"unmet 0", "met 2", "unknown 0..2"}));
}

TEST(AnhuiRubric, D3NeedsAllThreeDevices) {
  EXPECT_EQ(item_by_value(base_station(), "facilities.equipment", "D3",
                          {"[执法记录仪, 定位管理设备, 远程视频会见终端]", "[]", ""}),
            (Strings{"unmet 0", "unmet 0", "unknown 0..2"}));
}

// B5, B6, B7, B13, D1 (gated since version 2 of the readings): the number is
// the gate, the assessor's score decides the rest.
TEST(AnhuiRubric, B5B6B7B13D1TakeTheScoreWhenTheGateHolds) {
  AnhuiStation station = base_station();
  station.score("B5", "0.5").score("B6", "0").score("B7", "").score("B13", "1").score("D1", "1.5");
  Scored s(station);
  EXPECT_EQ(s.item("B5"), "partial 0.5");
  EXPECT_EQ(s.item("B6"), "unmet 0");
  EXPECT_EQ(s.item("B7"), "unknown 0..1");
  EXPECT_EQ(s.item("B13"), "met 1");
  EXPECT_EQ(s.item("D1"), "partial 1.5");
  EXPECT_EQ(s.item_result("B6").reason, "年度调解纠纷 100 件, 成功 100 件, 成功率达到 98% 以上, 评分 0 分");
  EXPECT_EQ(s.item_result("D1").reason, "“六室一站”齐全, 评分 1.5 分");
  EXPECT_EQ(s.item_result("B7").missing, Strings{"scores.B7"});
  EXPECT_EQ(s.discrepancies(), Strings{});
}

TEST(AnhuiRubric, B5B6B7B13D1ScoreZeroWhenTheGateFails) {
  AnhuiStation station = base_station();
  station.set("mediation.town_full_time_mediators", "1").set("mediation.escalations", "1");
  station.set("mediation.disputes", "99").set("mediation.disputes_resolved", "97");
  station.set("resettlement.placed", "18");
  station.set("facilities.functions", "[所长室, 普法依法治理室, 人民调解室, 社区矫正室, 安置帮教室, 公共法律服务工作站]");
  Scored s(station);
  for (const char* id : {"B5", "B6", "B7", "B13", "D1"}) {
    EXPECT_EQ(s.item(id), "unmet 0") << id;
  }
  EXPECT_EQ(s.item_result("B5").reason, "乡镇(街道)调委会专职人民调解员 1 名, 少于要求的 2 名");
  EXPECT_EQ(s.item_result("B7").reason, "年度内因调解不及时、不正确导致纠纷激化的案事件 1 件");
  EXPECT_EQ(s.item_result("B13").reason, "安置帮教对象 20 人, 已安置 18 人, 安置率低于 95%");
  EXPECT_EQ(s.item_result("D1").reason, "“六室一站”缺少 档案室");
  EXPECT_EQ(s.discrepancies(), (Strings{"B5 claimed 1 computed 0", "B6 claimed 1 computed 0", "B7 claimed 1 computed 0",
                                        "B13 claimed 1 computed 0", "D1 claimed 2 computed 0"}));
  EXPECT_EQ(s.total(), "94");
}

// E1: ranks for year(D)−1 and year(D)−2 each ≤ 3.
TEST(AnhuiRubric, E1ThirdPlaceBothYearsIsMet) {
  EXPECT_EQ(item_by_value(base_station(), "evaluation.county_ranks", "E1",
                          {"[{year: 2022, rank: 3}, {year: 2023, rank: 3}]",
                           "[{year: 2022, rank: 3}, {year: 2023, rank: 4}]"}),
            (Strings{"met 3", "unmet 0"}));
}

TEST(AnhuiRubric, E1MissingYearIsUnknownUnlessTheOtherYearFails) {
  EXPECT_EQ(item_by_value(base_station(), "evaluation.county_ranks", "E1",
                          {"[{year: 2023, rank: 1}]",
                           // 2024 and 2021 are outside the two years: 2022 is still missing
                           "[{year: 2024, rank: 1}, {year: 2023, rank: 1}, {year: 2021, rank: 1}]",
                           "[{year: 2023, rank: 4}]", "[{year: 2022, rank: 5}]", "[]", ""}),
            (Strings{"unknown 0..3", "unknown 0..3", "unmet 0", "unmet 0", "unknown 0..3",
                     "unknown 0..3"}));
}

// E3: 2 points for a 市级+ 党委政府 or 省级+ 司法行政 award, 1 for a 县级 党委政府
// or 市级 司法行政 one, each within (D − 2y, D].
TEST(AnhuiRubric, E3PartsAreDecidedOnTheirOwn) {
  EXPECT_EQ(item_by_value(base_station(), "evaluation.awards", "E3",
                          {"[{date: 2023-12-20, level: 市级, issuer: 党委政府}, "
                           "{date: 2023-01-15, level: 县级, issuer: 党委政府}]",
                           "[{date: 2023-12-20, level: 市级, issuer: 党委政府}]",
                           "[{date: 2023-12-20, level: 县级, issuer: 党委政府}]",
                           "[{date: 2023-12-20, level: 省级, issuer: 司法行政}, "
                           "{date: 2023-06-01, level: 市级, issuer: 司法行政}]",
                           "[{date: 2023-12-20, level: 国家级, issuer: 党委政府}]"}),
            (Strings{"met 3", "partial 2", "partial 1", "met 3", "partial 2"}));
}

TEST(AnhuiRubric, E3LowerAwardsCountOnlyWhereTheRubricSays) {
  EXPECT_EQ(item_by_value(base_station(), "evaluation.awards", "E3",
                          {"[{date: 2023-12-20, level: 县级, issuer: 司法行政}]",
                           "[{date: 2023-12-20, level: 市级, issuer: 司法行政}]"}),
            (Strings{"unmet 0", "partial 1"}));
}

TEST(AnhuiRubric, E3EmptyAwardsScoreZeroAbsentAwardsAreUnknown) {
  EXPECT_EQ(item_by_value(base_station(), "evaluation.awards", "E3", {"[]", ""}),
            (Strings{"unmet 0", "unknown 0..3"}));
}

TEST(AnhuiRubric, E3AwardsCountWithinTwoYears) {
  AnhuiStation station = base_station();
  station.set("evaluation.awards", "[{date: 2022-05-20, level: 市级, issuer: 党委政府}, "
                                   "{date: 2022-05-21, level: 县级, issuer: 党委政府}]");
  EXPECT_EQ(Scored(station).item("E3"), "partial 1");
}

TEST(AnhuiRubric, E4NinetyPercentSatisfactionIsMet) {
  EXPECT_EQ(item_by_value(base_station(), "evaluation.satisfaction_percent", "E4",
                          {"90", "89.99", "null"}),
            (Strings{"met 1", "unmet 0", "unknown 0..1"}));
}

TEST(AnhuiRubric, E6NoValidComplaints) {
  EXPECT_EQ(item_by_value(base_station(), "evaluation.valid_complaints", "E6", {"0", "1", ""}),
            (Strings{"met 1", "unmet 0", "unknown 0..1"}));
}

}  // namespace
}  // namespace shifan::testing

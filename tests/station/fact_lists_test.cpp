#include <gtest/gtest.h>

#include "station_test_support.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

FactSpec& field(FactSpec& record, std::string_view name) {
  for (auto& [key, spec] : record.fields) {
    if (key == name) {
      return spec;
    }
  }
  throw std::logic_error("no field " + std::string(name));
}

// station_rubric() with the Anhui rubric's keys: expected room names, one rank a year.
Rubric listing_rubric() {
  Rubric rubric = station_rubric();
  FactSpec& facilities = field(rubric.facts, "facilities");
  FactSpec rooms = fact(FactType::string, "职能办公室", true);
  rooms.expected = {"所长室", "普法依法治理室", "人民调解室", "档案室"};
  field(facilities, "functions") = list_of(rooms, "职能办公室");
  field(field(rubric.facts, "evaluation"), "county_ranks").unique_by = "year";
  return rubric;
}

LoadedStation load_listing(std::string_view more) {
  return load_station(read_document("station.yaml", std::string(k_minimal_station) + std::string(more)),
                      listing_rubric());
}

std::vector<std::string> warning_lines(const LoadedStation& loaded) {
  std::vector<std::string> out;
  for (const Diagnostic& warning : loaded.warnings) {
    std::string text = format_diagnostic(warning);
    out.push_back(text.substr(0, text.find('\n')));
  }
  return out;
}

TEST(FactLists, NamesJoinedByChinesePunctuationAreAnErrorAtTheEntry) {
  LoadedStation loaded = load_listing("facilities:\n  functions: [所长室，普法依法治理室，人民调解室]\n");
  EXPECT_EQ(messages(loaded),
            Strings{"station.yaml:7:15: 这一项像是用中文标点连在一起的 3 项; 请写成列表 [所长室, 普法依法治理室, 人民调解室]\n"
                    "    functions: [所长室，普法依法治理室，人民调解室]\n"
                    "                ^"});
  EXPECT_TRUE(loaded.warnings.empty());
  EXPECT_EQ(headlines(load_listing("facilities:\n  functions:\n    - 档案室\n    - 所长室、人民调解室；会议室\n")),
            Strings{"station.yaml:9:7: 这一项像是用中文标点连在一起的 3 项; 请写成列表 [所长室, 人民调解室, 会议室]"});
  EXPECT_EQ(headlines(load_listing("facilities:\n  functions: [所长室\u3000档案室]\n")),
            Strings{"station.yaml:7:15: 这一项像是用中文标点连在一起的 2 项; 请写成列表 [所长室, 档案室]"});
}

TEST(FactLists, OtherNamesAreWarningsWithADidYouMean) {
  LoadedStation loaded = load_listing("facilities:\n  functions: [所长室, 档案史, 会议室]\n");
  ASSERT_TRUE(loaded.station);
  EXPECT_TRUE(loaded.diagnostics.empty());
  EXPECT_EQ(warning_lines(loaded),
            (Strings{"station.yaml:7:20: 警告: '档案史' 不是细则列出的职能办公室 (是否想写 '档案室'?); "
                     "如是细则之外的职能办公室, 可以保留",
                     "station.yaml:7:25: 警告: '会议室' 不是细则列出的职能办公室; 如是细则之外的职能办公室, 可以保留"}));
  EXPECT_EQ(loaded.station->warnings.size(), 2U);
  // Names joined without any known one are just another name.
  EXPECT_EQ(load_listing("facilities:\n  functions: [会议室、接待室]\n").warnings.size(), 1U);
}

TEST(FactLists, UniqueByRefusesASecondEntryForTheSameYear) {
  LoadedStation loaded = load_listing(R"(evaluation:
  county_ranks:
    - {year: 2023, rank: 2}
    - {year: 2022, rank: 1}
    - {year: 2023, rank: 1}
)");
  EXPECT_EQ(headlines(loaded), Strings{"station.yaml:10:14: 年度 2023 重复 (第 1 条已有); 每个年度只能有一条"});
  EXPECT_TRUE(load_listing("evaluation:\n  county_ranks: [{year: 2023, rank: 2}, {year: 2022, rank: 1}]\n").station);
}

}  // namespace
}  // namespace shifan::testing

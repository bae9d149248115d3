#include "station_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "batch_test_support.h"
#include "shifan/diagnostic.h"

namespace shifan::detail {
namespace {

using shifan::testing::TempDir;

TEST(StationFiles, KeepsAFileOrStdinOrAMissingPathAsGiven) {
  std::ostringstream err;
  EXPECT_EQ(station_files("-", err), std::vector<std::string>{"-"});
  EXPECT_EQ(station_files("no/such.yaml", err), std::vector<std::string>{"no/such.yaml"});
  TempDir dir;
  std::string notes = dir.write("notes.txt", "x");
  EXPECT_EQ(station_files(notes, err), std::vector<std::string>{notes});
  EXPECT_EQ(err.str(), "");
}

TEST(StationFiles, SearchesADirectoryRecursivelyInByteOrderOfThePath) {
  TempDir dir;
  for (const char* name : {"b.yaml", "a-c.yml", "a/z.json", "a/B.YAML", "a/notes.txt", "云岭.yaml", "c.json.bak"}) {
    dir.write(name, "x");
  }
  std::ostringstream err;
  std::vector<std::string> files = station_files(dir.path(), err);
  std::vector<std::string> relative;
  for (const std::string& file : files) {
    relative.push_back(file.substr(dir.path().size() + 1));
  }
  // '-' (0x2D) sorts before '/' (0x2F), and capitals before small letters.
  EXPECT_EQ(relative, (std::vector<std::string>{"a-c.yml", "a/B.YAML", "a/z.json", "b.yaml", "云岭.yaml"}));
  EXPECT_EQ(err.str(), "");
}

TEST(StationFiles, SkipsASymlinkLoopWithANote) {
  TempDir dir;
  dir.write("sub/s.yaml", "x");
  std::filesystem::create_directory_symlink("..", dir.path() + "/sub/loop");
  std::filesystem::create_directory_symlink(dir.path() + "/sub", dir.path() + "/again");
  std::ostringstream err;
  std::vector<std::string> files = station_files(dir.path(), err);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0], dir.path() + "/again/s.yaml");
  EXPECT_NE(err.str().find("跳过已搜索过的目录 '" + dir.path() + "/sub'"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("/loop' (符号链接循环或重复链接)"), std::string::npos) << err.str();
}

TEST(StationFiles, LeavesOutFifosAndBrokenLinksWithANote) {
  TempDir dir;
  dir.write("a.yaml", "x");
  ASSERT_EQ(::mkfifo((dir.path() + "/pipe.yaml").c_str(), 0600), 0);
  std::filesystem::create_symlink(dir.path() + "/gone.yaml", dir.path() + "/broken.yaml");
  std::filesystem::create_symlink(dir.path() + "/gone.txt", dir.path() + "/notes.txt");
  std::ostringstream err;
  EXPECT_EQ(station_files(dir.path(), err), std::vector<std::string>{dir.path() + "/a.yaml"});
  EXPECT_NE(err.str().find("跳过 '" + dir.path() + "/pipe.yaml': 不是普通文件\n"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("跳过 '" + dir.path() + "/broken.yaml': 链接指向的文件不存在\n"), std::string::npos)
      << err.str();
  EXPECT_EQ(err.str().find("notes.txt"), std::string::npos) << err.str();  // not a station file's name
}

TEST(StationFiles, FollowsALinkToAFile) {
  TempDir dir;
  dir.write("elsewhere/a.yaml", "x");
  std::filesystem::create_symlink(dir.path() + "/elsewhere/a.yaml", dir.path() + "/link.yaml");
  std::ostringstream err;
  EXPECT_EQ(station_files(dir.path() + "/link.yaml", err), std::vector<std::string>{dir.path() + "/link.yaml"});
  std::vector<std::string> files = station_files(dir.path(), err);
  EXPECT_EQ(files, (std::vector<std::string>{dir.path() + "/elsewhere/a.yaml", dir.path() + "/link.yaml"}));
}

TEST(StationFiles, ThrowsWhenADirectoryCannotBeRead) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "root reads every directory";
  }
  TempDir dir;
  dir.write("locked/a.yaml", "x");
  std::filesystem::permissions(dir.path() + "/locked", std::filesystem::perms::none);
  std::ostringstream err;
  EXPECT_THROW(station_files(dir.path(), err), Error);
  std::filesystem::permissions(dir.path() + "/locked", std::filesystem::perms::owner_all);
}

TEST(StationFiles, RecognisesStationFileNames) {
  EXPECT_TRUE(is_station_file_name("a.yaml"));
  EXPECT_TRUE(is_station_file_name("a.YML"));
  EXPECT_TRUE(is_station_file_name("dir/a.Json"));
  EXPECT_FALSE(is_station_file_name(".yaml"));
  EXPECT_FALSE(is_station_file_name("a.yaml~"));
  EXPECT_FALSE(is_station_file_name("a.txt"));
  EXPECT_TRUE(is_station_file_name("dir/黄村.XLSX"));
  EXPECT_FALSE(is_station_file_name("dir/~$黄村.xlsx"));
}

TEST(StationFiles, ExpandsArgumentsMarkingFilesFoundInFolders) {
  TempDir dir;
  std::string a = dir.write("d/a.yaml", "x");
  std::string named = dir.write("b.yaml", "x");
  std::ostringstream err;
  std::vector<StationFile> files = expand_arguments({named, dir.path() + "/d", "-"}, err);
  EXPECT_EQ(files, (std::vector<StationFile>{{named, false}, {a, true}, {"-", false}}));
  EXPECT_TRUE(several_records(files));
  EXPECT_FALSE(several_records({{named, false}}));
  EXPECT_TRUE(several_records({{a, true}})) << "a folder gives an array even with one file";
  std::filesystem::create_directories(dir.path() + "/empty");
  EXPECT_TRUE(expand_arguments({dir.path() + "/empty"}, err).empty());
  EXPECT_EQ(station_extensions(), ".yaml .yml .json .xlsx");
}

}  // namespace
}  // namespace shifan::detail

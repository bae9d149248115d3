#include "path_trail.h"

#include <gtest/gtest.h>

namespace shifan::testing {
namespace {

using detail::FactPath;
using detail::PathTrail;

TEST(PathTrail, TopLevelIsTheEmptyPath) {
  EXPECT_EQ(PathTrail().path(), FactPath());
  EXPECT_EQ(PathTrail().str(), "");
}

TEST(PathTrail, BuildsWhatFactPathBuilds) {
  PathTrail top;
  PathTrail staff = top.field("staff");
  PathTrail entry = staff.index(2);
  PathTrail sanctions = entry.field("sanctions");
  PathTrail first = sanctions.index(0);
  PathTrail date = first.field("date");
  EXPECT_EQ(date.path(), FactPath().field("staff").index(2).field("sanctions").index(0).field("date"));
  EXPECT_EQ(date.str(), "staff[2].sanctions[0].date");
  EXPECT_EQ(staff.str(), "staff");
  EXPECT_EQ(entry.str(), "staff[2]");
}

TEST(PathTrail, NonAsciiAndEmptyNamesAsFactPathPrintsThem) {
  PathTrail top;
  PathTrail chinese = top.field("工作人员");
  PathTrail empty = chinese.field("");
  EXPECT_EQ(empty.path(), FactPath().field("工作人员").field(""));
  EXPECT_EQ(chinese.index(10).str(), FactPath().field("工作人员").index(10).str());
}

}  // namespace
}  // namespace shifan::testing

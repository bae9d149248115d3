#include "progress.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>

namespace shifan::detail {
namespace {

using namespace std::chrono_literals;

// A clock the test moves by hand.
struct FakeClock {
  Progress::Clock::time_point now{};
  std::function<Progress::Clock::time_point()> function() {
    return [this] { return now; };
  }
};

TEST(Progress, SilentInTheFirstSecond) {
  std::ostringstream err;
  FakeClock clock;
  Progress progress(err, 100, true, clock.function());
  clock.now += 900ms;
  progress.done(10);
  EXPECT_EQ(err.str(), "");
}

TEST(Progress, ShowsDoneRateAndTimeLeftThenErasesItself) {
  std::ostringstream err;
  FakeClock clock;
  {
    Progress progress(err, 100, true, clock.function());
    clock.now += 2s;
    progress.done(40);
    EXPECT_EQ(err.str(), "\r\x1b[K已评 40/100 个文件, 每秒 20 个, 约剩 3 秒");
    clock.now += 100ms;
    progress.done(41);  // too soon to redraw
    EXPECT_EQ(err.str(), "\r\x1b[K已评 40/100 个文件, 每秒 20 个, 约剩 3 秒");
  }
  EXPECT_EQ(err.str(), "\r\x1b[K已评 40/100 个文件, 每秒 20 个, 约剩 3 秒\r\x1b[K");
}

TEST(Progress, NeverWhenNotShown) {
  std::ostringstream err;
  FakeClock clock;
  {
    Progress progress(err, 100, false, clock.function());
    clock.now += 5s;
    progress.done(50);
  }
  EXPECT_EQ(err.str(), "");
}

TEST(Progress, NotWantedWhenStderrIsNoTerminal) {
  // Under ctest stderr is a pipe or a file; with --quiet it is never wanted.
  if (isatty(2) != 1) {
    EXPECT_FALSE(progress_wanted(false));
  }
  EXPECT_FALSE(progress_wanted(true));
}

}  // namespace
}  // namespace shifan::detail

// The self-updating line on stderr while a long batch runs.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>

namespace shifan::detail {

// "已评 120/2000 个文件, 每秒 450 个, 约剩 5 秒", redrawn in place with a
// carriage return. Nothing shows in the first second, nor ever when not
// `shown`; at most five redraws a second. Calls come from one thread.
class Progress {
 public:
  using Clock = std::chrono::steady_clock;
  // `now` is the clock (tests give their own).
  Progress(std::ostream& err, std::size_t total, bool shown,
           std::function<Clock::time_point()> now = &Clock::now);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  // Erases the line.
  ~Progress();

  // `files` of the total are done: redraws the line when it is due.
  void done(std::size_t files);
  // Erases the line if it shows (before other text goes to stderr; it is
  // drawn again at the next due done()).
  void clear();

 private:
  std::ostream& m_err;
  std::size_t m_total;
  bool m_shown;
  std::function<Clock::time_point()> m_now;
  Clock::time_point m_start;
  Clock::time_point m_last_drawn;
  bool m_on_screen = false;
};

// Whether a batch shows its progress line: stderr is a terminal, stdout is
// not (results on the terminal are progress enough), the environment is not
// CI (the CI variable set), and no --quiet.
bool progress_wanted(bool quiet);

}  // namespace shifan::detail

#include "progress.h"

#include <unistd.h>

#include <cstdlib>
#include <ostream>
#include <string>
#include <utility>

namespace shifan::detail {

namespace {

constexpr auto k_quiet_start = std::chrono::seconds(1);
constexpr auto k_redraw_every = std::chrono::milliseconds(200);
// Erase from the cursor to the end of the line (ANSI EL).
constexpr const char* k_erase = "\r\x1b[K";

}  // namespace

Progress::Progress(std::ostream& err, std::size_t total, bool shown, std::function<Clock::time_point()> now)
    : m_err(err), m_total(total), m_shown(shown), m_now(std::move(now)) {
  if (m_shown) {
    m_start = m_now();
  }
}

Progress::~Progress() {
  clear();
}

void Progress::done(std::size_t files) {
  if (!m_shown || files >= m_total) {
    return;
  }
  Clock::time_point now = m_now();
  if (now - m_start < k_quiet_start || (m_on_screen && now - m_last_drawn < k_redraw_every)) {
    return;
  }
  double seconds = std::chrono::duration<double>(now - m_start).count();
  double rate = static_cast<double>(files) / seconds;
  std::string line = "已评 " + std::to_string(files) + "/" + std::to_string(m_total) + " 个文件, 每秒 " +
                     std::to_string(static_cast<long long>(rate + 0.5)) + " 个";
  if (rate > 0) {
    auto left = static_cast<long long>(static_cast<double>(m_total - files) / rate + 0.5);
    line += ", 约剩 " + std::to_string(left) + " 秒";
  }
  m_err << k_erase << line << std::flush;
  m_on_screen = true;
  m_last_drawn = now;
}

void Progress::clear() {
  if (m_on_screen) {
    m_err << k_erase << std::flush;
    m_on_screen = false;
  }
}

bool progress_wanted(bool quiet) {
  const char* ci = std::getenv("CI");
  return !quiet && isatty(STDERR_FILENO) == 1 && isatty(STDOUT_FILENO) != 1 && (ci == nullptr || *ci == '\0');
}

}  // namespace shifan::detail

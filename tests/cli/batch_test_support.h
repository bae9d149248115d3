// The built-in rubric and the example stations, for the batch tests.
#pragma once

#include <gtest/gtest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "shifan/document.h"
#include "shifan/rubric.h"
#include "shifan/score.h"
#include "shifan/station.h"
#include "summary.h"

namespace shifan::testing {

inline const Rubric& anhui_rubric() {
  static const Rubric rubric = *load_default_rubric().rubric;
  return rubric;
}

// A source-tree file ("examples/yunling.yaml") loaded and validated; the
// station keeps the relative name, as the CLI run from the top would.
inline Station example_station(const std::string& relative) {
  std::string text = read_file(SHIFAN_SOURCE_DIR "/" + relative, 1 << 20);
  LoadedStation loaded = load_station(read_document(relative, text), anhui_rubric());
  EXPECT_TRUE(loaded.diagnostics.empty()) << relative;
  return *loaded.station;
}

// A summary row of a scored station (totals in hundredths).
inline detail::SummaryRow make_row(std::string file, std::string name, Verdict verdict, std::int64_t low = 0,
                                   std::int64_t high = 0) {
  detail::SummaryRow row;
  row.file = std::move(file);
  row.name = std::move(name);
  row.verdict = verdict;
  row.total_low = Decimal::from_hundredths(low);
  row.total_high = Decimal::from_hundredths(high);
  return row;
}

// A temporary directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "shifan-test-XXXXXX").string();
    m_path = ::mkdtemp(pattern.data());
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(m_path, ignored);
  }
  const std::string& path() const { return m_path; }
  // Writes `text` to path()/relative, creating folders; returns the full path.
  std::string write(const std::string& relative, const std::string& text) const {
    std::filesystem::path full = std::filesystem::path(m_path) / relative;
    std::filesystem::create_directories(full.parent_path());
    std::ofstream(full, std::ios::binary) << text;
    return full.string();
  }
  std::string read(const std::string& relative) const {
    std::ifstream in(std::filesystem::path(m_path) / relative, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

 private:
  std::string m_path;
};

}  // namespace shifan::testing

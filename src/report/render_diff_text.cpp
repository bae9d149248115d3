#include <fmt/format.h>

#include <algorithm>

#include "diff_words.h"
#include "render_diff.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

std::size_t width_of(std::string_view text) { return static_cast<std::size_t>(display_width(text)) + 2; }

class DiffText {
 public:
  explicit DiffText(const DiffSides& sides) : m_sides(sides) {}

  std::string run(const std::vector<StationDiff>& diffs) {
    line(fmt::format("比较: {} → {}", m_sides.before, m_sides.after));
    for (const StationDiff& diff : diffs) {
      if (diff.before != nullptr && diff.after != nullptr) {
        station(diff);
      }
    }
    bool one_side = false;
    for (const StationDiff& diff : diffs) {
      if (diff.before == nullptr || diff.after == nullptr) {
        if (!one_side) {
          line();
          one_side = true;
        }
        line(one_side_line(diff));
      }
    }
    line();
    line(count_line(diffs));
    return m_out;
  }

 private:
  void line(std::string_view text = {}) {
    m_out += trim_end(std::string(text));
    m_out += '\n';
  }

  void station(const StationDiff& diff) {
    const Snapshot& before = *diff.before;
    const Snapshot& after = *diff.after;
    line();
    line(fmt::format("{} ({} → {})", station_name(diff), before.file, after.file));
    if (!diff.total_changed() && !diff.verdict_changed() && diff.items.empty() && diff.vetoes.empty() &&
        diff.facts.empty()) {
      line("  无变化");
      return;
    }
    line(fmt::format("  总分: {}", total_change(before, after)));
    line(fmt::format("  结论: {} → {}{}", verdict_label(before.verdict), verdict_label(after.verdict),
                     diff.verdict_changed() ? " (结论改变)" : ""));
    entries("评分项", diff.items, false);
    entries("一票否决", diff.vetoes, true);
    facts(diff.facts);
  }

  void entries(const char* title, const std::vector<EntryChange>& changes, bool veto) {
    if (changes.empty()) {
      return;
    }
    std::size_t text_width = 6;
    std::size_t score_width = 6;
    std::size_t status_width = 4;
    for (const EntryChange& change : changes) {
      text_width = std::max(text_width, width_of(change.after.text));
      score_width = std::max(score_width, width_of(change.before.score + " → " + change.after.score));
      status_width = std::max(status_width, width_of(status_text(change.before.status, veto)) - 1);
    }
    line(fmt::format("  {}:", title));
    for (const EntryChange& change : changes) {
      std::string score = veto ? "" : pad(change.before.score + " → " + change.after.score, score_width);
      line(fmt::format("    {}{}{}{}→ {}", pad(change.after.id, 6), pad(change.after.text, text_width), score,
                       pad(status_text(change.before.status, veto), status_width),
                       status_text(change.after.status, veto)));
      line(fmt::format("    {}原: {}", pad("", 6), change.before.reason.empty() ? "-" : change.before.reason));
      line(fmt::format("    {}现: {}", pad("", 6), change.after.reason.empty() ? "-" : change.after.reason));
    }
  }

  void facts(const std::vector<FactChange>& changes) {
    if (changes.empty()) {
      return;
    }
    std::size_t width = 6;
    for (const FactChange& change : changes) {
      width = std::max(width, width_of(fact_name(change)));
    }
    line("  事实:");
    for (const FactChange& change : changes) {
      line(fmt::format("    {}{} → {}", pad(fact_name(change), width), change.before, change.after));
    }
  }

  const DiffSides& m_sides;
  std::string m_out;
};

}  // namespace

std::string render_diff_text(const DiffSides& sides, const std::vector<StationDiff>& diffs) {
  return DiffText(sides).run(diffs);
}

}  // namespace shifan::detail

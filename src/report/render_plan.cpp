#include "render_plan.h"

#include <fmt/format.h>

#include <algorithm>

#include "fact_labels.h"
#include "json_writer.h"
#include "shifan/render.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

// Schema paths with their labels: "staff.sanctions (处分记录), …".
std::string labelled(const Rubric& rubric, const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::string label = fact_label(rubric, path);
    out.push_back(label.empty() ? path : fmt::format("{} ({})", path, label));
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

class PlanText {
 public:
  explicit PlanText(const Plan& plan) : m_plan(plan), m_result(*plan.result), m_rubric(*m_result.rubric) {
    for (const PlanStep& step : plan.steps) {
      m_short_width = std::max(m_short_width, static_cast<std::size_t>(display_width(step.item->item->short_text)) + 2);
    }
    for (const OpenFact& fact : plan.open) {
      m_path_width = std::max(m_path_width, static_cast<std::size_t>(display_width(path_text(fact.path))) + 2);
    }
  }

  std::string run() {
    const Station& station = *m_result.station;
    line(fmt::format("{} ({})", station.name.empty() ? station.file : station.name, station.file));
    line(fmt::format("总分: {} (满分 {}, {} {})", score_range(m_result.total_low, m_result.total_high),
                     m_rubric.total.str(), m_rubric.wording.pass_mark, pass_mark()));
    line(verdict_sentence(m_result));
    vetoes();
    gap();
    open();
    if (m_plan.vetoes.empty() && m_plan.gap == Decimal() && m_plan.needed == Decimal() && m_plan.open.empty()) {
      line();
      line(fmt::format("已达到{} {}, 无需补分", m_rubric.wording.pass_mark, pass_mark()));
    }
    return m_out;
  }

 private:
  void line(std::string_view text = {}) {
    m_out += trim_end(std::string(text));
    m_out += '\n';
  }

  std::string pass_mark() const { return m_rubric.pass_mark().str(); }

  std::string path_text(const std::string& path) const {
    std::string label = fact_label(m_rubric, path);
    return label.empty() ? path : fmt::format("{} ({})", path, label);
  }

  void vetoes() {
    if (m_plan.vetoes.empty()) {
      return;
    }
    line();
    line("一票否决 (先解除, 否则其他都不算)");
    for (const VetoFix& fix : m_plan.vetoes) {
      line(fmt::format("  {}{}: {}", pad(fix.veto->veto->id, 6), fix.veto->veto->text, fix.veto->reason));
      line(fmt::format("  {}解除: 改变事实使其不再成立: {}", pad("", 6), labelled(m_rubric, fix.facts)));
    }
  }

  void gap() {
    if (m_plan.gap == Decimal()) {
      return;
    }
    line();
    std::string favour = m_result.total_low != m_result.total_high ? " (按待定项全部得分计)" : "";
    if (!m_plan.reachable) {
      line(fmt::format("差 {} 分达到{} {}{}: 即使所有失分项都拿回也达不到, 最高 {} 分", m_plan.gap.str(),
                       m_rubric.wording.pass_mark, pass_mark(), favour,
                       m_plan.steps.empty() ? m_result.total_high.str() : m_plan.steps.back().total.str()));
    } else {
      line(fmt::format("差 {} 分达到{} {}{}: 最少补 {} 项 (优先补由事实决定的项)", m_plan.gap.str(),
                       m_rubric.wording.pass_mark, pass_mark(), favour, m_plan.steps.size()));
    }
    line(fmt::format("  {}{}{}{}{}{}", pad("编号", 6), pad("项目", m_short_width), pad("依据", 6), pad("加分", 7),
                     pad("补后总分", 10), "现状; 相关事实"));
    for (const PlanStep& step : m_plan.steps) {
      const ItemResult& item = *step.item;
      std::string note = item.reason;
      if (!step.facts.empty()) {
        note += (note.empty() ? "" : "; ") + labelled(m_rubric, step.facts);
      }
      line(fmt::format("  {}{}{}{}{}{}", pad(item.item->id, 6), pad(item.item->short_text, m_short_width),
                       pad(enum_label(step.lever), 6), pad("+" + step.gain.str(), 7), pad(step.total.str(), 10), note));
    }
  }

  void open() {
    if (m_result.verdict != Verdict::undetermined) {
      return;
    }
    line();
    bool reachable = m_result.total_high >= m_rubric.pass_mark();
    if (m_plan.needed > Decimal()) {
      line(fmt::format("待定: 已确定 {} 分, 还差 {} 分; 待定项全部得分时最高 {} 分, {}{} {}",
                       m_result.total_low.str(), m_plan.needed.str(), m_result.total_high.str(),
                       reachable ? "补齐后可以达到" : "补齐后也达不到", m_rubric.wording.pass_mark, pass_mark()));
    } else {
      line(fmt::format("待定: 已确定 {} 分, 已达{}; 结论取决于待定的一票否决", m_result.total_low.str(),
                       m_rubric.wording.pass_mark));
    }
    line("决定结论的缺失事实和评分 (一票否决优先, 再按所涉分值从大到小)");
    line(fmt::format("  {}{}{}", pad("缺失", m_path_width), pad("所涉分值", 10), "影响"));
    for (const OpenFact& fact : m_plan.open) {
      std::string points = fact.decides_veto ? "一票否决" : fact.points.str();
      line(fmt::format("  {}{}{}", pad(path_text(fact.path), m_path_width), pad(points, 10),
                       fmt::join(fact.readers, ", ")));
    }
  }

  const Plan& m_plan;
  const ScoreResult& m_result;
  const Rubric& m_rubric;
  std::size_t m_short_width = 6;
  std::size_t m_path_width = 6;
  std::string m_out;
};

void json_strings(JsonWriter& out, const char* name, const std::vector<std::string>& values) {
  out.key(name).begin_array();
  for (const std::string& value : values) {
    out.string(value);
  }
  out.end_array();
}

}  // namespace

std::string render_plan_text(const Plan& plan) { return PlanText(plan).run(); }

std::string render_plan_json(const Plan& plan) {
  const ScoreResult& result = *plan.result;
  const Rubric& rubric = *result.rubric;
  JsonWriter out;
  out.begin_object().key("file").string(result.station->file);
  out.key("name").string_or_null(result.station->name);
  out.key("pass_mark").number(rubric.pass_mark());
  out.key("total_low").number(result.total_low).key("total_high").number(result.total_high);
  out.key("verdict").string(verdict_name(result.verdict));
  out.key("vetoes").begin_array();
  for (const VetoFix& fix : plan.vetoes) {
    out.begin_object().key("id").string(fix.veto->veto->id).key("reason").string(fix.veto->reason);
    json_strings(out, "facts", fix.facts);
    out.end_object();
  }
  out.end_array().key("gap").number(plan.gap);
  out.key("reachable").boolean(plan.reachable);
  out.key("steps").begin_array();
  for (const PlanStep& step : plan.steps) {
    out.begin_object().key("item").string(step.item->item->id).key("lever").string(enum_name(step.lever));
    out.key("gain").number(step.gain).key("total").number(step.total);
    out.key("reason").string(step.item->reason);
    json_strings(out, "facts", step.facts);
    out.end_object();
  }
  out.end_array().key("needed").number(plan.needed).key("open").begin_array();
  for (const OpenFact& fact : plan.open) {
    out.begin_object().key("path").string(fact.path).key("points").number(fact.points);
    out.key("decides_veto").boolean(fact.decides_veto);
    json_strings(out, "readers", fact.readers);
    out.end_object();
  }
  out.end_array().end_object();
  return out.str() + "\n";
}

}  // namespace shifan::detail

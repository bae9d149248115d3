#include "lint.h"

#include <algorithm>
#include <string>
#include <variant>

#include "overloaded.h"
#include "rule_constants.h"

namespace shifan::detail {

namespace {

// What the constant rules of one item allow.
struct Reach {
  bool points = true;  // some station can get more than 0
  bool zero = true;    // some station can get 0
  Decimal high;        // the most any station can get
};

class Linter {
 public:
  explicit Linter(const Rubric& rubric) : m_rubric(rubric), m_constants(rubric) {}

  void report(Severity severity, Mark mark, std::string message) {
    m_findings.push_back({severity, m_rubric.source->diagnose(mark.line, mark.column, std::move(message))});
  }

  // The rule's constant truth value; reports a constant that isn't a bool.
  std::optional<bool> constant_bool(const Rule& rule, const std::string& what) {
    std::optional<Value> value = m_constants.value(rule);
    if (!value) {
      return std::nullopt;
    }
    if (value->kind() == Value::Kind::bool_type) {
      return value->as_bool();
    }
    report(Severity::warning, rule.mark,
           what + (value->is_error() ? "求值总是出错: " + value->error_message() : "与站点事实无关, 但不是 true 或 false"));
    return std::nullopt;
  }

  Reach computed(const Item& item, const ComputedWhen& rules) {
    std::optional<bool> when = constant_bool(rules.when, item.id + " 的条件");
    if (!when) {
      return {true, true, item.points};
    }
    report(Severity::warning, rules.when.mark,
           item.id + " 的条件恒为 " + (*when ? "true: 总是得满分, 不会得 0 分" : "false: 总是得 0 分"));
    return {*when, !*when, *when ? item.points : Decimal()};
  }

  Reach computed(const Item& item, const ComputedScore& rules) {
    std::optional<Value> value = m_constants.value(rules.score);
    if (!value || value->is_exceptional()) {
      return {true, true, item.points};
    }
    std::optional<Decimal> number;
    if (value->kind() == Value::Kind::decimal_type) {
      number = Decimal::parse(decimal_text(*value));
    } else {
      number = Decimal::from_double(value->kind() == Value::Kind::int_type ? static_cast<double>(value->as_int())
                                                                           : value->as_double());
    }
    Decimal score = std::clamp(number.value_or(Decimal()), Decimal(), item.points);
    report(Severity::warning, rules.score.mark, item.id + " 的得分恒为 " + score.str() + ", 与站点事实无关");
    return {score > Decimal(), score == Decimal(), score};
  }

  Reach gated(const Item& item, const Gated& rules) {
    std::optional<bool> gate = constant_bool(rules.gate, item.id + " 的门槛");
    if (gate) {
      report(Severity::warning, rules.gate.mark,
             item.id + " 的门槛恒为 " + (*gate ? "true: 不起作用" : "false: 总是得 0 分"));
      if (!*gate) {
        return {false, true, Decimal()};
      }
    }
    return {true, true, item.points};
  }

  Reach tiers(const Item& item, const TierList& rules) {
    Reach reach{false, false, Decimal()};
    bool closed = false;  // a tier that always holds was passed
    int number = 0;
    for (const Tier& tier : rules.tiers) {
      std::string name = item.id + " 第 " + std::to_string(++number) + " 档";
      if (closed) {
        report(Severity::warning, tier.when.mark, name + "在条件恒为 true 的档次之后: 永远不会采用");
        continue;
      }
      std::optional<bool> when = constant_bool(tier.when, name + "的条件");
      if (when && !*when) {
        report(Severity::warning, tier.when.mark, name + "的条件恒为 false: 永远不会采用");
        continue;
      }
      (tier.score > Decimal() ? reach.points : reach.zero) = true;
      reach.high = std::max(reach.high, tier.score);
      closed = when.has_value();
    }
    reach.zero = reach.zero || !closed;
    if (!reach.points) {
      report(Severity::warning, item.mark, item.id + " 没有能得分的档次: 总是得 0 分");
    } else if (!reach.zero) {
      report(Severity::warning, item.mark, item.id + " 总有一档得分: 不会得 0 分");
    }
    return reach;
  }

  Reach parts(const Item& item, const PartList& rules) {
    Reach reach{false, true, Decimal()};
    int number = 0;
    for (const Part& part : rules.parts) {
      std::string name = item.id + " 第 " + std::to_string(++number) + " 部分";
      std::optional<bool> when = constant_bool(part.when, name + "的条件");
      if (when) {
        report(Severity::warning, part.when.mark,
               name + "的条件恒为 " + (*when ? "true: 总是得这 " : "false: 永远得不到这 ") + part.points.str() + " 分");
      }
      if (!when || *when) {
        reach.points = true;
        reach.high += part.points;
      }
      reach.zero = reach.zero && !(when && *when);
    }
    return reach;
  }

  Reach item(const Item& item) {
    Reach reach = std::visit(Overloaded{
                                 [&](const Assessed&) { return Reach{true, true, item.points}; },
                                 [&](const ComputedWhen& rules) { return computed(item, rules); },
                                 [&](const ComputedScore& rules) { return computed(item, rules); },
                                 [&](const Gated& rules) { return gated(item, rules); },
                                 [&](const TierList& rules) { return tiers(item, rules); },
                                 [&](const PartList& rules) { return parts(item, rules); },
                             },
                             item.rules);
    if (item.not_applicable) {
      std::optional<bool> when = constant_bool(item.not_applicable->when, item.id + " 的不适用条件");
      if (when) {
        report(Severity::warning, item.not_applicable->when.mark,
               item.id + " 的不适用条件恒为 " + (*when ? "true: 总是不适用" : "false: 永远不会不适用"));
        if (*when) {
          reach.high = item.not_applicable->score;
        }
      } else {
        reach.high = std::max(reach.high, item.not_applicable->score);
      }
    }
    return reach;
  }

  void veto(const Veto& veto) {
    std::optional<bool> when = constant_bool(veto.when, "一票否决 " + veto.id + " 的条件");
    if (when && *when) {
      report(Severity::error, veto.when.mark,
             "一票否决 " + veto.id + " 的条件恒为 true: 总是触发, 任何" + m_rubric.wording.subject + "都" +
                 m_rubric.wording.not_eligible);
    } else if (when) {
      report(Severity::warning, veto.when.mark, "一票否决 " + veto.id + " 的条件恒为 false: 永远不会触发");
    }
  }

  // A deduction item whose rules never deduct anything.
  void deduction(const Item& item, const Reach& reach) {
    if (item.category_kind == CategoryKind::deduction && !reach.points) {
      report(Severity::warning, item.mark, "扣分项 " + item.id + " 恒为 0: 永远不会扣分");
    }
  }

  // A grade's `when` that reads no score: always or never holds.
  void grade(const Grade& grade) {
    if (!grade.when || !grade.when->program->variables_read().empty()) {
      return;
    }
    std::optional<bool> when = constant_bool(*grade.when, "等级 '" + grade.name + "' 的条件");
    if (when) {
      report(Severity::warning, grade.when->mark,
             "等级 '" + grade.name + "' 的条件恒为 " + (*when ? "true: 不起作用" : "false: 永远达不到这个等级"));
    }
  }

  // `base`: the most the base items give; `bonus`: the most the bonus adds.
  void pass_mark(Decimal base, Decimal bonus) {
    Mark min = m_rubric.grades.front().mark;
    std::string mark = "分数线 " + m_rubric.pass_mark().str() + " ('" + m_rubric.grades.front().name + "')";
    if (base + bonus < m_rubric.pass_mark()) {
      report(Severity::error, min, "各项最高合计 " + (base + bonus).str() + " 分, 达不到" + mark);
    } else if (base < m_rubric.pass_mark()) {
      report(Severity::warning, min,
             "基本分最高 " + base.str() + " 分, 达不到" + mark + ": 只有靠加分才能达到");
    }
  }

  std::vector<Finding> take() { return std::move(m_findings); }

 private:
  const Rubric& m_rubric;
  RuleConstants m_constants;
  std::vector<Finding> m_findings;
};

}  // namespace

std::vector<Finding> lint_rubric(const Rubric& rubric) {
  Linter linter(rubric);
  Decimal base;
  Decimal bonus;
  for (const Category& category : rubric.categories) {
    Decimal high;
    for (const Item& item : category.items) {
      Reach reach = linter.item(item);
      linter.deduction(item, reach);
      high += reach.high;
    }
    if (category.kind == CategoryKind::base) {
      base += high;
    } else if (category.kind == CategoryKind::bonus) {
      bonus += std::min(high, category.points);
    }
  }
  for (const Veto& veto : rubric.vetoes) {
    linter.veto(veto);
  }
  for (const Grade& grade : rubric.grades) {
    linter.grade(grade);
  }
  if (!rubric.grades.empty()) {
    linter.pass_mark(base, bonus);
  }
  std::vector<Finding> findings = linter.take();
  for (Finding& finding : unread_facts(rubric)) {
    findings.push_back(std::move(finding));
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::pair(a.diagnostic.line, a.diagnostic.column) < std::pair(b.diagnostic.line, b.diagnostic.column);
  });
  return findings;
}

}  // namespace shifan::detail

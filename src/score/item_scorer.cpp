#include "item_scorer.h"

#include <algorithm>
#include <variant>

#include "overloaded.h"

#include "fact_path.h"

namespace shifan::detail {

namespace {

// The bounds of a score while it is being worked out.
struct Bounds {
  Decimal low;
  Decimal high;
};

Bounds exactly(Decimal value) { return {value, value}; }

class ItemScorer {
 public:
  ItemScorer(const Item& item, std::optional<Decimal> claimed, Scope& scope)
      : m_item(item), m_claimed(claimed), m_scope(scope) {
    m_result.item = &item;
  }

  ItemResult run() {
    Bounds bounds = m_item.not_applicable ? with_not_applicable() : by_kind();
    m_result.low = bounds.low;
    m_result.high = bounds.high;
    if (m_result.status != ItemStatus::not_applicable) {
      m_result.status = status_of(bounds);
    }
    if (m_scope.reasons()) {
      m_result.reason = reason();
    }
    return std::move(m_result);
  }

 private:
  Bounds with_not_applicable() {
    const NotApplicable& rule = *m_item.not_applicable;
    Truth truth = test(rule.when);
    if (truth == Truth::yes) {
      m_result.status = ItemStatus::not_applicable;
      return exactly(rule.score);
    }
    Bounds applicable = by_kind();
    if (truth == Truth::no) {
      return applicable;
    }
    return {std::min(applicable.low, rule.score), std::max(applicable.high, rule.score)};
  }

  Bounds by_kind() {
    return std::visit(Overloaded{
                          [&](const Assessed&) { return judgement(m_item.points); },
                          [&](const ComputedWhen& rules) { return condition(rules.when, m_item.points); },
                          [&](const ComputedScore& rules) { return numeric(rules.score); },
                          [&](const Gated& rules) { return gated(rules.gate); },
                          [&](const TierList& rules) { return tiers(rules.tiers); },
                          [&](const PartList& rules) { return parts(rules.parts); },
                      },
                      m_item.rules);
  }

  // The assessor's score; unknown between 0 and `ceiling` when not given.
  Bounds judgement(Decimal ceiling) {
    if (m_claimed) {
      return exactly(*m_claimed);
    }
    m_result.missing.push_back(FactPath::score(m_item.id).str());
    return {Decimal(), ceiling};
  }

  Bounds condition(const Rule& rule, Decimal points) {
    switch (test(rule)) {
      case Truth::yes:
        return exactly(points);
      case Truth::no:
        return exactly(Decimal());
      default:
        return {Decimal(), points};
    }
  }

  Bounds numeric(const Rule& rule) {
    Value value = m_scope.evaluate(rule);
    std::optional<Decimal> number;
    if (value.kind() == Value::Kind::int_type) {
      number = Decimal::from_int(std::clamp<std::int64_t>(value.as_int(), -1'000'000, 1'000'000));
    } else if (value.kind() == Value::Kind::double_type) {
      number = Decimal::from_double(value.as_double());
    } else if (value.kind() == Value::Kind::decimal_type) {
      number = Decimal::parse(decimal_text(value));
    }
    if (!number) {
      absorb(unusable(value, "分数应为最多两位小数的数"));
      return {Decimal(), m_item.points};
    }
    return exactly(std::clamp(*number, Decimal(), m_item.points));
  }

  Bounds gated(const Rule& gate) {
    switch (test(gate)) {
      case Truth::yes:
        return judgement(m_item.points);
      case Truth::no:
        return exactly(Decimal());
      default:
        return {Decimal(), m_claimed.value_or(m_item.points)};
    }
  }

  Bounds tiers(const std::vector<Tier>& list) {
    std::optional<Bounds> possible;
    auto allow = [&](Decimal score) {
      possible = possible ? Bounds{std::min(possible->low, score), std::max(possible->high, score)}
                          : exactly(score);
    };
    for (const Tier& tier : list) {
      Truth truth = test(tier.when);
      if (truth == Truth::no) {
        continue;
      }
      allow(tier.score);
      if (truth == Truth::yes) {
        return *possible;
      }
    }
    allow(Decimal());
    return *possible;
  }

  Bounds parts(const std::vector<Part>& list) {
    Bounds sum;
    for (const Part& part : list) {
      Bounds bounds = condition(part.when, part.points);
      sum.low += bounds.low;
      sum.high += bounds.high;
    }
    return sum;
  }

  // A condition's truth; an error counts as unknown.
  Truth test(const Rule& rule) {
    Decision decision = m_scope.decide(rule);
    Truth truth = decision.truth;
    m_saw_unknown = m_saw_unknown || truth == Truth::unknown;
    absorb(std::move(decision));
    return truth == Truth::error ? Truth::unknown : truth;
  }

  // Keeps what an undecided rule waits on, and the item's first error.
  void absorb(Decision decision) {
    for (std::string& path : decision.missing) {
      if (std::find(m_result.missing.begin(), m_result.missing.end(), path) == m_result.missing.end()) {
        m_result.missing.push_back(std::move(path));
      }
    }
    if (m_result.error.empty()) {
      m_result.error = std::move(decision.error);
    }
  }

  ItemStatus status_of(Bounds bounds) const {
    if (bounds.low != bounds.high) {
      return ItemStatus::unknown;
    }
    if (bounds.low == m_item.points) {
      return ItemStatus::met;
    }
    return bounds.low == Decimal() ? ItemStatus::unmet : ItemStatus::partial;
  }

  std::string reason() {
    std::optional<Decimal> decided;
    if (m_result.low == m_result.high) {
      decided = m_result.low;
    }
    // A score decided although a condition is unknown (a gate whose judgement
    // is 0) reads best with the wording for an unknown condition.
    ItemStatus outcome = m_result.status;
    bool has_unknown_wording = std::any_of(m_item.reasons.begin(), m_item.reasons.end(), [](const auto& reason) {
      return reason.first == ItemStatus::unknown;
    });
    if (m_saw_unknown && has_unknown_wording) {
      outcome = ItemStatus::unknown;
    }
    std::string text = m_scope.reason(m_item.reasons, outcome, decided, m_result.error);
    if (text.empty() && m_item.judged()) {
      return judgement_decides(m_item, m_result.status) ? claimed_text() : "前提条件不满足";
    }
    return text;
  }

  std::string claimed_text() const {
    return m_claimed ? "评分 " + m_claimed->str() + " 分" : "未给出评分 (scores." + m_item.id + ")";
  }

  const Item& m_item;
  std::optional<Decimal> m_claimed;
  Scope& m_scope;
  ItemResult m_result;
  bool m_saw_unknown = false;  // some condition evaluated to unknown
};

}  // namespace

bool judgement_decides(const Item& item, ItemStatus status) {
  return item.judged() && !(std::holds_alternative<Gated>(item.rules) && status == ItemStatus::unmet);
}

ItemResult score_item(const Item& item, std::optional<Decimal> claimed, Scope& scope) {
  return ItemScorer(item, claimed, scope).run();
}

}  // namespace shifan::detail

#include "item_scorer.h"

#include <algorithm>

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
    m_result.reason = reason();
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
    switch (m_item.kind) {
      case ItemKind::assessed:
        return judgement(m_item.points);
      case ItemKind::computed:
        return m_item.when ? condition(*m_item.when, m_item.points) : numeric(*m_item.score);
      case ItemKind::gated:
        return gated();
      case ItemKind::tiers:
        return tiers();
      case ItemKind::parts:
        return parts();
    }
    return {Decimal(), m_item.points};
  }

  // The assessor's score; unknown between 0 and `ceiling` when not given.
  Bounds judgement(Decimal ceiling) {
    if (m_claimed) {
      return exactly(*m_claimed);
    }
    m_result.missing.push_back("scores." + m_item.id);
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
    }
    if (!number) {
      note_unusable(value, "分数应为最多两位小数的数");
      return {Decimal(), m_item.points};
    }
    return exactly(std::clamp(*number, Decimal(), m_item.points));
  }

  Bounds gated() {
    switch (test(*m_item.gate)) {
      case Truth::yes:
        return judgement(m_item.points);
      case Truth::no:
        return exactly(Decimal());
      default:
        return {Decimal(), m_claimed.value_or(m_item.points)};
    }
  }

  Bounds tiers() {
    std::optional<Bounds> possible;
    auto allow = [&](Decimal score) {
      possible = possible ? Bounds{std::min(possible->low, score), std::max(possible->high, score)}
                          : exactly(score);
    };
    for (const Tier& tier : m_item.tiers) {
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

  Bounds parts() {
    Bounds sum;
    for (const Part& part : m_item.parts) {
      Bounds bounds = condition(part.when, part.points);
      sum.low += bounds.low;
      sum.high += bounds.high;
    }
    return sum;
  }

  Truth test(const Rule& rule) {
    Value value = m_scope.evaluate(rule);
    Truth truth = truth_of(value);
    if (truth == Truth::unknown) {
      m_saw_unknown = true;
      add_missing(value);
    } else if (truth == Truth::error) {
      note_unusable(value, "条件的值不是布尔值");
      return Truth::unknown;
    }
    return truth;
  }

  void note_unusable(const Value& value, const char* not_a_value) {
    if (value.is_unknown()) {
      add_missing(value);
      return;
    }
    if (m_result.error.empty()) {
      m_result.error = value.is_error() ? value.error_message() : not_a_value;
    }
  }

  void add_missing(const Value& unknown) {
    for (const std::string& path : unknown.unknown_paths()) {
      if (std::find(m_result.missing.begin(), m_result.missing.end(), path) ==
          m_result.missing.end()) {
        m_result.missing.push_back(path);
      }
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
    const char* outcome = status_name(m_result.status);
    bool has_unknown_wording = std::any_of(m_item.reasons.begin(), m_item.reasons.end(),
                                           [](const auto& reason) { return reason.first == "unknown"; });
    if (m_saw_unknown && has_unknown_wording) {
      outcome = "unknown";
    }
    std::string text = m_scope.reason(m_item.reasons, outcome, decided, m_result.error);
    bool judged = m_item.kind == ItemKind::assessed ||
                  (m_item.kind == ItemKind::gated && m_result.status != ItemStatus::unmet);
    if (text.empty() && judged) {
      return m_claimed ? "评分 " + m_claimed->str() + " 分" : "未给出评分 (scores." + m_item.id + ")";
    }
    if (text.empty() && m_item.kind == ItemKind::gated) {
      return "前提条件不满足";
    }
    return text;
  }

  const Item& m_item;
  std::optional<Decimal> m_claimed;
  Scope& m_scope;
  ItemResult m_result;
  bool m_saw_unknown = false;  // some condition evaluated to unknown
};

}  // namespace

ItemResult score_item(const Item& item, std::optional<Decimal> claimed, Scope& scope) {
  return ItemScorer(item, claimed, scope).run();
}

}  // namespace shifan::detail

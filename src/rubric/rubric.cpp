#include "shifan/rubric.h"

#include <algorithm>

#include "overloaded.h"

namespace shifan {

FactSpec::FactSpec() = default;
FactSpec::FactSpec(const FactSpec& other) = default;
FactSpec::FactSpec(FactSpec&& other) noexcept = default;
FactSpec& FactSpec::operator=(const FactSpec& other) = default;
FactSpec& FactSpec::operator=(FactSpec&& other) noexcept = default;
FactSpec::~FactSpec() = default;

const FactSpec* FactSpec::field(std::string_view name) const {
  for (const auto& [field_name, spec] : fields) {
    if (field_name == name) {
      return &spec;
    }
  }
  return nullptr;
}

ItemKind Item::kind() const {
  return std::visit(detail::Overloaded{
                        [](const Assessed&) { return ItemKind::assessed; },
                        [](const ComputedWhen&) { return ItemKind::computed; },
                        [](const ComputedScore&) { return ItemKind::computed; },
                        [](const Gated&) { return ItemKind::gated; },
                        [](const TierList&) { return ItemKind::tiers; },
                        [](const PartList&) { return ItemKind::parts; },
                    },
                    rules);
}

bool Item::judged() const {
  return std::visit(detail::Overloaded{
                        [](const Assessed&) { return true; },
                        [](const ComputedWhen&) { return false; },
                        [](const ComputedScore&) { return false; },
                        [](const Gated&) { return true; },
                        [](const TierList&) { return false; },
                        [](const PartList&) { return false; },
                    },
                    rules);
}

bool Rubric::has_bonus_or_deduction() const {
  return std::any_of(categories.begin(), categories.end(),
                     [](const Category& category) { return category.kind != CategoryKind::base; });
}

Decimal Rubric::points(CategoryKind kind) const {
  Decimal sum;
  for (const Category& category : categories) {
    if (category.kind == kind) {
      sum += category.points;
    }
  }
  return sum;
}

const std::string& Wording::verdict(Verdict verdict) const {
  return const_cast<Wording&>(*this).verdict(verdict);
}

std::string& Wording::verdict(Verdict verdict) {
  switch (verdict) {
    case Verdict::eligible:
      return eligible;
    case Verdict::not_eligible:
      return not_eligible;
    case Verdict::undetermined:
      break;
  }
  return undetermined;
}

const Item* Rubric::find_item(std::string_view item_id) const {
  for (const Category& category : categories) {
    for (const Item& item : category.items) {
      if (item.id == item_id) {
        return &item;
      }
    }
  }
  return nullptr;
}

}  // namespace shifan

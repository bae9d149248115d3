#include "shifan/rubric.h"

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

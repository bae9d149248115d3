#include <algorithm>
#include <set>
#include <string>

#include "fact_usage.h"
#include "lint.h"
#include "shifan/expr.h"

namespace shifan::detail {

namespace {

// What the rubric's expressions read: whole variables and field paths.
class Reads {
 public:
  void add(const Rule& rule) {
    if (!rule.program) {
      return;
    }
    const std::vector<std::string>& fields = rule.program->fields_read();
    for (const std::string& name : rule.program->variables_read()) {
      m_touched.insert(name);
      bool below = std::any_of(fields.begin(), fields.end(),
                               [&](const std::string& f) { return f.starts_with(name + "."); });
      if (!below) {
        m_whole.insert(name);  // read as a whole, so everything in it counts as read
      }
    }
    m_fields.insert(fields.begin(), fields.end());
  }
  template <typename Outcome>
  void add(const Reasons<Outcome>& reasons) {
    for (const auto& [outcome, text] : reasons) {
      for (const Rule& hole : text.holes) {
        add(hole);
      }
    }
  }

  bool top_read(const std::string& name) const { return m_touched.contains(name); }
  bool field_read(const std::string& top, const std::string& path) const {
    if (m_whole.contains(top) || m_fields.contains(path)) {
      return true;
    }
    auto below = m_fields.lower_bound(path + ".");
    return below != m_fields.end() && below->starts_with(path + ".");
  }

 private:
  std::set<std::string> m_touched;
  std::set<std::string> m_whole;
  std::set<std::string> m_fields;
};

Reads collect_reads(const Rubric& rubric) {
  Reads reads;
  for (const Let& let : rubric.lets) {
    reads.add(let.rule);
  }
  for (const Category& category : rubric.categories) {
    for (const Item& item : category.items) {
      for (const Rule* rule : deciding_rules(item)) {
        reads.add(*rule);
      }
      reads.add(item.reasons);
    }
  }
  for (const Veto& veto : rubric.vetoes) {
    reads.add(veto.when);
    reads.add(veto.reasons);
  }
  return reads;
}

// Whether a report reads `path` or a fact below it: the assessment date and
// the identity facts, beside the rules' reads.
bool reported(const Rubric& rubric, const std::string& path) {
  const Identity& identity = rubric.identity;
  for (const std::string* fact : {&rubric.assessed_on, &identity.name, &identity.county, &identity.station_class}) {
    if (*fact == path || fact->starts_with(path + ".")) {
      return true;
    }
  }
  return false;
}

bool exempt(const Rubric& rubric, const FactSpec& record, const std::string& field, const std::string& path) {
  return reported(rubric, path) || std::any_of(record.fields.begin(), record.fields.end(), [&](const auto& sibling) {
           return sibling.second.at_most == field;
         });
}

}  // namespace

std::vector<Finding> unread_facts(const Rubric& rubric) {
  Reads reads = collect_reads(rubric);
  std::vector<Finding> findings;
  auto report = [&](const FactSpec& spec, const std::string& path) {
    findings.push_back({Severity::warning,
                        rubric.source->diagnose(spec.mark.line, spec.mark.column,
                                                "事实 '" + path + "' 没有被任何规则、let 或模板读取")});
  };
  for (const auto& [name, spec] : rubric.facts.fields) {
    if (!reads.top_read(name) && !reported(rubric, name)) {
      report(spec, name);
      continue;
    }
    for (const auto& [field, field_spec] : spec.fields) {
      std::string path = name + "." + field;
      if (!reads.field_read(name, path) && !exempt(rubric, spec, field, path)) {
        report(field_spec, path);
      }
    }
  }
  return findings;
}

}  // namespace shifan::detail

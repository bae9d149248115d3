// A station file to fill in: every fact and judgement a rubric asks for.
#pragma once

#include <string>

#include "shifan/rubric.h"

namespace shifan::detail {

struct TemplateOptions {
  std::string station_class;  // the value of the rubric's identity.class fact, or "" for a placeholder
  std::string assessed_on;    // the assessment date fact's placeholder, YYYY-MM-DD
};

// A required scalar's placeholder, so that the template validates; "" when
// the fact may stay empty (station.class is options.station_class when given).
std::string placeholder(const Rubric& rubric, const FactSpec& spec, const std::string& path,
                        const TemplateOptions& options);

// YAML: every fact empty (unknown) with a comment (label, allowed values, the
// items and vetoes it feeds); lists empty with one commented example entry;
// every assessed and gated item under `scores:`. Required facts hold a
// placeholder so that the template is a valid station file.
std::string template_yaml(const Rubric& rubric, const TemplateOptions& options);

// The same skeleton as JSON, with nulls and no comments.
std::string template_json(const Rubric& rubric, const TemplateOptions& options);

}  // namespace shifan::detail

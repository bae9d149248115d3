#include "snapshot.h"

#include <fmt/format.h>

#include "fact_labels.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

// A scalar or a list of scalars as a person reads it; nullopt for records.
std::optional<std::string> display(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::unknown:
    case Value::Kind::null_type:
      return "(空)";
    case Value::Kind::bool_type:
      return value.as_bool() ? "是" : "否";
    case Value::Kind::string_type:
      return value.as_string();
    case Value::Kind::date_type:
      return format_date(value.as_date());
    case Value::Kind::double_type:
      if (std::optional<Decimal> decimal = Decimal::from_double(value.as_double())) {
        return decimal->str();
      }
      return to_literal(value);
    case Value::Kind::map_type:
      return std::nullopt;
    case Value::Kind::list_type: {
      std::vector<std::string> parts;
      for (const Value& entry : value.as_list()) {
        std::optional<std::string> part = display(entry);
        if (!part) {
          return std::nullopt;
        }
        parts.push_back(*part);
      }
      return fmt::format("[{}]", fmt::join(parts, ", "));
    }
    default:
      return to_literal(value);
  }
}

// Records by field, with labels from the rubric's schema, lists of records by index, the rest as one value.
void flatten(const Rubric& rubric, const std::string& path, const Value& value, std::vector<SnapshotFact>& out) {
  if (std::optional<std::string> text = display(value)) {
    out.push_back({path, fact_label(rubric, path), *text});
    return;
  }
  if (value.kind() == Value::Kind::map_type) {
    for (const auto& [key, field] : value.as_map()) {
      flatten(rubric, path + "." + key.as_string(), field, out);
    }
    return;
  }
  const std::vector<Value>& list = value.as_list();
  for (std::size_t i = 0; i < list.size(); ++i) {
    flatten(rubric, fmt::format("{}[{}]", path, i), list[i], out);
  }
}

// A JSON number node as a decimal; 0 when it is not one.
Decimal number_at(const Node& node, std::string_view key) {
  const Node* found = node.find(key);
  if (found == nullptr || found->kind != Node::Kind::scalar) {
    return Decimal();
  }
  return Decimal::read(found->text).value.value_or(Decimal());
}

std::string text_at(const Node& node, std::string_view key) {
  const Node* found = node.find(key);
  return found != nullptr && found->kind == Node::Kind::scalar ? found->text : "";
}

std::vector<SnapshotEntry> entries(const Node& root, std::string_view key, const char* text_key) {
  std::vector<SnapshotEntry> out;
  const Node* list = root.find(key);
  if (list == nullptr || list->kind != Node::Kind::sequence) {
    return out;
  }
  for (const Node& entry : list->items) {
    std::string score;
    if (entry.find("score") != nullptr) {
      const Node* exact = entry.find("score");
      score = exact->kind == Node::Kind::scalar
                  ? number_at(entry, "score").str()
                  : score_range(number_at(entry, "score_low"), number_at(entry, "score_high"));
    }
    out.push_back({text_at(entry, "id"), text_at(entry, text_key), score, text_at(entry, "status"),
                   text_at(entry, "reason")});
  }
  return out;
}

Snapshot read_result(const Document& document) {
  const Node& root = document.root;
  Snapshot snapshot;
  snapshot.file = text_at(root, "file");
  if (const Node* station = root.find("station"); station != nullptr && station->kind == Node::Kind::mapping) {
    snapshot.name = text_at(*station, "name");
  }
  snapshot.total_low = number_at(root, "total_low");
  snapshot.total_high = number_at(root, "total_high");
  snapshot.verdict = text_at(root, "verdict");
  snapshot.items = entries(root, "items", "short");
  snapshot.vetoes = entries(root, "vetoes", "text");
  return snapshot;
}

}  // namespace

Snapshot snapshot_of(const ScoreResult& result) {
  Snapshot snapshot;
  const Station& station = *result.station;
  snapshot.file = station.file;
  snapshot.name = station.name;
  snapshot.total_low = result.total_low;
  snapshot.total_high = result.total_high;
  snapshot.verdict = verdict_name(result.verdict);
  for (const ItemResult& item : result.items) {
    snapshot.items.push_back({item.item->id, item.item->short_text, score_range(item.low, item.high),
                              status_name(item.status), item.reason});
  }
  for (const VetoResult& veto : result.vetoes) {
    snapshot.vetoes.push_back({veto.veto->id, veto.veto->text, "", status_name(veto.status), veto.reason});
  }
  for (const auto& [name, value] : station.facts) {
    flatten(*result.rubric, name, value, snapshot.facts);
  }
  snapshot.has_facts = true;
  return snapshot;
}

bool is_saved_result(const Node& root) {
  return root.kind == Node::Kind::mapping && root.find("verdict") != nullptr && root.find("items") != nullptr;
}

std::vector<Snapshot> read_saved_results(const std::string& name, const std::string& text,
                                         Diagnostics& diagnostics) {
  std::vector<Snapshot> snapshots;
  if (Document whole = read_document(name, text); whole.diagnostics.empty() && is_saved_result(whole.root)) {
    snapshots.push_back(read_result(whole));
    return snapshots;
  }
  int line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end;
    std::string line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    Document document = read_document(name, line);
    for (Diagnostic diagnostic : document.diagnostics) {
      diagnostic.line += line_number - 1;
      diagnostics.push_back(std::move(diagnostic));
    }
    if (!document.diagnostics.empty()) {
      continue;
    }
    if (!is_saved_result(document.root)) {
      diagnostics.push_back({name, line_number, 1, "这一行不是 shifan score --format json 的结果", line});
      continue;
    }
    snapshots.push_back(read_result(document));
  }
  return snapshots;
}

}  // namespace shifan::detail

// Runs the exported CEL conformance tests (conformance.jsonl) against the
// expression language; prints failures and a final "N passed, N failed, N
// skipped" line; fails when any test that is not in skip.txt fails.
#include <cmath>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <set>

#include "shifan/expr.h"
#include "tiny_json.h"

namespace shifan::conformance {

namespace {

std::string decode_base64(std::string_view text) {
  static constexpr std::string_view k_alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    const std::size_t index = k_alphabet.find(c);
    if (index == std::string_view::npos) {
      continue;
    }
    buffer = (buffer << 6) | static_cast<std::uint32_t>(index);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return out;
}

double decode_double(const Json& json) {
  if (json.kind == Json::Kind::string) {
    if (json.text == "NaN") {
      return NAN;
    }
    if (json.text == "-0") {
      return -0.0;
    }
    return json.text[0] == '-' ? -INFINITY : INFINITY;
  }
  return std::strtod(json.text.c_str(), nullptr);
}

// A tagged JSON value as a Value; nullopt for kinds outside our subset.
std::optional<Value> decode(const Json& json) {
  switch (json.kind) {
    case Json::Kind::null: return Value();
    case Json::Kind::boolean: return Value::boolean(json.boolean);
    case Json::Kind::string: return Value::string(json.text);
    case Json::Kind::number: return std::nullopt;
    case Json::Kind::array: {
      std::vector<Value> elements;
      for (const Json& element : json.array) {
        auto value = decode(element);
        if (!value) {
          return std::nullopt;
        }
        elements.push_back(*value);
      }
      return Value::list(std::move(elements));
    }
    case Json::Kind::object: break;
  }
  if (json.object.size() == 1 && json.object[0].first.starts_with("$")) {
    const auto& [tag, inner] = json.object[0];
    if (tag == "$int") {
      return Value::integer(std::stoll(inner.text));
    }
    if (tag == "$uint") {
      return Value::unsigned_integer(std::stoull(inner.text));
    }
    if (tag == "$double") {
      return Value::real(decode_double(inner));
    }
    if (tag == "$bytes") {
      return Value::bytes(decode_base64(inner.text));
    }
    if (tag == "$type") {
      return Value::type(inner.text);
    }
    if (tag == "$map") {
      MapEntries entries;
      for (const Json& pair : inner.array) {
        auto key = decode(pair.array.at(0));
        auto value = decode(pair.array.at(1));
        if (!key || !value) {
          return std::nullopt;
        }
        entries.emplace_back(*key, *value);
      }
      return Value::map(std::move(entries));
    }
    return std::nullopt;
  }
  MapEntries entries;
  for (const auto& [key, element] : json.object) {
    auto value = decode(element);
    if (!value) {
      return std::nullopt;
    }
    entries.emplace_back(Value::string(key), *value);
  }
  return Value::map(std::move(entries));
}

// Exact equality: kinds must match (1 is not 1u), NaN equals NaN.
bool same(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) {
    return false;
  }
  switch (a.kind()) {
    case Value::Kind::double_type:
      if (std::isnan(a.as_double()) || std::isnan(b.as_double())) {
        return std::isnan(a.as_double()) && std::isnan(b.as_double());
      }
      return a.as_double() == b.as_double() && std::signbit(a.as_double()) == std::signbit(b.as_double());
    case Value::Kind::list_type: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) {
        return false;
      }
      for (std::size_t i = 0; i < x.size(); ++i) {
        if (!same(x[i], y[i])) {
          return false;
        }
      }
      return true;
    }
    case Value::Kind::map_type: {
      if (a.as_map().size() != b.as_map().size()) {
        return false;
      }
      for (const auto& [key, value] : a.as_map()) {
        const Value* other = b.find(key);
        if (other == nullptr || !same(value, *other)) {
          return false;
        }
      }
      return true;
    }
    default: return a == b;
  }
}

// "int", "list(int)", "map(string, string)" as a Type.
Type parse_type(std::string_view text) {
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  if (text.starts_with("list(")) {
    return Type::list(parse_type(text.substr(5, text.size() - 6)));
  }
  if (text.starts_with("map(")) {
    std::string_view inner = text.substr(4, text.size() - 5);
    int depth = 0;
    for (std::size_t i = 0; i < inner.size(); ++i) {
      depth += inner[i] == '(' ? 1 : inner[i] == ')' ? -1 : 0;
      if (inner[i] == ',' && depth == 0) {
        return Type::map(parse_type(inner.substr(0, i)), parse_type(inner.substr(i + 1)));
      }
    }
  }
  static const std::pair<std::string_view, Type> k_simple[] = {
      {"int", Type::integer()},   {"uint", Type::unsigned_integer()}, {"double", Type::real()},
      {"bool", Type::boolean()},  {"string", Type::string()},         {"bytes", Type::bytes()},
      {"null_type", Type::null_type()}, {"type", Type::type()}};
  for (const auto& [name, type] : k_simple) {
    if (text == name) {
      return type;
    }
  }
  return Type::dyn();
}

enum class Outcome { passed, failed, skipped };

Outcome run_test(const Json& test, std::string& detail) {
  Environment env;
  Activation activation;
  const Json* type_env = test.get("type_env");
  const Json* bindings = test.get("bindings");
  env.unchecked = test.get("disable_check") != nullptr && test.get("disable_check")->boolean;
  env.double_literals = true;  // CEL's typing: 1.5 is a double (docs/expressions.md, "Decimals")
  for (const auto& [name, tagged] : bindings->object) {
    auto value = decode(tagged);
    if (!value) {
      detail = "binding outside the subset";
      return Outcome::skipped;
    }
    activation.set(name, *value);
    const Json* declared = type_env != nullptr ? type_env->get(name) : nullptr;
    env.variables.emplace_back(name, declared != nullptr ? parse_type(declared->text) : Type::dyn());
  }
  if (type_env != nullptr) {
    for (const auto& [name, type] : type_env->object) {
      if (bindings->get(name) == nullptr) {
        env.variables.emplace_back(name, parse_type(type.text));
      }
    }
  }
  const Json& expect = *test.get("expect");
  const bool expect_error = expect.get("error") != nullptr;
  Compiled compiled = compile(test.get("expr")->text, env);
  if (!compiled.program) {
    detail = "compile: " + compiled.diagnostics.at(0).message;
    return expect_error ? Outcome::passed : Outcome::failed;
  }
  Value actual = evaluate(*compiled.program, activation);
  if (expect_error) {
    detail = "expected an error, got " + to_literal(actual);
    return actual.is_error() ? Outcome::passed : Outcome::failed;
  }
  auto expected = decode(*expect.get("value"));
  if (!expected) {
    detail = "expected value outside the subset";
    return Outcome::skipped;
  }
  detail = fmt::format("expected {}, got {}", to_literal(*expected), to_literal(actual));
  return same(actual, *expected) ? Outcome::passed : Outcome::failed;
}

std::set<std::string> read_skips(const char* path) {
  std::set<std::string> skips;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] != '#') {
      skips.insert(line.substr(0, line.find_first_of(" \t")));
    }
  }
  return skips;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: cel_conformance conformance.jsonl skip.txt\n";
    return 2;
  }
  const std::set<std::string> skips = read_skips(argv[2]);
  std::ifstream in(argv[1]);
  std::string line;
  int passed = 0, failed = 0, skipped = 0;
  while (std::getline(in, line)) {
    auto test = JsonReader(line).read();
    if (!test) {
      std::cout << "malformed line: " << line << "\n";
      ++failed;
      continue;
    }
    const std::string id = fmt::format("{}/{}/{}", test->get("section")->text,
                                       test->get("subsection")->text, test->get("name")->text);
    if (skips.count(id) != 0) {
      ++skipped;
      continue;
    }
    std::string detail;
    Outcome outcome = run_test(*test, detail);
    if (outcome == Outcome::skipped) {
      outcome = Outcome::failed;
      detail = "not in skip.txt but " + detail;
    }
    if (outcome == Outcome::passed) {
      ++passed;
    } else {
      ++failed;
      std::cout << "FAIL " << id << ": " << test->get("expr")->text << "\n  " << detail << "\n";
    }
  }
  std::cout << fmt::format("{} passed, {} failed, {} skipped\n", passed, failed, skipped);
  return failed == 0 ? 0 : 1;
}

}  // namespace shifan::conformance

int main(int argc, char** argv) { return shifan::conformance::main(argc, argv); }

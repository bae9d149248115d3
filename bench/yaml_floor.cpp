// The parse floor for YAML station files: yaml-cpp's event parser over each
// file with a handler that does nothing. Prints the CPU time in microseconds
// (user + system, reading the files included), which `batch_bench.py`
// divides shifan's time by. Usage: yaml_floor FILE...
#include <sys/resource.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace {

class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++m_scalars; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  long scalars() const { return m_scalars; }

 private:
  long m_scalars = 0;
};

long cpu_microseconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000L + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

}  // namespace

int main(int argc, char** argv) {
  long start = cpu_microseconds();
  NullHandler handler;
  for (int i = 1; i < argc; ++i) {
    std::ifstream file(argv[i], std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    text.seekg(0);
    YAML::Parser parser(text);
    while (parser.HandleNextDocument(handler)) {
    }
  }
  std::cout << cpu_microseconds() - start << '\n';
  return handler.scalars() > 0 ? 0 : 1;
}

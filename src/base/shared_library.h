// A shared library loaded when first needed (dlopen), for the libraries only
// workbooks and name sorting use: linking them would load them, and the
// libcrypto they bring, into every run (about 2 ms of a 4 ms start-up).
#pragma once

#include <string>

namespace shifan::detail {

class SharedLibrary {
 public:
  // Loads `soname` (e.g. "libzip.so.4"); throws Error naming it, and the
  // Debian package `package` that provides it, when it can't be loaded.
  SharedLibrary(std::string soname, std::string package);
  // The library stays loaded until the program ends.
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  // The function `name` as a pointer of type F (take F from the library's
  // header: decltype(&::name)); throws Error when the library lacks it.
  template <class F>
  F function(const char* name) const {
    return reinterpret_cast<F>(address(name));
  }

 private:
  void* address(const char* name) const;

  std::string m_soname;
  std::string m_package;
  void* m_handle = nullptr;
};

}  // namespace shifan::detail

// For a struct of a library's functions, listed by an X-macro LIST(X):
// LIST(SHIFAN_FUNCTION) declares a member per function, typed from the
// library's header; LIST(SHIFAN_LOAD_FUNCTION), where a SharedLibrary
// `library` is in scope, loads them. Names go through the preprocessor first,
// so ICU's versioned names (ucol_open → ucol_open_72) are the ones looked up.
#define SHIFAN_FUNCTION(f) decltype(&::f) f = nullptr;
#define SHIFAN_LOAD_FUNCTION(f) f = library.function<decltype(&::f)>(SHIFAN_SYMBOL_NAME(f));
#define SHIFAN_SYMBOL_NAME(f) SHIFAN_SYMBOL_TEXT(f)
#define SHIFAN_SYMBOL_TEXT(f) #f

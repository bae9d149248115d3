# A run loads only the libraries every command needs: libzip, libxlsxwriter
# (and the libcrypto they bring) and ICU are loaded with dlopen when a
# workbook is read or written or names are sorted (src/base/shared_library.h).
# Run: cmake -DSHIFAN=binary -P tests/startup_libraries.cmake
file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${SHIFAN} RESOLVED_DEPENDENCIES_VAR loaded
     UNRESOLVED_DEPENDENCIES_VAR missing)
foreach(library IN LISTS loaded missing)
  get_filename_component(name ${library} NAME)
  if(name MATCHES "^lib(zip|xlsxwriter|minizip|crypto|icu)")
    message(FATAL_ERROR "${SHIFAN} loads ${name} at start-up; load it with SharedLibrary instead")
  endif()
endforeach()

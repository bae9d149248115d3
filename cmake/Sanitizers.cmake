# -DSHIFAN_SANITIZE=ON: AddressSanitizer and UndefinedBehaviorSanitizer for
# everything built, failing hard on the first report.
if(SHIFAN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
# -DSHIFAN_TSAN=ON: ThreadSanitizer, for `score -j`'s worker threads.
if(SHIFAN_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
